#pragma once

#include "store/StoreTypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Which report the wall, export, layout and list show when a database holds several: the
// counties and the years of each, and the report a county and year name. One report per
// county and year (an import of the same county and year replaces the earlier one).
namespace ReportChoice {

// Every county with a report, in name order.
QStringList counties(const QList<ReportInfo> &reports);

// The years the county's reports review, oldest first.
QList<int> years(const QList<ReportInfo> &reports, const QString &county);

// The report of county and year. An empty county: the county of the newest report; year 0 (or
// a year the county has no report of): the county's newest. nullopt when the county has none.
std::optional<ReportInfo> pick(const QList<ReportInfo> &reports, const QString &county, int year = 0);

// "no report of county X in the database; its counties: A, B" (or that it is empty).
QString unknownCounty(const QString &county, const QStringList &counties);

} // namespace ReportChoice
