#include "SentenceReader.h"

#include "Lexicon.h"
#include "Rule.h"
#include "rules/Registry.h"

#include <algorithm>

namespace parse {

namespace {

bool isChange(const Quantity &q)
{
    return lex().units.is(q.unit, UnitKind::Change);
}

// The words between the start of q's clause (or the quantity before it in the clause)
// and q's number, at most kMaxNameContext characters.
QString wordsBefore(const SentenceContext &ctx, const Quantity &q)
{
    const int clauseStart = ctx.doc.clauseStart(q.numStart, std::max(ctx.span.start, q.numStart - kMaxNameContext));
    int start = clauseStart;
    if (ctx.prev && ctx.prev->clause == q.clause)
        start = std::max(start, ctx.prev->end);
    start = std::max(start, q.numStart - kMaxNameContext);
    const int numStart = q.negative ? q.numStart - 1 : q.numStart;
    return ctx.text().mid(start, std::max(0, numStart - start));
}

// A change after a falling verb is negative; in a list the verb stands before the first.
void readSign(SentenceContext &ctx)
{
    Quantity &q = *ctx.q;
    if (!q.growth && q.negative)
        q.negative = false;
    if (!q.growth || q.negative)
        return;
    const bool listed = ctx.i > 0 && ctx.qs.at(ctx.i - 1).growth && ctx.qs.at(ctx.i - 1).clause == q.clause;
    QString verbContext = ctx.before;
    if (listed) {
        int k = ctx.i;
        while (k > 0 && ctx.qs.at(k - 1).growth && ctx.qs.at(k - 1).clause == q.clause)
            --k;
        verbContext = ctx.text().mid(std::max(ctx.span.start, ctx.qs.at(k).numStart - 20), 20);
    }
    if (lex().changes.down.match(verbContext).hasMatch())
        q.negative = true;
}

// The changes of one clause joined by 、和及与 form one list ("分别增长5%、6%和-7%").
void collectChangeList(SentenceContext &ctx)
{
    const Quantity &q = *ctx.q;
    ctx.changes = {ctx.i};
    while (ctx.i + 1 < ctx.qs.size() && ctx.qs.at(ctx.i + 1).clause == q.clause && ctx.qs.at(ctx.i + 1).unit == q.unit) {
        const Quantity &nq = ctx.qs.at(ctx.i + 1);
        const int nextStart = nq.negative ? nq.numStart - 1 : nq.numStart;
        const QString between = ctx.text().mid(ctx.qs.at(ctx.i).end, nextStart - ctx.qs.at(ctx.i).end);
        if (!lex().changes.connector.match(between).hasMatch())
            break;
        ctx.qs[ctx.i + 1].growth = true;
        ctx.qs[ctx.i + 1].negative = ctx.qs.at(ctx.i + 1).negative || q.negative;
        ++ctx.i;
        ctx.changes.append(ctx.i);
    }
}

void readChanges(SentenceContext &ctx)
{
    const int count = int(ctx.changes.size());
    // A list of changes may follow a list of names longer than one name may be.
    ctx.info = cleanName(ctx.changeBefore, true, count > 1 ? kMaxNameContext : kMaxNameLength);
    if (count > 1 && ctx.info.name.size() > kMaxNameLength && splitNames(ctx.info.name, count).isEmpty())
        ctx.info.name = ctx.info.name.right(kMaxNameLength);
    Registry::run(Stage::ChangeName, ctx);
    ctx.targets.clear();
    if (Registry::run(Stage::ChangeAttach, ctx) == Outcome::Drop)
        return; // the changes made figures of their own
    bool sameCaliber = false;
    for (int fi : std::as_const(ctx.group.figures))
        sameCaliber = sameCaliber || ctx.drafts.at(fi).sameCaliber;
    const QString kind = Drafts::growthKind(ctx.changeBefore, sameCaliber);
    for (int k = 0; k < ctx.targets.size() && k < count; ++k) {
        ctx.drafts.setGrowth(ctx.targets.at(k), ctx.qs.at(ctx.changes.at(k)), kind);
        ctx.drafts.mergeQuals(ctx.targets.at(k), ctx.info.quals);
    }
    ctx.finishGroup();
    ctx.group.grown = true;
}

// A value: attach it, name it, make its figure and add it to the clause's group.
void readValue(SentenceContext &ctx)
{
    Quantity &q = *ctx.q;
    // A 分别 list names all its items before the first value.
    ctx.info = cleanName(ctx.before, false, ctx.before.contains(QStringLiteral("分别")) ? kMaxNameContext : kMaxNameLength);
    if (Registry::run(Stage::Attach, ctx) == Outcome::Drop)
        return;
    ctx.pendingFrom = -1;
    if (q.bareUnit)
        return; // a number with no unit only ends a 由…降至 phrase
    ctx.newInvestParent = false;
    Registry::run(Stage::Name, ctx);
    if (ctx.info.name.isEmpty() && Registry::run(Stage::Unnamed, ctx) == Outcome::Drop)
        return;
    if (ctx.info.name.isEmpty())
        return; // a bare number with nothing to name it is not a figure
    const int fi = ctx.drafts.add(q, ctx.info.name, ctx.sentence);
    if (ctx.newInvestParent)
        ctx.investParent = fi;
    ctx.drafts.mergeQuals(fi, ctx.info.quals);
    if (ctx.info.sameCaliber)
        ctx.drafts.at(fi).sameCaliber = true;
    if (ctx.info.isFrom) {
        ctx.pendingFrom = fi;
        ctx.fromYear = ctx.info.fromYear;
    }
    if (ctx.investParent >= 0 && fi != ctx.investParent && !lex().units.is(q.unit, UnitKind::Money))
        ctx.drafts.figure(fi).parentIndex = ctx.investParent;

    // Values listed in one clause form a group that one list of changes can follow.
    const bool continues = !ctx.group.figures.isEmpty() && ctx.group.clause == q.clause && !ctx.group.grown;
    if (!continues) {
        ctx.finishGroup();
        ctx.group = Group();
        ctx.group.clause = q.clause;
    }
    ctx.group.figures.append(fi);
}

} // namespace

SentenceContext::SentenceContext(const Document &d, Drafts &f, int si, QList<Quantity> &quantities)
    : doc(d)
    , drafts(f)
    , sentence(si)
    , span(d.sentences().at(si))
    , qs(quantities)
    , firstFigure(f.size())
{
}

int SentenceContext::lastInSentence() const
{
    const int last = drafts.size() - 1;
    return last >= firstFigure ? last : -1;
}

QString SentenceContext::previousClause(const Quantity &quantity, int maxLength) const
{
    const QString &t = text();
    const int clauseStart = doc.clauseStart(quantity.numStart, std::max(span.start, quantity.numStart - kMaxNameContext));
    if (clauseStart <= span.start || t.at(clauseStart - 1) != u'，')
        return {};
    const int prevEnd = clauseStart - 1;
    const int prevStart = doc.clauseStart(prevEnd, std::max(span.start, prevEnd - maxLength));
    if (prevStart > span.start && !Document::isBoundary(t.at(prevStart - 1)))
        return {};
    for (const Quantity &o : qs) {
        if (o.numStart >= prevStart && o.numStart < prevEnd)
            return {};
    }
    return t.mid(prevStart, prevEnd - prevStart);
}

void SentenceContext::finishGroup()
{
    if (group.figures.isEmpty())
        return;
    Registry::run(Stage::Group, *this);
    // A list name that did not split is one long name after all.
    for (int fi : std::as_const(group.figures)) {
        QString &name = drafts.figure(fi).name;
        if (name.size() > kMaxNameLength)
            name = truncatedName(name, kMaxNameLength);
    }
}

void SentenceReader::read(const Document &doc, Drafts &drafts, int si, QList<Quantity> &qs)
{
    SentenceContext ctx(doc, drafts, si, qs);
    int segment = -1;
    for (ctx.i = 0; ctx.i < qs.size(); ++ctx.i) {
        Quantity &q = qs[ctx.i];
        ctx.q = &q;
        if (q.segment != segment) {
            ctx.finishGroup();
            ctx.group = Group();
            segment = q.segment;
        }
        ctx.prev = ctx.i > 0 ? &qs.at(ctx.i - 1) : nullptr;
        ctx.before = wordsBefore(ctx, q);
        ctx.multiple = false;
        if (Registry::run(Stage::Skip, ctx) == Outcome::Drop)
            continue;
        if (isChange(q)) {
            q.growth = Registry::run(Stage::Change, ctx) != Outcome::Pass;
            if (!q.growth && q.unit != u'%')
                continue; // a bare 百分点 or 倍 is no figure of its own
        }
        readSign(ctx);
        if (q.growth) {
            collectChangeList(ctx);
            ctx.changeBefore = ctx.multiple ? QString() : (q.flat ? ctx.before + QStringLiteral("持平") : ctx.before);
            readChanges(ctx);
            continue;
        }
        readValue(ctx);
    }
    ctx.finishGroup();
    Registry::run(Stage::Finish, ctx);
}

} // namespace parse
