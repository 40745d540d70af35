#include "Drafts.h"

#include "Lexicon.h"
#include "Naming.h"

#include <algorithm>

namespace parse {

Drafts::Drafts(const Document &doc)
    : m_doc(doc)
{
}

int Drafts::add(const Quantity &q, const QString &name, int si)
{
    FigureDraft d;
    Figure &f = d.figure;
    f.name = name;
    f.unit = q.unit;
    if (q.masked) {
        f.pending = true;
        f.mask = q.numText;
    } else {
        f.value = q.value;
    }
    f.start = m_doc.origStart(q.numStart);
    f.end = m_doc.origEnd(q.unitEnd);
    const SentenceSpan &s = m_doc.sentences().at(si);
    f.sentenceStart = m_doc.origStart(s.start);
    f.sentenceEnd = m_doc.origEnd(s.end);
    f.qualifier = q.quals.join(u',');
    d.sentence = si;
    d.clause = q.clause;
    d.segment = q.segment;
    return add(std::move(d));
}

int Drafts::add(FigureDraft draft)
{
    m_drafts.append(std::move(draft));
    return int(m_drafts.size()) - 1;
}

void Drafts::setValue(int fi, const Quantity &q)
{
    Figure &f = m_drafts[fi].figure;
    f.value.reset();
    f.pending = q.masked;
    f.mask = q.masked ? q.numText : QString();
    if (!q.masked)
        f.value = q.value;
    f.start = m_doc.origStart(q.numStart);
    f.end = m_doc.origEnd(q.unitEnd);
}

void Drafts::setGrowth(int fi, const Quantity &g, const QString &kind)
{
    Figure &f = m_drafts[fi].figure;
    if (g.masked) {
        f.growthPending = true;
        f.growthMask = g.numText;
        f.growth.reset();
    } else {
        f.growth = g.negative ? -g.value : g.value;
        if (f.growth && *f.growth == 0)
            f.growth = 0.0; // no -0 on screen
    }
    if (g.unit == QStringLiteral("个百分点"))
        f.growthKind = QStringLiteral("百分点");
    else if (g.unit == QStringLiteral("倍"))
        f.growthKind = QStringLiteral("倍");
    else
        f.growthKind = kind;
    addQuals(f.qualifier, g.quals);
    m_drafts[fi].clause = std::max(m_drafts.at(fi).clause, g.clause);
}

void Drafts::mergeQuals(int fi, const QStringList &extra)
{
    addQuals(m_drafts[fi].figure.qualifier, extra);
}

QString Drafts::growthKind(const QString &before, bool sameCaliber)
{
    if (sameCaliber)
        return QStringLiteral("同口径");
    if (before.contains(QStringLiteral("自然增幅")))
        return QStringLiteral("自然增幅");
    if (before.contains(QStringLiteral("年均")))
        return QStringLiteral("年均");
    if (lex().changes.lastYear.match(before).hasMatch())
        return QStringLiteral("比上年");
    if (const auto m = lex().changes.baseYear.match(before); m.hasMatch())
        return QStringLiteral("比%1年").arg(m.captured(1));
    if (before.contains(QStringLiteral("同比")))
        return QStringLiteral("同比");
    if (before.contains(QStringLiteral("增幅")))
        return QStringLiteral("增幅");
    return QStringLiteral("增长");
}

} // namespace parse
