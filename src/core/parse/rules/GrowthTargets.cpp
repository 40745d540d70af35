#include "Families.h"

#include "parse/Lexicon.h"

using namespace Qt::StringLiterals;

// Which figures a list of changes belongs to: new figures of their own when the words
// before them name something and no value stands in the clause, else the values before.
namespace parse::rules {

namespace {

bool valueInClause(const SentenceContext &ctx)
{
    return !ctx.group.figures.isEmpty() && ctx.group.clause == ctx.qs.at(ctx.changes.first()).clause;
}

bool groupOpen(const SentenceContext &ctx)
{
    return !ctx.group.figures.isEmpty() && !ctx.group.grown;
}

// "规模工业增加值增长7%左右": a change with no value, a figure of its own.
Outcome withoutValue(SentenceContext &ctx)
{
    if (ctx.info.name.isEmpty() || valueInClause(ctx))
        return Outcome::Pass;
    const QString kind = Drafts::growthKind(ctx.changeBefore, false);
    QStringList names = splitNames(ctx.info.name, int(ctx.changes.size()));
    if (names.isEmpty())
        names = QStringList(ctx.info.name);
    for (int k = 0; k < ctx.changes.size(); ++k) {
        const Quantity &g = ctx.qs.at(ctx.changes.at(k));
        const int fi = ctx.drafts.add(g, names.value(k, names.last()), ctx.sentence);
        Figure &f = ctx.drafts.figure(fi);
        f.value.reset();
        f.pending = false;
        f.mask.clear();
        f.unit.clear();
        f.qualifier.clear();
        ctx.drafts.mergeQuals(fi, ctx.info.quals);
        ctx.drafts.setGrowth(fi, g, kind);
    }
    ctx.finishGroup();
    ctx.group = Group();
    return Outcome::Drop;
}

// "固定资产投资完成17亿元，超额完成年度任务2.1亿元，增长20.6%": a clause between a value
// and its change that says how far the plan was beaten does not take the change; the
// value before it does.
Outcome pastPlanExcess(SentenceContext &ctx)
{
    if (!groupOpen(ctx) || ctx.group.figures.size() != 1 || ctx.changes.size() != 1)
        return Outcome::Pass;
    const int excess = ctx.group.figures.first();
    if (!lex().names.planExcess.match(ctx.drafts.figure(excess).name).hasMatch())
        return Outcome::Pass;
    const int before = excess - 1;
    if (before < ctx.firstFigure)
        return Outcome::Pass;
    const FigureDraft &d = ctx.drafts.at(before);
    if (d.segment != ctx.drafts.at(excess).segment || d.figure.parentIndex >= 0 || d.figure.growth
        || d.figure.growthPending || !(d.figure.value || d.figure.pending))
        return Outcome::Pass;
    ctx.targets = {before};
    return Outcome::Done;
}

// "城镇和农村居民人均可支配收入分别达到36583元和17736元，分别增长7%和10%": as many
// changes as values in the clause, one each.
Outcome toListedValues(SentenceContext &ctx)
{
    if (!groupOpen(ctx) || ctx.group.figures.size() != ctx.changes.size())
        return Outcome::Pass;
    ctx.targets = ctx.group.figures;
    return Outcome::Done;
}

// "一般公共预算收入12.8亿元、支出35.6亿元，增长8.5%": fewer changes than values in the
// clause before; the change of the last value.
Outcome toValue(SentenceContext &ctx)
{
    if (!groupOpen(ctx))
        return Outcome::Pass;
    ctx.targets = {ctx.group.figures.last()};
    return Outcome::Done;
}

// "粮食总产8.6亿斤；同比增长3.2%": after a figure whose list has closed, the last figure
// of the sentence that has no change yet.
Outcome toLastFigure(SentenceContext &ctx)
{
    const int last = ctx.lastInSentence();
    if (!ctx.group.figures.isEmpty() && !ctx.group.grown)
        return Outcome::Pass;
    if (last < 0)
        return Outcome::Pass;
    const Figure &f = ctx.drafts.figure(last);
    if (f.growth || f.growthPending || f.parentIndex >= 0)
        return Outcome::Pass;
    ctx.targets = {last};
    return Outcome::Done;
}

} // namespace

QList<Rule> growthTargets()
{
    return {
        {"change.without-value", Stage::ChangeAttach, withoutValue,
         {{u"规模工业增加值增长7%左右；固定资产投资比上年增长3%。"_s,
           u"规模工业增加值 Δ 7 增长 [左右] | 固定资产投资 Δ 3 比上年"_s}}},
        {"change.past-plan-excess", Stage::ChangeAttach, pastPlanExcess,
         {{u"固定资产投资完成17亿元，超额完成年度任务2.1亿元，增长20.6%。"_s,
           u"固定资产投资 = 17亿元 Δ 20.6 增长 | 固定资产投资超额完成年度任务 = 2.1亿元"_s}}},
        {"change.to-listed-values", Stage::ChangeAttach, toListedValues,
         {{u"城镇和农村居民人均可支配收入分别达到36583元和17736元，分别增长7%和10%。"_s,
           u"城镇居民人均可支配收入 = 36583元 Δ 7 增长 | 农村居民人均可支配收入 = 17736元 Δ 10 增长"_s}}},
        {"change.to-value", Stage::ChangeAttach, toValue,
         {{u"一般公共预算收入12.8亿元、支出35.6亿元，增长8.5%。"_s,
           u"一般公共预算收入 = 12.8亿元 | 一般公共预算支出 = 35.6亿元 Δ 8.5 增长"_s}}},
        {"change.to-last-figure", Stage::ChangeAttach, toLastFigure,
         {{u"粮食总产8.6亿斤；同比增长3.2%。"_s,
           u"粮食总产 = 8.6亿斤 Δ 3.2 同比"_s}}},
    };
}

} // namespace parse::rules
