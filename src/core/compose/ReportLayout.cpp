#include "ReportLayout.h"

#include "Composer.h"
#include "Curation.h"
#include "Store.h"

namespace ReportLayout {

QMap<int, QList<Figure>> otherYears(Store &store, const ReportInfo &report)
{
    QMap<int, QList<Figure>> out;
    const QList<ReportInfo> reports = store.reports();
    for (const ReportInfo &r : reports) {
        if (r.id == report.id || r.county != report.county || r.year == report.year || r.year == 0)
            continue;
        out.insert(r.year, store.figures(r.id));
    }
    return out;
}

Layout compose(Store &store, const ReportInfo &report, const QSize &size)
{
    Composer::Input input;
    input.county = report.county;
    input.year = report.year;
    input.figures = store.figures(report.id);
    input.overrides = Curation(&store).overrides(report.county, report.year);
    input.otherYears = otherYears(store, report);
    input.size = size;
    return Composer::compose(input);
}

} // namespace ReportLayout
