#include "DetailTrend.h"

#include "FigureFormat.h"
#include "PriorYear.h"
#include "SeriesBreak.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace DetailTrend {

namespace {

bool isResult(const Figure &f)
{
    return f.role.isEmpty() || f.role == QLatin1String("result");
}

bool hasYearOnYearChange(const Figure &f)
{
    return f.growth && !f.growthPending && isYearOnYear(f.growthKind);
}

// Each year's change against the year before, for an indicator the reports give as changes only.
QList<DetailPoint> changes(const Figure &figure, int figureYear, const QList<YearFigure> &history)
{
    QMap<int, const Figure *> years;
    for (const YearFigure &y : history) {
        if (hasYearOnYearChange(y.figure) && !years.contains(y.year))
            years.insert(y.year, &y.figure);
    }
    if (isResult(figure) && hasYearOnYearChange(figure))
        years.insert(figureYear, &figure);
    QList<DetailPoint> out;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        const Figure &f = *it.value();
        DetailPoint p;
        p.year = it.key();
        p.value = f.growth;
        p.displayValue = FigureFormat::number(*f.growth, FigureFormat::decimalsOf(*f.growth)) + u'%';
        p.current = f.id == figure.id;
        p.figureId = f.id;
        p.growth = true;
        out.append(p);
    }
    return out;
}

} // namespace

QList<DetailPoint> build(const Figure &figure, int figureYear, const QString &paragraph,
                         const QList<YearFigure> &history)
{
    // The rows in the open figure's unit, each with its figure, oldest first.
    QList<TrendPoint> rows;
    QHash<qint64, const Figure *> figures;
    QHash<qint64, QString> paragraphs;
    QHash<qint64, double> factors;
    const bool ownYear = isResult(figure);
    for (const YearFigure &y : history) {
        const Figure &f = y.figure;
        if (ownYear && y.year == figureYear && f.id != figure.id)
            continue; // the open figure stands for its year
        const auto factor = FigureFormat::factor(f.unit, figure.unit);
        if (!factor && !f.unit.isEmpty() && !figure.unit.isEmpty())
            continue;
        TrendPoint row;
        row.year = y.year;
        row.value = f.pending || !f.value ? std::nullopt : std::optional<double>(*f.value * factor.value_or(1.0));
        row.unit = figure.unit;
        row.growth = f.growthPending ? std::nullopt : f.growth;
        row.growthKind = f.growthKind;
        row.figureId = f.id;
        rows.append(row);
        figures.insert(f.id, &f);
        paragraphs.insert(f.id, y.paragraph);
        factors.insert(f.id, factor.value_or(1.0));
    }
    const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const TrendPoint &r) { return r.figureId == figure.id; });
    if (ownYear && !listed) {
        TrendPoint row;
        row.year = figureYear;
        row.value = figure.pending ? std::nullopt : figure.value;
        row.unit = figure.unit;
        row.growth = figure.growthPending ? std::nullopt : figure.growth;
        row.growthKind = figure.growthKind;
        row.figureId = figure.id;
        const auto at = std::find_if(rows.begin(), rows.end(), [&](const TrendPoint &r) { return r.year > figureYear; });
        rows.insert(at, row);
        figures.insert(figure.id, &figure);
    }
    paragraphs.insert(figure.id, paragraph);
    factors.insert(figure.id, 1.0);

    const int derivedDecimals = std::max(1, FigureFormat::decimals(figure));
    QList<DetailPoint> out;
    bool valueBefore = false;
    for (const TrendPoint &t : withDerivedPriorYears(rows)) {
        const Figure *f = figures.value(t.figureId);
        DetailPoint p;
        p.year = t.year;
        p.value = t.value;
        p.derived = t.derived;
        p.pending = f && f->pending;
        p.current = t.figureId == figure.id;
        p.figureId = t.figureId;
        if (!p.value && !p.pending)
            continue; // a year stated only as a change has no point of its own
        if (p.value) {
            // The report's own precision; a converted unit or a derived value needs its own.
            const int decimals = p.derived ? derivedDecimals
                : (f && factors.value(t.figureId) == 1.0 ? FigureFormat::decimals(*f)
                                                         : FigureFormat::decimalsOf(*p.value));
            p.displayValue = FigureFormat::number(*p.value, decimals);
        }
        if (p.value && !p.derived && valueBefore && f)
            p.breakNote = SeriesBreak::note(f->sentence, paragraphs.value(t.figureId));
        valueBefore = valueBefore || (p.value && !p.derived);
        out.append(p);
    }
    return out.isEmpty() ? changes(figure, figureYear, history) : out;
}

double maxValue(const QList<DetailPoint> &points)
{
    double m = 0;
    for (const DetailPoint &p : points)
        m = std::max(m, p.value.value_or(0));
    return m;
}

double minValue(const QList<DetailPoint> &points)
{
    double m = 0;
    for (const DetailPoint &p : points)
        m = std::min(m, p.value.value_or(0));
    return m;
}

bool hasDerived(const QList<DetailPoint> &points)
{
    return std::any_of(points.cbegin(), points.cend(), [](const DetailPoint &p) { return p.derived; });
}

} // namespace DetailTrend
