#include "Families.h"

#include "parse/Lexicon.h"

using namespace Qt::StringLiterals;

// When a percentage, 个百分点 or 倍 is a change of a figure, and who it belongs to when the
// words before it do not say.
namespace parse::rules {

namespace {

// "同比增长6.3%", "比上年下降0.5个百分点", "年均分别增长7.6%和9.1%".
Outcome afterVerb(SentenceContext &ctx)
{
    return lex().changes.growthTail.match(ctx.before).hasMatch() ? Outcome::Done : Outcome::Pass;
}

// "与上年持平": a change of zero written as a word.
Outcome flat(SentenceContext &ctx)
{
    return ctx.q->flat ? Outcome::Done : Outcome::Pass;
}

// "是“十二五”时期的1.8倍": a multiple of an earlier amount, kept as written.
Outcome timesOf(SentenceContext &ctx)
{
    if (ctx.q->unit != u"倍"_s || !lex().changes.timesOf.match(ctx.before).hasMatch())
        return Outcome::Pass;
    ctx.multiple = true;
    return Outcome::Done;
}

// "…产值1260亿元，增长16.8%，占规上工业产值比重提高3.6个百分点": the share of the figure
// just given.
Outcome shareOfPrevious(SentenceContext &ctx)
{
    const Quantity &first = ctx.qs.at(ctx.changes.first());
    const bool valueInClause = !ctx.group.figures.isEmpty() && ctx.group.clause == first.clause;
    const int last = ctx.lastInSentence();
    if (valueInClause || !ctx.info.name.startsWith(u'占') || ctx.changes.size() != 1 || last < 0)
        return Outcome::Pass;
    const FigureDraft &d = ctx.drafts.at(last);
    if (d.figure.parentIndex >= 0 || !d.figure.value || d.segment != first.segment)
        return Outcome::Pass;
    ctx.info.name = truncatedName(d.figure.name + ctx.info.name, kMaxNameLength);
    return Outcome::Done;
}

} // namespace

QList<Rule> growth()
{
    return {
        {"change.after-verb", Stage::Change, afterVerb,
         {{u"2020年，全县地区生产总值实现85.6亿元，同比增长6.3%。"_s,
           u"地区生产总值 = 85.6亿元 Δ 6.3 同比"_s}}},
        {"change.flat", Stage::Change, flat,
         {{u"工业用电量与上年持平，农业增加值比上年增长3.1%。"_s,
           u"工业用电量 Δ 0 比上年 | 农业增加值 Δ 3.1 比上年"_s}}},
        {"change.times-of", Stage::Change, timesOf,
         {{u"一般公共预算收入累计完成52.6亿元，是“十二五”时期的1.8倍。"_s,
           u"一般公共预算收入 = 52.6亿元 Δ 1.8 倍 [累计]"_s}}},
        {"change.share-of-previous", Stage::ChangeName, shareOfPrevious,
         {{u"规上工业总产值1260亿元，增长16.8%，占规上工业产值比重提高3.6个百分点。"_s,
           u"规上工业总产值 = 1260亿元 Δ 16.8 增长 | 规上工业总产值占规上工业产值比重 Δ 3.6 百分点"_s}}},
    };
}

} // namespace parse::rules
