#include "Families.h"

#include "parse/Lexicon.h"

using namespace Qt::StringLiterals;

// Quantities that are no figure at all.
namespace parse::rules {

namespace {

// "高于全省1.2个百分点" compares the figure with another place; it does not measure it.
Outcome comparison(SentenceContext &ctx)
{
    const Quantity &q = *ctx.q;
    if (!lex().units.is(q.unit, UnitKind::Change) || q.unit == u'%')
        return Outcome::Pass;
    return lex().changes.comparison.match(ctx.before).hasMatch() ? Outcome::Drop : Outcome::Pass;
}

} // namespace

QList<Rule> skip()
{
    return {
        {"skip.comparison", Stage::Skip, comparison,
         {{u"规模以上工业增加值增长9.1%，高于全市平均水平2.1个百分点。"_s,
           u"规模以上工业增加值 Δ 9.1 增长"_s}}},
    };
}

} // namespace parse::rules
