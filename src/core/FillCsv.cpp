#include "FillCsv.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

struct Cell
{
    QString text;
    bool quoted = false;
};

bool isSeparator(QChar c, QChar separator)
{
    if (separator == u',')
        return c == u',' || c == u'，';
    if (separator == u';')
        return c == u';' || c == u'；';
    return c == separator;
}

// The header decides: the first comma, semicolon or tab in it separates every line.
QChar separatorOf(const QString &header)
{
    for (QChar c : header) {
        if (c == u',' || c == u'，')
            return u',';
        if (c == u';' || c == u'；')
            return u';';
        if (c == u'\t')
            return u'\t';
    }
    return u',';
}

QList<Cell> splitLine(const QString &line, QChar separator, bool *ok)
{
    QList<Cell> cells;
    Cell cell;
    bool inQuotes = false;
    *ok = true;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell.text.append(u'"');
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                cell.text.append(c);
            }
        } else if (c == u'"') {
            inQuotes = true;
            cell.quoted = true;
        } else if (isSeparator(c, separator)) {
            cell.text = cell.text.trimmed();
            cells.append(cell);
            cell = Cell();
        } else {
            cell.text.append(c);
        }
    }
    *ok = !inQuotes;
    cell.text = cell.text.trimmed();
    cells.append(cell);
    return cells;
}

// "5,620" in quotes is five thousand six hundred and twenty; "85,6" stays as it is and is
// refused as a number later.
QString numberCell(const Cell &cell)
{
    static const QRegularExpression grouped(QStringLiteral("^[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?%?$"));
    if (cell.quoted && grouped.match(cell.text).hasMatch())
        return QString(cell.text).remove(u',');
    return cell.text;
}

bool decode(const QByteArray &bytes, QString *text, QString *error)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" is UTF-16 with a byte order mark.
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        *text = utf16.decode(bytes.mid(2));
        if (!utf16.hasError())
            return true;
        *error = QStringLiteral("the file is damaged UTF-16 text");
        return false;
    }
    const QByteArray data = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8);
    *text = utf8.decode(data);
    if (!utf8.hasError())
        return true;
    // Spreadsheets on Chinese Windows save CSV as GB18030.
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        *text = gb.decode(data);
        if (!gb.hasError())
            return true;
    }
    *error = QStringLiteral("the file is neither UTF-8 nor GB18030 text");
    return false;
}

} // namespace

FillCsvResult parseFillCsv(const QByteArray &bytes)
{
    FillCsvResult result;
    QString text;
    if (!decode(bytes, &text, &result.error))
        return result;
    if (text.contains(QChar(0))) {
        result.error = QStringLiteral("the file is binary, not CSV text");
        return result;
    }
    const QStringList lines = text.split(u'\n');
    int figureCol = -1;
    int valueCol = -1;
    int growthCol = -1;
    qsizetype columns = 0;
    QChar separator;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (separator.isNull())
            separator = separatorOf(line);
        bool ok = true;
        const QList<Cell> cells = splitLine(line, separator, &ok);
        if (!ok) {
            result.error = QStringLiteral("line %1: unbalanced quote").arg(i + 1);
            return result;
        }
        if (columns == 0) {
            for (int c = 0; c < cells.size(); ++c) {
                const QString name = cells.at(c).text.toLower();
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
            columns = cells.size();
            continue;
        }
        // A cell beyond the header is a number split by an unquoted separator (5,620) or a
        // shifted row: refuse rather than guess. Empty trailing cells are what spreadsheets add.
        for (qsizetype c = columns; c < cells.size(); ++c) {
            if (!cells.at(c).text.isEmpty()) {
                result.error = QStringLiteral("line %1 has %2 cells, the header %3: quote numbers that contain "
                                              "the separator (\"5,620\")")
                                   .arg(i + 1)
                                   .arg(cells.size())
                                   .arg(columns);
                return result;
            }
        }
        FillRow row;
        row.line = i + 1;
        row.figure = cells.value(figureCol).text;
        row.value = valueCol >= 0 ? numberCell(cells.value(valueCol)) : QString();
        row.growth = growthCol >= 0 ? numberCell(cells.value(growthCol)) : QString();
        if (row.figure.isEmpty()) {
            if (row.value.isEmpty() && row.growth.isEmpty())
                continue; // a row of a template that nobody touched
            result.error = QStringLiteral("line %1: no figure named").arg(i + 1);
            return result;
        }
        result.rows.append(row);
    }
    if (columns == 0) {
        result.error = QStringLiteral("the file is empty");
        return result;
    }
    result.ok = true;
    return result;
}

FillCsvResult readFillCsv(const QString &path)
{
    FillCsvResult r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return r;
    }
    if (f.size() > 20 * 1024 * 1024) {
        r.error = QStringLiteral("%1 is too large for a fill file").arg(path);
        return r;
    }
    r = parseFillCsv(f.readAll());
    if (!r.ok)
        r.error = QStringLiteral("%1: %2").arg(path, r.error);
    return r;
}
