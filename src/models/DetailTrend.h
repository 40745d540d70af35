#pragma once

#include "FigureSource.h"

#include <QList>
#include <QString>
#include <optional>

// One year of the detail's trend, in the unit of the open figure.
struct DetailPoint
{
    int year = 0;
    std::optional<double> value;  // none: pending, and nothing to derive it from
    QString displayValue;         // at the report's own precision
    bool derived = false;         // 推算 from the next year's value and change
    bool pending = false;         // that year's report leaves the value to be filled
    bool current = false;         // the open figure itself
    qint64 figureId = 0;          // that year's figure; 0 for a year no report states
    QString breakNote;            // the report's words for a change of basis since the point before
    bool growth = false;          // value is the year's change in %: no report states the level
};

// The trend of the open figure across the years its county's reports state: the reported
// years, the open figure in its own year, a derived year wherever the year before is not
// reported, pending years as pending points, and breaks the reports explain (SeriesBreak).
// An indicator no year states as a level (生产总值 增长5%) has the years' changes instead.
namespace DetailTrend {

// figure: the open figure, from the report of figureYear (0: a report without a year), whose
// paragraph is given; history: the indicator's reported years (FigureSource::history).
QList<DetailPoint> build(const Figure &figure, int figureYear, const QString &paragraph,
                         const QList<YearFigure> &history);

// The value axis the points need (0 included) and whether any point is derived.
double maxValue(const QList<DetailPoint> &points);
double minValue(const QList<DetailPoint> &points);
bool hasDerived(const QList<DetailPoint> &points);

} // namespace DetailTrend
