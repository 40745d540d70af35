#pragma once

#include "Figure.h"
#include "TextNormalizer.h"

#include <QString>

// Whole indicator names. The parser names a figure by the words before its number, which
// in real reports is often a fragment: 省级 (…小巨人企业2家、省级8家), 较年初 (…余额370亿元，
// 较年初增长15.8%), 利润 (…实现增加值43.7亿元、利润5.1亿元), 外资 (实际利用内资…、外资…),
// 出栏 (存栏生猪…、出栏…), 规划建设 (规划建设3.5万亩高标准农田). repairNames() mends these from
// their sentence, by rules that hold for any report:
//  - a change stated apart from its value (较年初/比上年/同比 + growth, no value) is the change
//    of the values listed just before it: it is merged into them (growthKind 较年初 …) and
//    the fragment figure goes;
//  - a bare level word (省级, 市级, 国家级…) takes the rest of the name from its neighbour
//    in the list (新增国家级…企业2家、省级8家 → 新增省级…企业);
//  - a bare measure next to a sibling takes the sibling's subject: a suffix or prefix that
//    differs in its first character (实际利用内资 → 实际利用外资, 存栏生猪 → 生猪出栏), or
//    the subject before a known measure (规模以上工业企业增加值 → 规模以上工业企业利润); a list
//    item before a measure shared by 分别 takes it ("十强产业"、"四新"经济增加值 → 十强产业增加值);
//  - a name that is only verbs takes the noun after its number (规划建设3.5万亩高标准农田 →
//    高标准农田);
//  - list markers, leading time and intent words (——, 今年将, 去年全县完成) and dangling
//    words at the end (…项目各, …应诉率保持) are trimmed.
// What cannot be mended keeps its name; isWholeIndicatorName() tells the wall to keep such
// a figure off cards and charts (it stays in lists). The words around a figure are read in
// the normalised text, so a copy out of a PDF gets the names the typed report gets.
void repairNames(ParsedReport &report, const TextNormalizer::Result &normalised);

// True when the name reads as a complete indicator on its own. False for:
//  - fewer than two Han characters, or more than 24 characters;
//  - a bare place, level, unit-holder or measure word (村, 镇, 社区, 省级, 国家级, 企业, 项目,
//    利润, 外资, 投资, 较年初, 同比, 总量 …);
//  - a name of verbs only (做大, 构建, 开通, 规划建设, 加快引导);
//  - a name that starts with a comparison or a connective (较, 比, 与, 占, 为, 和, 及, 并,
//    其中, 分别, 增加到) or ends with a dangling word (的, 和, 及, 等, 各, 为, 达, 至, 保持,
//    达到, 不低于 …);
//  - a clause rather than a name: a verb of outcome after its subject (…入选…, …获评…,
//    …整合为…), a number with its unit inside, an unclosed bracket or quote.
bool isWholeIndicatorName(const QString &name);
