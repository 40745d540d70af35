#include "Families.h"

#include "parse/Lexicon.h"

using namespace Qt::StringLiterals;

// Five-year reviews: "从2010年的X增加到2015年的Y" / "由X增加到Y".
namespace parse::rules {

namespace {

// The figure carries Y; X becomes its child "<name>（2010年）" (or "<name>（起点）") with
// qualifier 基期.
Outcome fromTo(SentenceContext &ctx)
{
    const Quantity &q = *ctx.q;
    if (ctx.pendingFrom < 0 || !ctx.prev || ctx.prev->clause != q.clause || !lex().changes.toHead.match(ctx.before).hasMatch())
        return Outcome::Pass;
    const int main = ctx.pendingFrom;
    FigureDraft base = ctx.drafts.at(main);
    base.figure.name += ctx.fromYear.isEmpty() ? u"（起点）"_s : u"（%1年）"_s.arg(ctx.fromYear);
    addQuals(base.figure.qualifier, {u"基期"_s});
    // A change stated before the pair ("年均增长6.2%，从…增加到…") is the figure's, not its start's.
    base.figure.growth.reset();
    base.figure.growthPending = false;
    base.figure.growthKind.clear();
    base.figure.growthMask.clear();
    base.figure.parentIndex = main;
    base.clause = q.clause;
    base.segment = q.segment;
    base.sameCaliber = false;
    ctx.drafts.setValue(main, q);
    if (!q.bareUnit)
        ctx.drafts.figure(main).unit = q.unit;
    ctx.drafts.mergeQuals(main, q.quals);
    ctx.drafts.add(std::move(base));
    ctx.drafts.at(main).clause = q.clause;
    ctx.pendingFrom = -1;
    return Outcome::Drop;
}

} // namespace

QList<Rule> basePeriod()
{
    return {
        {"period.from-to", Stage::Attach, fromTo,
         {{u"一般公共预算收入从2010年的1.2亿元增加到2015年的2.8亿元，年均增长18.5%。"_s,
           u"一般公共预算收入 = 2.8亿元 Δ 18.5 年均 | 一般公共预算收入（2010年） = 1.2亿元 [基期] ^0"_s},
          {u"地区生产总值由42.3亿元增加到68.5亿元。"_s,
           u"地区生产总值 = 68.5亿元 | 地区生产总值（起点） = 42.3亿元 [基期] ^0"_s}}},
    };
}

} // namespace parse::rules
