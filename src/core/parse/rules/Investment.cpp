#include "Families.h"

#include "parse/Lexicon.h"

using namespace Qt::StringLiterals;

// Money put into something: named after what it paid for or what it counted.
namespace parse::rules {

namespace {

// 投入, 累计投资, 筹措资金: at most ten characters and one of 投筹争整, which spares the
// pattern almost every name.
bool investmentWord(const SentenceContext &ctx)
{
    const QString &name = ctx.info.name;
    if (name.size() > 10)
        return false;
    const bool verb = name.contains(u'投') || name.contains(u'筹') || name.contains(u'争') || name.contains(u'整');
    return verb && lex().names.investName.match(name).hasMatch();
}

// "投入N实施X工程": the money is named after what it paid for, and the counts after it in
// the sentence are what it delivered (their parent). "投入N的X": only the name.
Outcome object(SentenceContext &ctx)
{
    if (!investmentWord(ctx))
        return Outcome::Pass;
    const auto obj = lex().names.investObject.match(QStringView(ctx.text()).mid(ctx.q->end, 30));
    const bool viaVerb = obj.hasMatch() && obj.capturedLength(1) > 0;
    const bool directObject = obj.hasMatch() && !obj.captured(0).startsWith(u'，');
    if (!obj.hasMatch() || !(viaVerb || directObject))
        return Outcome::Pass;
    QString name = obj.captured(2);
    const NameInfo oi = cleanName(name, false, kMaxNameLength, true);
    name = oi.name.isEmpty() ? name : oi.name;
    const bool of = obj.captured(1) == u'的';
    ctx.info.name = of ? name : name + u"投入"_s;
    ctx.newInvestParent = !of;
    return Outcome::Done;
}

// "137个市重点项目完成投资236.8亿元", "签约项目58个、总投资326亿元": the investment of
// what was counted just before.
Outcome ofCounted(SentenceContext &ctx)
{
    const int last = ctx.lastInSentence();
    if (!investmentWord(ctx) || !ctx.prev || last < 0)
        return Outcome::Pass;
    const FigureDraft &d = ctx.drafts.at(last);
    const bool counted = lex().units.is(d.figure.unit, UnitKind::Count) && d.segment == ctx.q->segment;
    if (ctx.prev->clause != ctx.q->clause && !counted)
        return Outcome::Pass;
    QString word = ctx.info.name;
    while (word.startsWith(u'累') || word.startsWith(u'共'))
        word.remove(0, word.startsWith(u'累') ? 2 : 1);
    if (!word.contains(u"投"_s))
        word = u"投资"_s;
    ctx.info.name = d.figure.name + word;
    return Outcome::Done;
}

} // namespace

QList<Rule> investment()
{
    return {
        {"invest.object", Stage::Name, object,
         {{u"投入2.5亿元实施棚户区改造项目，改造棚户区120户、新建道路3.5公里。"_s,
           u"棚户区改造项目投入 = 2.5亿元 | 棚户区 = 120户 ^0 | 道路 = 3.5公里 ^0"_s}}},
        {"invest.of-counted", Stage::Name, ofCounted,
         {{u"全年招商引资签约项目58个、总投资326亿元。"_s,
           u"招商引资签约项目 = 58个 | 招商引资签约项目总投资 = 326亿元"_s}}},
    };
}

} // namespace parse::rules
