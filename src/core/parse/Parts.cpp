#include "Parts.h"

#include "ComparisonTargets.h"
#include "ReportOutline.h"
#include "TextNormalizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// "（2015年）" in the name of the start of a 从…增加到… pair: the year that start is about.
int baseYear(const Figure &f)
{
    static const QRegularExpression re(QStringLiteral("（(\\d{4})年）$"));
    const auto m = re.match(f.name);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// Figure-level refinements of the sentence's part: what the numbers themselves say.
void refine(Figure &f, const ReportOutline::SentencePart &part)
{
    f.role = part.role;
    f.year = part.year;
    if (f.role == QLatin1String("glossary"))
        return;
    const bool isBase = f.qualifier.split(QLatin1Char(',')).contains(QStringLiteral("基期"));
    if (isBase) {
        // The start of a multi-year comparison is about its own, past year: never the reviewed
        // year's result, nor a target even when the sentence sets one.
        f.role = QStringLiteral("period");
        const int y = baseYear(f);
        if (y > 0)
            f.year = y;
        return;
    }
    // An average annual change is over several years, even inside a one-year review.
    // Its year stays the reviewed one: the last of the years it averages over.
    if (f.role == QLatin1String("result") && f.growthKind == u"年均")
        f.role = QStringLiteral("period");
}

// "城乡居民人均可支配收入分别增长8.5%、10%以上": the comparator after a shared list holds for
// every number of it, not only the last one the parser attached it to.
void shareComparators(ParsedReport &report)
{
    static const QRegularExpression list(QStringLiteral(
        "分别(?:增长|提高|达到|下降|控制在)?\\s*((?:\\d+(?:\\.\\d+)?[%％]?\\s*[、和及与，,]\\s*)+\\d+(?:\\.\\d+)?[%％]?)\\s*(以上|左右|以内|以下)"));
    static const QRegularExpression number(QStringLiteral("\\d+(?:\\.\\d+)?"));
    for (Figure &f : report.figures) {
        if (f.role != QLatin1String("target") && f.role != QLatin1String("plan"))
            continue;
        // The text around the figure only: a sentence may be very long.
        const int from = std::max(f.sentenceStart, f.start - 40);
        const QString near = report.text.mid(from, std::min(f.sentenceEnd, f.end + 60) - from);
        auto it = list.globalMatch(near);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString comparator = m.captured(2);
            // The list's own figures, not a figure elsewhere in the sentence with the same number.
            const int listStart = from + int(m.capturedStart(0)) - 30;
            const int listEnd = from + int(m.capturedEnd(0));
            if (f.end <= listStart || f.start >= listEnd)
                continue;
            // A figure that ends a clause before the list has its own number ("社会消费品零售总额
            // 增长8%，城乡居民人均可支配收入分别增长7%、8%以上": the 8% of 社零 is no item of it).
            const int matchStart = from + int(m.capturedStart(0));
            static const QRegularExpression clauseBreak(QStringLiteral("[，,；;]"));
            if (f.end < matchStart && report.text.mid(f.end, matchStart - f.end).contains(clauseBreak))
                continue;
            if (f.qualifier.split(QLatin1Char(',')).contains(comparator))
                continue;
            auto numbers = number.globalMatch(m.captured(1));
            while (numbers.hasNext()) {
                const double v = numbers.next().captured(0).toDouble();
                if ((f.growth && qFuzzyCompare(*f.growth, v)) || (f.value && qFuzzyCompare(*f.value, v))) {
                    f.qualifier = f.qualifier.isEmpty() ? comparator : f.qualifier + QLatin1Char(',') + comparator;
                    break;
                }
            }
        }
    }
}

} // namespace

void assignParts(ParsedReport &report)
{
    const TextNormalizer::Result norm = TextNormalizer::normalize(report.text);
    const ReportOutline outline(norm.text, report.year);
    addComparisonTargets(report, norm, outline);
    for (Figure &f : report.figures) {
        // Figures point into the original text; the outline reads the normalised one.
        const auto it = std::lower_bound(norm.map.cbegin(), norm.map.cend(), std::max(0, f.start));
        const int n = int(it - norm.map.cbegin());
        refine(f, outline.partAt(n));
    }
    shareComparators(report);
}
