#pragma once

#include <QString>
#include <optional>

// The previous year's value that a reported value and its year-on-year change imply
// (推算, never shown as reported). Only a percent change against the year before allows it:
// not an annual average (年均), a multiple (倍), percentage points (百分点), a change against
// an earlier base year (比2015年), nor a figure that is itself a rate (%).
std::optional<double> derivePriorYearValue(const std::optional<double> &value, const std::optional<double> &growth,
                                           const QString &growthKind, const QString &unit);
