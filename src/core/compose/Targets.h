#pragma once

#include "Composer.h"
#include "Figure.h"
#include "Layout.h"

#include <QList>
#include <QString>

// The targets page (目标), as a pure function of the composer's input: the targets the
// previous report set for the year this report reviews, each beside this report's result
// and a mark (the review), then the targets this report sets for the coming year, in the
// order the report states them. A target's result is the figure of the same indicator, of
// the same kind, in the report that reviews the target's year.
namespace Targets {

// The page, or a page without cards when neither report states targets (no page then).
LayoutPage page(const Composer::Input &input);

// The result of the target in the figures of the report that reviews the target's year:
// a result of the target's year with the same catalogue key (or whole name), of the target's
// kind when one is (growth of the same kind family, a level in a convertible unit), else the
// first of that indicator; nullptr when the report does not name the indicator.
const Figure *resultFor(const Figure &target, const QList<Figure> &reviewed);

// Whether the result met the target. Unknown when they are not comparable: no result, a
// pending number, another kind, or a target stated by comparison (高于全市平均水平) whose result
// does not state the same comparison. 以上 and a bare number are floors, 以内/以下 ceilings
// (a decline target the other way round), 左右 a band of kAboutPoints points for growth and
// rates in %, of kAboutShare of the target for other levels.
LayoutCard::Met judge(const Figure &target, const Figure *result);

inline constexpr double kAboutPoints = 0.2;
inline constexpr double kAboutShare = 0.02;

} // namespace Targets
