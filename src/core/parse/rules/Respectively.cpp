#include "Families.h"

#include "parse/Lexicon.h"

using namespace Qt::StringLiterals;

// 分别 and other lists: several names, several values, several changes, matched in order.
namespace parse::rules {

namespace {

// "A、B…和I，分别增长…": the names stand alone in the clause before the changes.
Outcome namesBeforeList(SentenceContext &ctx)
{
    const int count = int(ctx.changes.size());
    if (!ctx.info.name.isEmpty() || count < 2 || !(ctx.group.figures.isEmpty() || ctx.group.grown))
        return Outcome::Pass;
    const QString clause = ctx.previousClause(ctx.qs.at(ctx.changes.first()), 400);
    if (clause.isEmpty())
        return Outcome::Pass;
    QStringList names = splitNames(cleanName(clause, false, 400).name, count);
    if (names.size() != count)
        return Outcome::Pass;
    for (QString &n : names)
        n = cleanName(n, false).name;
    ctx.info.name = names.join(u'、');
    return Outcome::Done;
}

// "接待游客326万人次，实现旅游收入28.6亿元，分别增长15.2%和18.3%": the values may stand
// in clauses of their own; the changes go to the last values of the segment, in order.
Outcome acrossClauses(SentenceContext &ctx)
{
    const int count = int(ctx.changes.size());
    if (count < 2)
        return Outcome::Pass;
    const int segment = ctx.qs.at(ctx.changes.first()).segment;
    QList<int> found;
    for (int fi = ctx.drafts.size() - 1; fi >= 0 && found.size() < count; --fi) {
        const FigureDraft &d = ctx.drafts.at(fi);
        if (d.sentence != ctx.sentence || d.segment != segment)
            break;
        if (d.figure.parentIndex >= 0)
            continue;
        if (d.figure.growth || d.figure.growthPending)
            break;
        found.prepend(fi);
    }
    if (found.size() != count)
        return Outcome::Pass;
    ctx.targets = found;
    return Outcome::Done;
}

// "一般公共预算收入和支出分别达4.78亿元、20.2亿元": the later items are bare measures
// (支出, 出口, 贷款 …) that share the head of the first: 一般公共预算支出.
Outcome sharedHead(SentenceContext &ctx)
{
    const QList<int> &group = ctx.group.figures;
    const QStringList &measures = lex().names.parallel;
    const QStringList parts = ctx.drafts.figure(group.first()).name.split(lex().names.listSeparator, Qt::SkipEmptyParts);
    if (group.size() < 2 || parts.size() != group.size())
        return Outcome::Pass;
    const QString &first = parts.first();
    QString head;
    for (const QString &w : measures) {
        if (first.endsWith(w) && first.size() > w.size()) {
            head = first.chopped(w.size());
            break;
        }
    }
    if (head.isEmpty())
        return Outcome::Pass;
    for (int k = 1; k < parts.size(); ++k) {
        if (!measures.contains(parts.at(k)))
            return Outcome::Pass;
    }
    ctx.drafts.figure(group.first()).name = first;
    for (int k = 1; k < parts.size(); ++k)
        ctx.drafts.figure(group.at(k)).name = head + parts.at(k);
    return Outcome::Done;
}

// "城乡居民人均可支配收入分别达到…元和…元", "存贷款余额分别为…": one name per value.
Outcome splitListName(SentenceContext &ctx)
{
    const QList<int> &group = ctx.group.figures;
    const QStringList names = splitNames(ctx.drafts.figure(group.first()).name, int(group.size()));
    if (names.size() != group.size())
        return Outcome::Pass;
    for (int k = 0; k < names.size(); ++k)
        ctx.drafts.figure(group.at(k)).name = names.at(k);
    return Outcome::Done;
}

} // namespace

QList<Rule> respectively()
{
    return {
        {"list.names-before-changes", Stage::ChangeName, namesBeforeList,
         {{u"地区生产总值、规模以上工业增加值、固定资产投资，分别增长5.8%、5%和6%。"_s,
           u"地区生产总值 Δ 5.8 增长 | 规模以上工业增加值 Δ 5 增长 | 固定资产投资 Δ 6 增长"_s}}},
        {"list.changes-across-clauses", Stage::ChangeAttach, acrossClauses,
         {{u"接待游客326万人次，实现旅游综合收入28.6亿元，分别增长15.2%和18.3%。"_s,
           u"接待游客 = 326万人次 Δ 15.2 增长 | 旅游综合收入 = 28.6亿元 Δ 18.3 增长"_s}}},
        {"list.shared-head", Stage::Group, sharedHead,
         {{u"一般公共预算收入和支出分别达4.78亿元、20.2亿元。"_s,
           u"一般公共预算收入 = 4.78亿元 | 一般公共预算支出 = 20.2亿元"_s}}},
        {"list.split-names", Stage::Group, splitListName,
         {{u"金融机构存贷款余额分别为256.3亿元、189.6亿元。"_s,
           u"金融机构存款余额 = 256.3亿元 | 金融机构贷款余额 = 189.6亿元"_s}}},
    };
}

} // namespace parse::rules
