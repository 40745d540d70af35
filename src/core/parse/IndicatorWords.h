#pragma once

#include <QString>
#include <QStringList>

// The words names are judged by: places and levels, measures, verbs of doing, the words a
// fragment starts or ends with. Shared by isWholeIndicatorName() and repairNames().
namespace IndicatorWords {

int hanCount(QStringView s);

// The name without quotes, book-title marks and a trailing （2015年） / （起点）.
QString bare(const QString &name);

// A level or place word on its own: 省级, 国家级, 市级以上, 全省 …
bool isLevel(const QString &name);
// The level word a name contains, longest first; empty when none.
QString levelIn(const QString &name);

// What is measured of a subject: 增加值, 利润, 营业收入, 投资, 余额, 产量 …
bool isMeasure(const QString &name);
// The measure a name ends with, longest first; empty when none.
QString measureAtEnd(const QString &name);
// Measures that a 分别 list shares between its items (十强产业、四新经济增加值).
bool isSharedMeasure(const QString &measure);

// Only verbs and adverbs of doing: 做大, 规划建设, 加快引导 …
bool isVerbsOnly(const QString &name);
// The name with those verbs and adverbs taken out (初步建成城区 -> 城区).
QString withoutVerbs(const QString &name);

// A bare unit-holder or relation word: 村, 企业, 项目, 较年初, 同比, 总量 …
bool isGeneric(const QString &name);

// 较年初, 比上年, 同比 …: a change stated apart from what changed.
bool isComparisonFragment(const QString &name);

} // namespace IndicatorWords
