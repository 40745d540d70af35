#include "ReportChoice.h"

#include <algorithm>

namespace ReportChoice {

namespace {

// The newer of two reports: the later year, then the later import (as Store::latestReport).
bool newer(const ReportInfo &a, const ReportInfo &b)
{
    if (a.year != b.year)
        return a.year > b.year;
    if (a.importedAt != b.importedAt)
        return a.importedAt > b.importedAt;
    return a.id > b.id;
}

} // namespace

QStringList counties(const QList<ReportInfo> &reports)
{
    QStringList out;
    for (const ReportInfo &r : reports) {
        if (!out.contains(r.county))
            out.append(r.county);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> years(const QList<ReportInfo> &reports, const QString &county)
{
    QList<int> out;
    for (const ReportInfo &r : reports) {
        if (r.county == county && !out.contains(r.year))
            out.append(r.year);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<ReportInfo> pick(const QList<ReportInfo> &reports, const QString &county, int year)
{
    std::optional<ReportInfo> newest;
    for (const ReportInfo &r : reports) {
        if (!newest || newer(r, *newest))
            newest = r;
    }
    if (!newest)
        return std::nullopt;
    const QString wanted = county.isEmpty() ? newest->county : county;
    std::optional<ReportInfo> ofYear;
    std::optional<ReportInfo> ofCounty;
    for (const ReportInfo &r : reports) {
        if (r.county != wanted)
            continue;
        if (!ofCounty || newer(r, *ofCounty))
            ofCounty = r;
        if (year != 0 && r.year == year && (!ofYear || newer(r, *ofYear)))
            ofYear = r;
    }
    return ofYear ? ofYear : ofCounty;
}

QString unknownCounty(const QString &county, const QStringList &counties)
{
    if (counties.isEmpty())
        return QStringLiteral("no report of county '%1': the database holds no reports").arg(county);
    return QStringLiteral("no report of county '%1' in the database; its counties: %2")
        .arg(county, counties.join(QStringLiteral(", ")));
}

} // namespace ReportChoice
