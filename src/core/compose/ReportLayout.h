#pragma once

#include "Figure.h"
#include "Layout.h"

#include <QList>
#include <QMap>

#include <QSize>

class Store;
struct ReportInfo;

// The layout of one stored report: its figures and the staff's overrides read from the
// store, composed for a screen size. What `layout --json` prints; the Dashboard composes
// the same figures it already holds through Composer directly.
namespace ReportLayout {

Layout compose(Store &store, const ReportInfo &report, const QSize &size);

// The figures of the same county's other reports (one report a year: the newest import).
QMap<int, QList<Figure>> otherYears(Store &store, const ReportInfo &report);

} // namespace ReportLayout
