#pragma once

#include "Candidate.h"
#include "Figure.h"
#include "Layout.h"

#include <QList>
#include <QMap>
#include <optional>

// A domain page's headline indicators across the county's reports: when three or more years
// state a value, the page gets a chart of those years (kind "years", one point per indicator
// and year, labelled with the year, the indicator in the point's series). One unit family and
// like magnitudes only; a year whose report explains a change of basis carries its words in
// the point's note, so a drop reads as a break, not a collapse.
namespace YearCharts {

// candidates: the page's candidates, best first, from the report of `year`; otherYears: the
// county's other reports by the year they review. nullopt when no indicator has three years.
std::optional<LayoutChart> chart(const QList<Candidate> &candidates, int year,
                                 const QMap<int, QList<Figure>> &otherYears);

// The page's charts with the year chart, when there is one, second (the page's first chart
// stays the one the overview borrows).
QList<LayoutChart> withYearChart(const QList<LayoutChart> &charts, const QList<Candidate> &candidates, int year,
                                 const QMap<int, QList<Figure>> &otherYears);

} // namespace YearCharts
