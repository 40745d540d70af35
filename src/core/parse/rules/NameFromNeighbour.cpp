#include "Families.h"

#include "parse/Lexicon.h"

#include <limits>

using namespace Qt::StringLiterals;

// The name a value gets from its neighbours when its own words are no noun phrase that
// measures it: the noun after a count, the figure before it, the clause before it.
namespace parse::rules {

namespace {

bool isCount(const QString &unit)
{
    return lex().units.is(unit, UnitKind::Count);
}

// The figure before in this sentence when the value has words of its own, else -1.
int previousFigure(const SentenceContext &ctx)
{
    return ctx.info.name.isEmpty() ? -1 : ctx.lastInSentence();
}

// Takes the noun after the count as the name ("38项重点工作建设" → 重点工作).
bool takeNounAfter(SentenceContext &ctx, int minLength)
{
    Quantity &q = *ctx.q;
    const int nounEnd = trailingNounEnd(ctx.text(), q.end, 10);
    if (nounEnd - q.end < minLength)
        return false;
    ctx.info.name = ctx.text().mid(q.end, nounEnd - q.end);
    q.end = nounEnd;
    return true;
}

// "加快推进38项重点工作建设", "xx小镇x家水企业": the count counts the noun after it.
Outcome countedAfterVerb(SentenceContext &ctx)
{
    if (ctx.info.name.isEmpty() || !isCount(ctx.q->unit) || !lex().names.verbOrPlace.match(ctx.info.name).hasMatch())
        return Outcome::Pass;
    return takeNounAfter(ctx, 2) ? Outcome::Done : Outcome::Pass;
}

// "新增规模工业企业24家，总数达到159家": a total is the total of the thing counted.
Outcome totalOfCounted(SentenceContext &ctx)
{
    const int last = previousFigure(ctx);
    if (last < 0 || !lex().names.total.match(ctx.info.name).hasMatch() || ctx.drafts.figure(last).parentIndex >= 0)
        return Outcome::Pass;
    QString subject = ctx.drafts.figure(last).name;
    subject.remove(lex().names.fresh);
    if (subject.size() < 2)
        return Outcome::Pass;
    ctx.info.name = subject + ctx.info.name;
    return Outcome::Done;
}

// "完成投资86.5亿元，占年度计划的112%", "完成投资286亿元，完成年度计划的118.6%": a share
// of the figure before.
Outcome shareOfPrevious(SentenceContext &ctx)
{
    const int last = previousFigure(ctx);
    if (last < 0)
        return Outcome::Pass;
    QString share = ctx.info.name;
    if (lex().names.ofPlan.match(share).hasMatch() && ctx.q->unit == u'%')
        share.prepend(u'占');
    if (!share.startsWith(u'占') || share.size() < 3)
        return Outcome::Pass;
    if (share.endsWith(u'的'))
        share.chop(1);
    ctx.info.name = ctx.drafts.figure(last).name + share;
    return Outcome::Done;
}

// A word that says what the quantity is of the figure before ("较年初增加", "超额完成年度任务"),
// in that figure's unit: the figure's name joined to the word.
Outcome joinToPrevious(SentenceContext &ctx, const QRegularExpression &word, int maxLength)
{
    const int last = previousFigure(ctx);
    if (last < 0 || !word.match(ctx.info.name).hasMatch() || ctx.info.name.size() > maxLength)
        return Outcome::Pass;
    const Figure &f = ctx.drafts.figure(last);
    if (f.parentIndex >= 0 || f.unit != ctx.q->unit)
        return Outcome::Pass;
    ctx.info.name = f.name + ctx.info.name;
    return Outcome::Done;
}

// "存款余额186.5亿元，较年初增加14.2亿元": a change of the figure before, in its unit.
Outcome deltaOfPrevious(SentenceContext &ctx)
{
    return joinToPrevious(ctx, lex().names.delta, std::numeric_limits<int>::max());
}

// "固定资产投资完成17亿元，超额完成年度任务2.1亿元": the amount beyond the plan of the
// figure before, in its unit.
Outcome excessOfPrevious(SentenceContext &ctx)
{
    return joinToPrevious(ctx, lex().names.planExcess, 10);
}

// "外贸进出口总额56.3亿元，其中出口41.2亿元": one side of the pair the figure before names
// (进出口, 存贷款, 收支) is that figure's name with the pair replaced: 外贸出口总额.
Outcome sideOfPair(SentenceContext &ctx)
{
    const int last = previousFigure(ctx);
    if (last < 0 || ctx.drafts.figure(last).parentIndex >= 0)
        return Outcome::Pass;
    const QString &lastName = ctx.drafts.figure(last).name;
    for (const auto &[both, each] : lex().names.pairs) {
        if ((ctx.info.name == each.first || ctx.info.name == each.second) && lastName.contains(both)) {
            ctx.info.name = QString(lastName).replace(both, ctx.info.name);
            return Outcome::Done;
        }
    }
    return Outcome::Pass;
}

// "培育省级龙头企业12家、市级56家": the second level names the same things.
Outcome levelOfPrevious(SentenceContext &ctx)
{
    const int last = previousFigure(ctx);
    if (last < 0 || !lex().names.level.match(ctx.info.name).hasMatch())
        return Outcome::Pass;
    const FigureDraft &d = ctx.drafts.at(last);
    if (d.figure.unit != ctx.q->unit || d.clause != ctx.q->clause)
        return Outcome::Pass;
    const int k = int(d.figure.name.indexOf(u'级'));
    if (k <= 0 || k > 3 || d.figure.name.size() <= k + 2)
        return Outcome::Pass;
    ctx.info.name += d.figure.name.mid(k + 1);
    return Outcome::Done;
}

// "规模以上工业企业达到86家，实现产值156亿元": a measure of the things counted.
Outcome measureOfCounted(SentenceContext &ctx)
{
    const int last = previousFigure(ctx);
    if (last < 0 || !lex().names.measure.match(ctx.info.name).hasMatch())
        return Outcome::Pass;
    const FigureDraft &d = ctx.drafts.at(last);
    if (!isCount(d.figure.unit) || d.figure.parentIndex >= 0 || d.segment != ctx.q->segment)
        return Outcome::Pass;
    ctx.info.name = d.figure.name + ctx.info.name;
    return Outcome::Done;
}

// "生猪存栏28.6万头、出栏45.2万头", "一般公共预算收入…、支出…": a parallel measure.
Outcome parallelMeasure(SentenceContext &ctx)
{
    const int last = previousFigure(ctx);
    const QStringList &parallel = lex().names.parallel;
    if (last < 0 || !parallel.contains(ctx.info.name) || ctx.drafts.at(last).clause != ctx.q->clause)
        return Outcome::Pass;
    const QString &lastName = ctx.drafts.figure(last).name;
    for (const QString &w : parallel) {
        if (w != ctx.info.name && lastName.endsWith(w) && lastName.size() > w.size()) {
            ctx.info.name = lastName.chopped(w.size()) + ctx.info.name;
            return Outcome::Done;
        }
    }
    return Outcome::Pass;
}

// "建成12座5G基站": a count with no words before it names the noun after it.
Outcome countedNoun(SentenceContext &ctx)
{
    return isCount(ctx.q->unit) && takeNounAfter(ctx, 1) ? Outcome::Done : Outcome::Pass;
}

// "同口径完成3.67亿元": a second measure of the figure just given.
Outcome sameCaliber(SentenceContext &ctx)
{
    const int last = ctx.lastInSentence();
    if (!ctx.info.sameCaliber || last < 0)
        return Outcome::Pass;
    ctx.info.name = ctx.drafts.figure(last).name;
    return Outcome::Done;
}

// "拆除违建86处、1.2万平方米": another measure of the item the clause counts; an area of
// it is its 面积.
Outcome secondMeasure(SentenceContext &ctx)
{
    if (ctx.group.figures.isEmpty() || ctx.group.clause != ctx.q->clause)
        return Outcome::Pass;
    const Figure &first = ctx.drafts.figure(ctx.group.figures.last());
    QString base = first.name;
    if (base.endsWith(u"面积"_s))
        base.chop(2);
    const Units &units = lex().units;
    const bool area = units.is(ctx.q->unit, UnitKind::Area) && !units.is(first.unit, UnitKind::Area);
    ctx.info.name = base + (area ? u"面积"_s : QString());
    ctx.info.fenbie = true;
    return Outcome::Done;
}

// "外贸进出口总额首次突破百亿元，达到103.6亿元": the clause before names the figure.
Outcome subjectBefore(SentenceContext &ctx)
{
    QString clause = ctx.previousClause(*ctx.q, kMaxNameContext);
    if (clause.isEmpty())
        return Outcome::Pass;
    const auto m = lex().names.predicate.match(clause);
    if (!m.hasMatch() || m.capturedStart() < 2)
        return Outcome::Pass;
    clause.truncate(m.capturedStart());
    const NameInfo info = cleanName(clause, false, 400);
    if (info.name.size() < 2 || info.name.size() > kMaxNameLength)
        return Outcome::Pass;
    ctx.info.name = info.name;
    return Outcome::Done;
}

} // namespace

QList<Rule> neighbour()
{
    return {
        {"name.counted-after-verb", Stage::Name, countedAfterVerb,
         {{u"加快推进38项重点工作建设。"_s,
           u"重点工作 = 38项"_s},
          {u"青泉苏打矿泉小镇5家水企业实现年产值8600万元。"_s,
           u"水企业 = 5家 | 水企业年产值 = 8600万元"_s}}},
        {"name.total-of-counted", Stage::Name, totalOfCounted,
         {{u"新增规模工业企业24家，总数达到159家。"_s,
           u"新增规模工业企业 = 24家 | 规模工业企业总数 = 159家"_s}}},
        {"name.share-of-previous", Stage::Name, shareOfPrevious,
         {{u"全年实施省市重点项目46个，完成投资86.5亿元，占年度计划的112%。"_s,
           u"省市重点项目 = 46个 | 省市重点项目投资 = 86.5亿元 | 省市重点项目投资占年度计划 = 112%"_s},
          {u"新增城镇就业3260人，完成年度任务的126%。"_s,
           u"新增城镇就业 = 3260人 | 新增城镇就业占年度任务 = 126%"_s}}},
        {"name.delta-of-previous", Stage::Name, deltaOfPrevious,
         {{u"金融机构存款余额186.5亿元，较年初增加14.2亿元。"_s,
           u"金融机构存款余额 = 186.5亿元 | 金融机构存款余额较年初增加 = 14.2亿元"_s}}},
        {"name.excess-of-previous", Stage::Name, excessOfPrevious,
         {{u"固定资产投资完成17亿元，超额完成年度任务2.1亿元，增长20.6%。"_s,
           u"固定资产投资 = 17亿元 Δ 20.6 增长 | 固定资产投资超额完成年度任务 = 2.1亿元"_s}}},
        {"name.side-of-pair", Stage::Name, sideOfPair,
         {{u"外贸进出口总额56.3亿元，增长12.1%，其中出口41.2亿元，增长15.3%。"_s,
           u"外贸进出口总额 = 56.3亿元 Δ 12.1 增长 | 外贸出口总额 = 41.2亿元 Δ 15.3 增长"_s}}},
        {"name.level-of-previous", Stage::Name, levelOfPrevious,
         {{u"培育省级农业产业化重点龙头企业12家、市级56家。"_s,
           u"省级农业产业化重点龙头企业 = 12家 | 市级农业产业化重点龙头企业 = 56家"_s}}},
        {"name.measure-of-counted", Stage::Name, measureOfCounted,
         {{u"全县规模以上工业企业达到86家，实现产值156亿元，同比增长12.1%。"_s,
           u"规模以上工业企业 = 86家 | 规模以上工业企业产值 = 156亿元 Δ 12.1 同比"_s}}},
        {"name.parallel-measure", Stage::Name, parallelMeasure,
         {{u"生猪存栏28.6万头、出栏45.2万头。"_s,
           u"生猪存栏 = 28.6万头 | 生猪出栏 = 45.2万头"_s},
          {u"一般公共预算收入12.8亿元、支出35.6亿元。"_s,
           u"一般公共预算收入 = 12.8亿元 | 一般公共预算支出 = 35.6亿元"_s}}},
        {"name.counted-noun", Stage::Unnamed, countedNoun,
         {{u"建成12座5G基站。"_s,
           u"5G基站 = 12座"_s}}},
        {"name.same-caliber", Stage::Unnamed, sameCaliber,
         {{u"地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元，增幅6.1%。"_s,
           u"地方一般公共预算收入 = 3.5亿元 Δ 2 自然增幅 | 地方一般公共预算收入 = 3.67亿元 Δ 6.1 同口径"_s}}},
        {"name.second-measure", Stage::Unnamed, secondMeasure,
         {{u"拆除违建86处、1.2万平方米。"_s,
           u"违建 = 86处 | 违建面积 = 1.2万平方米"_s}}},
        {"name.subject-before", Stage::Unnamed, subjectBefore,
         {{u"外贸进出口总额首次突破百亿元，达到103.6亿元，增长12.4%，位居全省县域前列。"_s,
           u"外贸进出口总额 = 103.6亿元 Δ 12.4 增长 @位居全省县域前列"_s}}},
    };
}

} // namespace parse::rules
