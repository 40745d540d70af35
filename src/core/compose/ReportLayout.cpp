#include "ReportLayout.h"

#include "Composer.h"
#include "Store.h"

namespace ReportLayout {

Layout compose(Store &store, const ReportInfo &report, const QSize &size)
{
    Composer::Input input;
    input.county = report.county;
    input.year = report.year;
    input.figures = store.figures(report.id);
    input.size = size;
    return Composer::compose(input);
}

} // namespace ReportLayout
