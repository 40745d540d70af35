#pragma once

#include "store/StoreTypes.h"

#include <QList>
#include <QString>
#include <optional>

// The previous year's value that a reported value and its year-on-year change imply
// (推算, never shown as reported). Only a percent change against the year before allows it:
// not an annual average (年均), a multiple (倍), percentage points (百分点), a change against
// an earlier base year (比2015年), nor a figure that is itself a rate (%).
// Whether a change of this kind is against the year before (同比, 比上年, 增长 …), in percent.
bool isYearOnYear(const QString &growthKind);

std::optional<double> derivePriorYearValue(const std::optional<double> &value, const std::optional<double> &growth,
                                           const QString &growthKind, const QString &unit);

// The one place where derived points join a trend. rows: the reported rows of one indicator,
// one a year, oldest first (a row without a value is a year whose report leaves it pending or
// states only a change). For every year whose previous year has no reported value, that
// previous year is derived from the year's value and change: a missing year is added, a
// value-less row takes the derived value and keeps its figure (it stays that year's row).
// A reported value is never replaced.
QList<TrendPoint> withDerivedPriorYears(const QList<TrendPoint> &rows);
