#include "Families.h"

#include "parse/Lexicon.h"

using namespace Qt::StringLiterals;

// Words that speak for several figures: 预计 in front of a list or a sentence, and ranks.
namespace parse::rules {

namespace {

// "预计分别实现…元、…元": 预计/累计 in front of a list speaks for every item of it.
Outcome sharedByList(SentenceContext &ctx)
{
    const QList<int> &group = ctx.group.figures;
    if (group.size() < 2)
        return Outcome::Pass;
    QStringList shared;
    for (const QString &q : ctx.drafts.figure(group.first()).qualifier.split(u',')) {
        if (q == u"预计"_s || q == u"累计"_s)
            shared << q;
    }
    if (shared.isEmpty())
        return Outcome::Pass;
    for (int k = 1; k < group.size(); ++k)
        ctx.drafts.mergeQuals(group.at(k), shared);
    return Outcome::Done;
}

// "2023年，预计…": a sentence opening with 预计 estimates every figure in it.
Outcome estimatedSentence(SentenceContext &ctx)
{
    const QStringView text = QStringView(ctx.text()).mid(ctx.span.start, ctx.span.end - ctx.span.start);
    if (!lex().changes.estimated.match(text).hasMatch() || ctx.drafts.size() == ctx.firstFigure)
        return Outcome::Pass;
    for (int fi = ctx.firstFigure; fi < ctx.drafts.size(); ++fi) {
        QString &qualifier = ctx.drafts.figure(fi).qualifier;
        QStringList quals = qualifier.isEmpty() ? QStringList() : qualifier.split(u',');
        if (!quals.contains(u"预计"_s))
            quals.prepend(u"预计"_s);
        qualifier = quals.join(u',');
    }
    return Outcome::Done;
}

// "位列全市第二", "增速分别位居全市第二、第三和第一": a rank speaks of the figures of the
// nearest clause before it, one rank each when it lists as many.
Outcome ranks(SentenceContext &ctx)
{
    const ChangeWords &w = lex().changes;
    const QString text = ctx.text().mid(ctx.span.start, ctx.span.end - ctx.span.start);
    auto it = w.rank.globalMatch(text);
    int clause = 0;
    int counted = 0;
    int upto = ctx.firstFigure;
    bool decided = false;
    while (it.hasNext()) {
        const auto m = it.next();
        for (; counted < m.capturedStart(0); ++counted) {
            if (Document::endsClause(text.at(counted)))
                ++clause;
        }
        // Looking back a bounded number of figures keeps a huge unpunctuated line linear.
        const int rankStart = ctx.doc.origStart(ctx.span.start + int(m.capturedStart(0)));
        while (upto < ctx.drafts.size() && ctx.drafts.figure(upto).start < rankStart)
            ++upto;
        const int from = std::max(ctx.firstFigure, upto - 64);
        int best = -1;
        for (int fi = from; fi < upto; ++fi) {
            const int c = ctx.drafts.at(fi).clause;
            if (c <= clause && ctx.drafts.figure(fi).parentIndex < 0)
                best = std::max(best, c);
        }
        if (best < 0)
            continue;
        QStringList ranks{m.captured(0)};
        const auto head = w.rankOrdinal.match(m.captured(0));
        int at = int(m.capturedEnd(0));
        while (head.hasMatch()) {
            const auto n = w.rankMore.match(QStringView(text).mid(at, 16));
            if (!n.hasMatch())
                break;
            ranks << m.captured(0).left(head.capturedStart()) + n.captured(1);
            at += int(n.capturedLength(0));
        }
        QList<int> owners;
        for (int fi = from; fi < upto; ++fi) {
            if (ctx.drafts.at(fi).clause == best && ctx.drafts.figure(fi).rank.isEmpty())
                owners << fi;
        }
        for (int k = 0; k < owners.size(); ++k)
            ctx.drafts.figure(owners.at(k)).rank = ranks.size() == owners.size() ? ranks.at(k) : ranks.first();
        decided = decided || !owners.isEmpty();
    }
    return decided ? Outcome::Done : Outcome::Pass;
}

} // namespace

QList<Rule> qualifiers()
{
    return {
        {"qualify.shared-by-list", Stage::Group, sharedByList,
         {{u"城乡居民人均可支配收入预计分别实现xxxxx元、xxxxx元，年均分别增长x%、xx%。"_s,
           u"城镇居民人均可支配收入 = xxxxx元 Δ x 年均 [预计] | 农村居民人均可支配收入 = xxxxx元 Δ xx 年均 [预计]"_s}}},
        {"qualify.estimated-sentence", Stage::Finish, estimatedSentence,
         {{u"预计，地区生产总值同比增长6.5%左右，突破200亿元大关。"_s,
           u"地区生产总值 = 200亿元 Δ 6.5 同比 [预计,左右,突破,大关]"_s}}},
        {"qualify.ranks", Stage::Finish, ranks,
         {{u"粮食总产8.6亿斤，同比增长3.2%，位列全市第二。"_s,
           u"粮食总产 = 8.6亿斤 Δ 3.2 同比 @位列全市第二"_s},
          {u"规模以上工业增加值、固定资产投资和社会消费品零售总额分别增长8.5%、7.2%和9.1%，增速分别位居全市第二、第三和第一。"_s,
           u"规模以上工业增加值 Δ 8.5 增长 @位居全市第二 | 固定资产投资 Δ 7.2 增长 @位居全市第三 | 社会消费品零售总额 Δ 9.1 增长 @位居全市第一"_s}}},
    };
}

} // namespace parse::rules
