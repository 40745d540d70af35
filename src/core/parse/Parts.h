#pragma once

#include "Figure.h"

// Gives every figure of a parsed report the part of the report it stands in (Figure::role)
// and the year it is about (Figure::year). A post-pass over ReportParser's output: it reads
// the report's outline and the sentences again and touches only role, year and, for
// targets stated without a number, adds figures (see below).
//
// Roles:
//  - result:   the review of the reviewed year (ParsedReport::year);
//  - period:   a review of several years (过去五年, "十三五"时期, 年均增长, 从2015年的…增加到…);
//              year = the last year of the period (a 基期 child: its own start year);
//  - target:   the coming year's main expected targets (主要预期目标是：…); year = the target
//              year (the year the plan part names, else the reviewed year + 1). Targets of a
//              coming plan period (今后五年, "十四五" goals) are targets of the period's last
//              year, so a targets page that wants the coming year filters on year;
//  - plan:     quantities the work plan promises (今年将新建…, 力争…); year as for targets;
//  - glossary: 名词解释, 附件 and tables after the report; year 0. Never on the wall.
//
// The part comes from the outline first (headings such as 2022年工作回顾, 过去五年工作回顾,
// 2023年工作安排, 主要预期目标, 附：名词解释) and is refined by paragraph leads (这五年 / 一年来
// inside a combined "十三五"时期和2020年工作回顾) and by sentence cues (将/力争/计划 against a
// past review; 以来/年均 in a one-year review), because reports do not share one outline.
//
// Targets stated by comparison only ("实际利用外资高于全市平均水平", "居民收入增长与经济增长
// 同步") become figures without value or growth whose qualifier holds the comparator; a
// numeric target keeps its 以上/左右/以内 qualifier from the parser.
//
// Idempotent: running it again (e.g. after the importer corrects ParsedReport::year) only
// recomputes roles and years.
void assignParts(ParsedReport &report);
