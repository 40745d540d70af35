#include "SeriesFill.h"

#include "FigureFormat.h"
#include "Units.h"
#include "compose/Numbers.h"

#include <algorithm>

namespace SeriesFill {


void fill(SeriesModel *model, const LayoutChart &chart, const QHash<qint64, Figure> &figures)
{
    const bool growth = chart.measure == u"growth";
    QList<const Figure *> stated;
    QHash<qint64, const LayoutPoint *> byFigure;
    int pending = 0;
    for (const LayoutPoint &p : chart.points) {
        const auto it = figures.constFind(p.figure);
        if (it == figures.constEnd())
            continue;
        const Figure &f = it.value();
        const bool has = growth ? (!f.growthPending && f.growth) : (!f.pending && f.value);
        if (!has) {
            ++pending;
            continue;
        }
        stated.append(&f);
        byFigure.insert(f.id, &p);
    }

    QString unit = chart.unit;
    if (!growth && !stated.isEmpty()) {
        // The unit in which the typical (median) value reads >= 1.
        QList<double> inChartUnit;
        for (const Figure *f : std::as_const(stated))
            inChartUnit.append(*f->value * Units::factor(f->unit, chart.unit).value_or(1));
        std::sort(inChartUnit.begin(), inChartUnit.end());
        unit = Units::chartUnit(chart.unit, inChartUnit.at(inChartUnit.size() / 2));
        // 14,000 万元 beside 1460 万元 reads worse than 1.4 亿元 beside 0.15 亿元: a bar
        // label of five digits takes the larger unit, as a briefing would say it.
        const double largest = inChartUnit.last() * Units::factor(chart.unit, unit).value_or(1);
        if (largest >= 1e4)
            unit = Units::chartUnit(chart.unit, inChartUnit.last());
    }
    QList<SeriesModel::Point> points;
    for (const Figure *f : std::as_const(stated)) {
        SeriesModel::Point p;
        p.figureId = f->id;
        const LayoutPoint *of = byFigure.value(f->id);
        p.label = of->label;
        p.series = of->series;
        p.breakNote = of->note;
        p.name = f->name;
        if (growth) {
            p.value = *f->growth;
            p.displayValue = Numbers::format(*f->growth);
        } else {
            const double factor = Units::factor(f->unit, unit).value_or(1);
            p.value = FigureFormat::roundForChart(*f->value * factor);
            // The report's own precision when the unit is the report's; else what the conversion needs.
            p.displayValue = factor == 1.0 && !f->mask.isEmpty()
                ? Numbers::format(*f->value, Numbers::decimalsOfMask(f->mask))
                : Numbers::format(factor == 1.0 ? *f->value : p.value);
        }
        points.append(p);
    }
    model->setSeries(chart.title, unit, points, pending, chart.kind, chart.measure);
}

} // namespace SeriesFill
