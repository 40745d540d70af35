#pragma once

#include "Layout.h"

#include <QSize>

class Store;
struct ReportInfo;

// The layout of one stored report: its figures and the staff's overrides read from the
// store, composed for a screen size. What `layout --json` prints; the Dashboard composes
// the same figures it already holds through Composer directly.
namespace ReportLayout {

Layout compose(Store &store, const ReportInfo &report, const QSize &size);

} // namespace ReportLayout
