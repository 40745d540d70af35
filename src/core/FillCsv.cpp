#include "FillCsv.h"

#include <QFile>
#include <QStringDecoder>

namespace {

QStringList splitCsvLine(const QString &line, bool *ok)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    *ok = true;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',' || c == u'，' || c == u';' || c == u'；' || c == u'\t') {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    if (quoted)
        *ok = false;
    cells.append(cell.trimmed());
    return cells;
}

} // namespace

FillCsvResult parseFillCsv(const QByteArray &bytes)
{
    FillCsvResult result;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    if (utf8.hasError()) {
        // Spreadsheets on Chinese Windows save CSV as GB18030.
        QStringDecoder gb("GB18030");
        if (gb.isValid()) {
            text = gb.decode(data);
            if (gb.hasError()) {
                result.error = QStringLiteral("the file is neither UTF-8 nor GB18030 text");
                return result;
            }
        } else {
            result.error = QStringLiteral("the file is not UTF-8 text");
            return result;
        }
    }
    if (text.contains(QChar(0))) {
        result.error = QStringLiteral("the file is binary, not CSV text");
        return result;
    }
    const QStringList lines = text.split(u'\n');
    int figureCol = -1;
    int valueCol = -1;
    int growthCol = -1;
    bool header = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        bool ok = true;
        const QStringList cells = splitCsvLine(line, &ok);
        if (!ok) {
            result.error = QStringLiteral("line %1: unbalanced quote").arg(i + 1);
            return result;
        }
        if (!header) {
            for (int c = 0; c < cells.size(); ++c) {
                const QString name = cells.at(c).toLower();
                if (name == QLatin1String("figure") || name == QLatin1String("name") || name == QLatin1String("id")
                    || name == QStringLiteral("指标"))
                    figureCol = c;
                else if (name == QLatin1String("value") || name == QStringLiteral("数值"))
                    valueCol = c;
                else if (name == QLatin1String("growth") || name == QStringLiteral("增长"))
                    growthCol = c;
            }
            if (figureCol < 0 || (valueCol < 0 && growthCol < 0)) {
                result.error = QStringLiteral("line %1: the header must name the columns figure and value "
                                              "(and optionally growth)")
                                   .arg(i + 1);
                return result;
            }
            header = true;
            continue;
        }
        FillRow row;
        row.line = i + 1;
        row.figure = cells.value(figureCol);
        row.value = valueCol >= 0 ? cells.value(valueCol) : QString();
        row.growth = growthCol >= 0 ? cells.value(growthCol) : QString();
        if (row.figure.isEmpty()) {
            result.error = QStringLiteral("line %1: no figure named").arg(i + 1);
            return result;
        }
        result.rows.append(row);
    }
    if (!header) {
        result.error = QStringLiteral("the file is empty");
        return result;
    }
    result.ok = true;
    return result;
}

FillCsvResult readFillCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        FillCsvResult r;
        r.error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return r;
    }
    if (f.size() > 20 * 1024 * 1024) {
        FillCsvResult r;
        r.error = QStringLiteral("%1 is too large for a fill file").arg(path);
        return r;
    }
    FillCsvResult r = parseFillCsv(f.readAll());
    if (!r.ok)
        r.error = QStringLiteral("%1: %2").arg(path, r.error);
    return r;
}
