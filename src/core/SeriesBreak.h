#pragma once

#include <QString>

// The words by which a report says a series changed its basis (口径调整, 剔除虚增空转, 第四次
// 经济普查 ...), so a drop is a break and not a collapse. The detail's trend and the domain
// pages' year charts mark a point with them.
namespace SeriesBreak {

// The figure's own sentence is read for every such word; its paragraph (may be empty) only for
// those that cannot be about a rate alone. Empty when neither explains a break.
QString note(const QString &sentence, const QString &paragraph);

} // namespace SeriesBreak
