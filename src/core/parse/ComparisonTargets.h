#pragma once

#include "Figure.h"
#include "ReportOutline.h"
#include "TextNormalizer.h"

// Targets a report states by comparison, without a number: "粮食产量和播种面积高于2020年水平",
// "城乡居民人均可支配收入、社会消费品零售总额…增幅及实际利用外资均高于全市平均水平",
// "居民收入增长与经济增长同步". The parser only sees numbers, so these would be lost; each
// indicator named in such a clause of a target sentence becomes a figure without value or
// growth, whose qualifier is the comparator as written (高于全市平均水平, 增幅高于全市平均水平,
// 增长与经济增长同步). Inserted in text order (parentIndex kept right); a figure already there
// at the same place is not added again.
void addComparisonTargets(ParsedReport &report, const TextNormalizer::Result &norm, const ReportOutline &outline);
