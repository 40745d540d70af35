#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Every word the parser knows, grouped by what it means, and the regular expressions built
// from them, made once. A new phrasing usually needs a word here and a rule in parse/rules/;
// nothing else in the parser spells Chinese words out.
namespace parse {

// What a unit measures, as the naming rules use it. The sets are the ones the rules were
// tuned on: 万家 and 万头 are not counts (they never name a counted noun), 万户 and 万人 are.
enum class UnitKind { Money, Count, Area, Change, Other };

struct Unit
{
    QString surface;   // as written: 亿元, 万户, 个百分点
    UnitKind kind;
    QString notBefore; // characters that must not follow ("人" is no unit in 人民/人均)
};

// A word to strip from a name, and the qualifier it leaves behind (累计, 约 …), if any.
struct Word
{
    QString text;
    QString qual;
};
using Words = QList<Word>;

struct Units
{
    QList<Unit> all;          // longest first: the quantity pattern takes the first that fits
    QString pattern;          // the alternation built from all
    QHash<QString, int> bySurface;
    const Unit *find(const QString &surface) const;
    bool is(const QString &surface, UnitKind kind) const;
};

// Words around a name: scope, verbs, and what the naming rules look for.
struct NameWords
{
    Words leading;            // scope and time before a name: 全县, 全年, 累计 (qualifier)
    Words trailing;           // verbs and qualifiers between a name and its number
    Words leadingVerbs;       // verbs in front of a counted object: 新建, 改造
    QStringList nounStops;    // words that end the noun after a count
    QStringList nounTails;    // nominalised verbs that end a counted noun: 建设, 改造
    QStringList parallel;     // parallel measures of one subject: 存栏/出栏, 收入/支出
    QList<std::pair<QString, std::pair<QString, QString>>> pairs; // 存贷款 → 存款, 贷款
    QRegularExpression listSeparator; // between the items of a name list
    QRegularExpression basis;         // 按可比价计算
    QRegularExpression together;      // 共/合计 before a verb
    QRegularExpression streak;        // 连续三年
    QRegularExpression aside;         // （GDP）, 五年来, “十三五”期间
    QRegularExpression innerVerb;     // 规模以上工业企业实现主营业务收入
    QRegularExpression verbOrPlace;   // a name that is a verb or a place: the count names the noun after it
    QRegularExpression total;         // 总数, 总量
    QRegularExpression fresh;         // 新增, 净增
    QRegularExpression ofPlan;        // 年度计划的
    QRegularExpression delta;         // 较年初增加
    QRegularExpression planExcess;    // 超额完成年度任务: an amount beyond the plan
    QRegularExpression level;         // 省级, 市级
    QRegularExpression measure;       // 产值, 营业收入 of the things counted
    QRegularExpression when;          // 2020年, 年底: the same indicator at a later time
    QRegularExpression predicate;     // 首次突破: the clause before names the figure
    QRegularExpression investName;    // 投入, 累计投资
    QRegularExpression investObject;  // 实施X工程 after an investment
};

// Words of change: growth verbs, kinds, comparisons, 由…增加到.
struct ChangeWords
{
    QRegularExpression growthTail;    // a growth verb ending the words before a percentage
    QRegularExpression fromTail;      // 由 / 从2010年的
    QRegularExpression toHead;        // 增加到 / 降至2020年的
    QRegularExpression comparison;    // 高于全省: compares, does not measure
    QRegularExpression connector;     // 、和及与 between the items of a list
    QRegularExpression timesOf;       // 是…的N倍
    QRegularExpression down;          // 下降, 减少
    QRegularExpression lastYear;      // 比上年
    QRegularExpression baseYear;      // 比2015年
    QRegularExpression estimated;     // a sentence opening with 预计
    QRegularExpression rank;          // 位列全市第二
    QRegularExpression rankMore;      // 、第三和第一 after a rank
    QRegularExpression rankOrdinal;   // the ordinal a rank ends on
};

// Quantities written without a number or that are no figure of their own.
struct QuantityWords
{
    QRegularExpression quantity;      // number, unit and the qualifiers around it
    QRegularExpression flat;          // 持平
    QRegularExpression bare;          // 降至0: a number with no unit
    QRegularExpression attributeGap;  // 500万元以上项目: between an amount and a count
    QRegularExpression attributeThings;
};

// Headings, the date line, the session and the title.
struct HeaderWords
{
    QRegularExpression level1;        // 一、
    QRegularExpression level2;        // （一）
    QRegularExpression level3;        // 一是
    QRegularExpression arabic;        // 1.聚焦项目建设
    QRegularExpression arabicLead;    // 1.产业转型升级步伐加快。…
    QRegularExpression notHeading;    // date, session and speaker lines
    QRegularExpression congress;      // 在X县第十八届
    QRegularExpression government;    // X县人民政府
    QRegularExpression cityPrefix;    // 某某市 before 某某县
    QRegularExpression titleCounty;   // 君山区2023年政府工作报告
    QRegularExpression selfReference; // 我区, 我县: the report names its place elsewhere
    QStringList placeNouns;           // 园区, 社区 …: words ending like a place name that are none
    QString placeLeads;               // characters that end the word before a place name: 在, 动, 的
    QRegularExpression titleReport;   // 2023年政府工作报告: given in 2023, reviewing 2022
    QRegularExpression review;        // 2023年工作回顾
    QRegularExpression leadYear;      // 2023年，
    QRegularExpression pastYears;     // 过去一年, “十三五”时期工作回顾
    QRegularExpression sessionDate;   // 2024年1月10日
    QRegularExpression hanDate;       // 二〇二四年一月
    QRegularExpression date;          // a full date anywhere
    QRegularExpression titleYear;     // 2022年上半年工作总结
    QRegularExpression titleTail;     // ——全文
};

// What makes a sentence worth a place on the highlights ticker.
struct HighlightWords
{
    QRegularExpression first;         // 首次, 率先
    QRegularExpression national;
    QRegularExpression provincial;
    QRegularExpression record;        // 历史新高
};

struct Lexicon
{
    Units units;
    NameWords names;
    ChangeWords changes;
    QuantityWords quantities;
    HeaderWords header;
    HighlightWords highlights;

    // Built once, on first use; lex() is the short name the passes and rules use.
    Lexicon();
};

inline const Lexicon &lex()
{
    static const Lexicon lexicon;
    return lexicon;
}

} // namespace parse
