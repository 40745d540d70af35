#include "YearCharts.h"

#include "SeriesBreak.h"
#include "Units.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace YearCharts {

namespace {

constexpr int kMinYears = 3;
constexpr int kMaxSeries = 3;
constexpr int kMaxPoints = 10;
// Beside a series ten times larger, a bar is a sliver no one reads from across the room.
constexpr double kMaxRatio = 10;
constexpr int kMaxLabelChars = 8;

struct Series
{
    const Candidate *candidate = nullptr;
    QMap<int, const Figure *> years; // year → the figure stating its value
};

bool hasValue(const Figure &f)
{
    return !f.pending && f.value.has_value();
}

// A multi-year review states some figures as the level its last year reached (优良天数达到245天,
// 覆盖率达到41.8%) and others as the sum of its years (办理人大代表建议541件): only the former
// is that year's value. Said by the words just before the number.
bool levelAtYearEnd(const Figure &f)
{
    static const QStringList reached{QStringLiteral("达到"), QStringLiteral("达"), QStringLiteral("提高到"),
                                     QStringLiteral("提高至"), QStringLiteral("提升到"), QStringLiteral("提升至"),
                                     QStringLiteral("增加到"), QStringLiteral("增加至"), QStringLiteral("增长到"),
                                     QStringLiteral("增至"), QStringLiteral("为")};
    const qsizetype at = f.start - f.sentenceStart;
    if (f.qualifier.contains(u"累计") || at <= 0 || at > f.sentence.size())
        return false;
    const QString before = f.sentence.left(at);
    return std::any_of(reached.cbegin(), reached.cend(), [&before](const QString &w) { return before.endsWith(w); });
}

// A top-level value of the year a report reviews: a result, or a period figure that gives the
// level of that year.
bool valueOfYear(const Figure &f, int year)
{
    const bool ofYear = f.role == u"result" || f.role.isEmpty()
        || (f.role == u"period" && f.year == year && levelAtYearEnd(f));
    return ofYear && f.parentId == 0 && hasValue(f);
}

// The figure of another report that states the indicator for the year that report reviews,
// in a unit of the same family.
const Figure *sameIndicator(const Figure &of, const QList<Figure> &figures, int year)
{
    for (const Figure &f : figures) {
        if (valueOfYear(f, year) && f.key == of.key && Units::factor(f.unit, of.unit))
            return &f;
    }
    return nullptr;
}

double inUnit(const Figure &f, const QString &unit)
{
    return *f.value * Units::factor(f.unit, unit).value_or(1);
}

QString translated(const char *text)
{
    return QCoreApplication::translate("YearCharts", text);
}

} // namespace

std::optional<LayoutChart> chart(const QList<Candidate> &candidates, int year, const QMap<int, QList<Figure>> &otherYears)
{
    if (otherYears.size() + 1 < kMinYears)
        return std::nullopt;
    // The page's headline indicators first, by the leaders' order; then the rest, best first.
    QList<const Candidate *> order;
    for (const Candidate &c : candidates) {
        if (c.headlineRank >= 0)
            order.append(&c);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const Candidate *a, const Candidate *b) { return a->headlineRank < b->headlineRank; });
    for (const Candidate &c : candidates) {
        if (c.headlineRank < 0)
            order.append(&c);
    }

    QList<Series> chosen;
    for (const Candidate *c : std::as_const(order)) {
        const Figure &f = *c->figure;
        if (f.key.isEmpty() || !valueOfYear(f, year))
            continue;
        Series s;
        s.candidate = c;
        s.years.insert(year, &f);
        for (auto it = otherYears.cbegin(); it != otherYears.cend(); ++it) {
            if (const Figure *other = sameIndicator(f, it.value(), it.key()))
                s.years.insert(it.key(), other);
        }
        if (s.years.size() < kMinYears)
            continue;
        if (chosen.isEmpty()) {
            while (s.years.size() > kMaxPoints)
                s.years.erase(s.years.begin()); // the most recent years
        } else {
            const Figure &lead = *chosen.first().candidate->figure;
            if (Units::family(f.unit) != Units::family(lead.unit))
                continue;
            const double a = std::abs(inUnit(f, lead.unit));
            const double b = std::abs(*lead.value);
            if (a == 0 || b == 0 || std::max(a, b) / std::min(a, b) > kMaxRatio)
                continue;
        }
        qsizetype points = s.years.size();
        for (const Series &taken : std::as_const(chosen))
            points += taken.years.size();
        if (points > kMaxPoints)
            continue;
        chosen.append(s);
        if (chosen.size() == kMaxSeries)
            break;
    }
    if (chosen.isEmpty())
        return std::nullopt;

    LayoutChart out;
    out.kind = QStringLiteral("years");
    out.measure = QStringLiteral("value");
    out.unit = chosen.first().candidate->figure->unit;
    out.title = chosen.size() == 1
        ? translated(QT_TRANSLATE_NOOP("YearCharts", "%1历年变化")).arg(chosen.first().candidate->label)
        : translated(QT_TRANSLATE_NOOP("YearCharts", "主要指标历年变化"));
    for (const Series &s : std::as_const(chosen)) {
        const Candidate &c = *s.candidate;
        const QString series = c.label.size() <= kMaxLabelChars ? c.label : c.shortLabel;
        bool first = true;
        for (auto it = s.years.cbegin(); it != s.years.cend(); ++it) {
            LayoutPoint p;
            p.figure = it.value()->id;
            p.label = QString::number(it.key());
            p.series = series;
            // A change of basis explains the step from the year before; the first year has none.
            p.note = first ? QString() : SeriesBreak::note(it.value()->sentence, QString());
            first = false;
            out.points.append(p);
        }
    }
    return out;
}

QList<LayoutChart> withYearChart(const QList<LayoutChart> &charts, const QList<Candidate> &candidates, int year,
                                 const QMap<int, QList<Figure>> &otherYears)
{
    QList<LayoutChart> out = charts;
    if (const std::optional<LayoutChart> c = chart(candidates, year, otherYears))
        out.insert(std::min<qsizetype>(1, out.size()), *c);
    return out;
}

} // namespace YearCharts
