#include "PageFurniture.h"

#include <QHash>
#include <QRegularExpression>

namespace {

QString withoutSpaces(QStringView line)
{
    QString out;
    out.reserve(line.size());
    for (const QChar c : line) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

} // namespace

bool PageFurniture::isPageNumber(QStringView line, int maxDigits)
{
    static const QRegularExpression number(QStringLiteral(
        "^[\\-—–－─―~·•]*(?:第)?(\\d{1,4}|[ivxlc]{1,6})(?:页)?(?:(?:/|共)\\d{1,4}页?)?[\\-—–－─―~·•]*$"));
    const QString t = withoutSpaces(line);
    if (t.isEmpty() || t.size() > 24)
        return false;
    const auto m = number.match(t);
    return m.hasMatch() && !(m.captured(1).front().isDigit() && m.capturedLength(1) > maxDigits);
}

bool PageFurniture::isContentsEntry(QStringView line)
{
    static const QRegularExpression entry(QStringLiteral("^[^。]{2,60}?[—\\-─.…·．]{3,}\\d{1,3}$"));
    const QString t = withoutSpaces(line);
    return t == u"目录" || entry.match(t).hasMatch();
}

QList<bool> PageFurniture::find(const QStringList &lines)
{
    const int n = int(lines.size());
    QList<bool> dropped(n, false);
    QList<bool> pageNumber(n, false);
    QHash<QString, int> count;
    bool anyPageNumber = false;
    for (int i = 0; i < n; ++i) {
        pageNumber[i] = isPageNumber(lines.at(i));
        anyPageNumber = anyPageNumber || pageNumber[i];
        dropped[i] = pageNumber[i] || isContentsEntry(lines.at(i));
        const QString t = lines.at(i).trimmed();
        if (!t.isEmpty() && t.size() <= 30)
            ++count[t];
    }
    auto blank = [&](int i) { return lines.at(i).trimmed().isEmpty(); };
    // The nearest line with text above (step -1) or below (step +1).
    auto neighbour = [&](int i, int step) {
        for (int j = i + step; j >= 0 && j < n; j += step) {
            if (!blank(j))
                return j;
        }
        return -1;
    };
    if (anyPageNumber) {
        for (int i = 0; i < n; ++i) {
            if (dropped[i] || blank(i) || count.value(lines.at(i).trimmed()) < 2)
                continue;
            const int above = neighbour(i, -1);
            const int below = neighbour(i, +1);
            if ((above >= 0 && pageNumber[above]) || (below >= 0 && pageNumber[below]))
                dropped[i] = true;
        }
    }
    for (int i = 0; i < n; ++i) {
        if (!blank(i))
            continue;
        const int above = neighbour(i, -1);
        const int below = neighbour(i, +1);
        dropped[i] = (above >= 0 && dropped[above]) || (below >= 0 && dropped[below]);
    }
    return dropped;
}
