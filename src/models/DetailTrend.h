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
};

// The trend of the open figure across the years its county's reports state: the reported
// years, the open figure in its own year, a derived year wherever the year before is not
// reported, pending years as pending points, and breaks the reports explain.
namespace DetailTrend {

// figure: the open figure, from the report of figureYear (0: a report without a year), whose
// paragraph is given; history: the indicator's reported years (FigureSource::history).
QList<DetailPoint> build(const Figure &figure, int figureYear, const QString &paragraph,
                         const QList<YearFigure> &history);

// The words by which a report says a series changed its basis (口径调整, 剔除虚增空转, 第四次
// 经济普查 ...), so a drop is a break and not a collapse. The figure's own sentence is read
// for every such word; its paragraph only for those that cannot be about a rate alone.
QString breakNote(const QString &sentence, const QString &paragraph);

} // namespace DetailTrend
