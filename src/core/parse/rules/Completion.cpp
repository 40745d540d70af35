#include "Families.h"

#include "parse/Lexicon.h"

using namespace Qt::StringLiterals;

// A value with no words of its own that completes or repeats a figure already made.
namespace parse::rules {

namespace {

// "地区生产总值增长7%左右，逼近300亿元大关": the value completes the change before it.
Outcome completesChange(SentenceContext &ctx)
{
    const Quantity &q = *ctx.q;
    const int last = ctx.lastInSentence();
    if (last < 0)
        return Outcome::Pass;
    const FigureDraft &d = ctx.drafts.at(last);
    if (d.figure.value || d.figure.pending || d.clause >= q.clause || d.segment != q.segment)
        return Outcome::Pass;
    ctx.drafts.setValue(last, q);
    ctx.drafts.figure(last).unit = q.unit;
    ctx.drafts.mergeQuals(last, ctx.info.quals + q.quals);
    ctx.drafts.at(last).clause = q.clause;
    // "年均增长6.2%，从2019年的120.5亿元增加到2024年的162.3亿元": the value is where the
    // change started; the 增加到 value that follows is the figure's own (period.from-to).
    if (ctx.info.isFrom) {
        ctx.pendingFrom = last;
        ctx.fromYear = ctx.info.fromYear;
    }
    return Outcome::Drop;
}

// "粮食总产稳定在17亿斤以上，2020年达到17.6亿斤": the same indicator at a later time.
Outcome laterTime(SentenceContext &ctx)
{
    const Quantity &q = *ctx.q;
    const int last = ctx.lastInSentence();
    if (last < 0)
        return Outcome::Pass;
    const FigureDraft &d = ctx.drafts.at(last);
    if (d.segment != q.segment || d.figure.parentIndex >= 0 || d.figure.unit != q.unit || d.figure.name.contains(u'（')
        || !lex().names.when.match(ctx.before).hasMatch())
        return Outcome::Pass;
    ctx.info.name = d.figure.name;
    return Outcome::Done;
}

} // namespace

QList<Rule> completion()
{
    return {
        {"complete.value-of-change", Stage::Unnamed, completesChange,
         {{u"预计，地区生产总值同比增长6.5%左右，突破200亿元大关。"_s,
           u"地区生产总值 = 200亿元 Δ 6.5 同比 [预计,左右,突破,大关]"_s},
          {u"五年来，地区生产总值年均增长6.2%，从2019年的120.5亿元增加到2024年的162.3亿元。"_s,
           u"地区生产总值 = 162.3亿元 Δ 6.2 年均 | 地区生产总值（2019年） = 120.5亿元 [基期] ^0"_s}}},
        {"complete.later-time", Stage::Unnamed, laterTime,
         {{u"粮食总产稳定在50万吨以上，2023年达到52.6万吨，增长1.5%。"_s,
           u"粮食总产 = 50万吨 [以上] | 粮食总产 = 52.6万吨 Δ 1.5 增长"_s}}},
    };
}

} // namespace parse::rules
