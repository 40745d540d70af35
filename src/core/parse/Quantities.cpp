#include "Quantities.h"

#include "Lexicon.h"
#include "Mask.h"
#include "Naming.h"

#include <algorithm>
#include <cmath>

namespace parse {

Quantities::Quantities(const QString &normalised)
    : m_t(normalised)
{
}

QList<QList<Quantity>> Quantities::bySentence(const Document &doc)
{
    const Quantities q(doc.text());
    QList<Quantity> all = q.scan();
    q.addUnwrittenQuantities(all);
    q.dropAttributeAmounts(all);
    QList<QList<Quantity>> out(doc.sentences().size());
    int qi = 0;
    for (int si = 0; si < doc.sentences().size(); ++si) {
        const SentenceSpan &s = doc.sentences().at(si);
        QList<Quantity> &qs = out[si];
        while (qi < all.size() && all.at(qi).numStart < s.start)
            ++qi;
        while (qi < all.size() && all.at(qi).numStart < s.end) {
            if (all.at(qi).end <= s.end)
                qs.append(all.at(qi));
            ++qi;
        }
        q.numberClauses(s, qs);
    }
    return out;
}

QList<Quantity> Quantities::scan() const
{
    QList<Quantity> all;
    auto it = lex().quantities.quantity.globalMatch(m_t);
    while (it.hasNext()) {
        const auto m = it.next();
        Quantity q;
        q.numStart = int(m.capturedStart(2));
        q.numEnd = int(m.capturedEnd(2));
        q.unitEnd = int(m.capturedEnd(4));
        q.end = int(m.capturedEnd(0));
        // An ordinal (第3次) or a date is not a quantity.
        if (q.numStart > 0 && m_t.at(q.numStart - (m.capturedLength(1) > 0 ? 2 : 1)) == u'第')
            continue;
        q.numText = m.captured(2);
        q.masked = Mask::isMask(q.numText);
        if (!q.masked) {
            bool ok = false;
            q.value = q.numText.toDouble(&ok);
            if (!ok || !std::isfinite(q.value))
                continue;
        }
        q.unit = m.captured(4);
        for (int cap : {3, 5, 6}) {
            if (m.capturedLength(cap))
                addQual(q.quals, m.captured(cap));
        }
        const int dash = int(m.capturedStart(1));
        const int sepStart = rangeSeparatorStart(m.capturedLength(1) > 0 ? dash + 1 : q.numStart);
        if (sepStart >= 0 && !all.isEmpty() && all.last().end == sepStart) {
            // "6%-7%", "3个至5个": the upper end of a range, not a negative number.
            addQual(all.last().quals, QStringLiteral("区间"));
            continue;
        }
        if (m.capturedLength(1) > 0)
            q.negative = true; // confirmed against the growth verb by the sentence reader
        else if (sepStart >= 0 && rangeLowerBound(q, sepStart))
            addQual(q.quals, QStringLiteral("区间"));
        all.append(q);
    }
    return all;
}

int Quantities::rangeSeparatorStart(int numStart) const
{
    if (numStart <= 0)
        return -1;
    const QChar c = m_t.at(numStart - 1);
    if (!(c == u'-' || c == u'至' || c == u'～' || c == u'~' || c == u'—' || c == u'–'))
        return -1;
    int sep = numStart - 1;
    if (c == u'—' && sep > 0 && m_t.at(sep - 1) == u'—')
        --sep;
    return sep;
}

// "3-5个", "6至8亿元": a range reads as its lower bound, marked 区间.
bool Quantities::rangeLowerBound(Quantity &q, int sep) const
{
    int lo = sep;
    while (lo > 0 && (m_t.at(lo - 1).isDigit() || m_t.at(lo - 1) == u'.'))
        --lo;
    if (lo == sep || q.masked || (lo > 0 && m_t.at(lo - 1).unicode() < 128 && m_t.at(lo - 1).isLetter()))
        return false;
    bool ok = false;
    const double lower = m_t.mid(lo, sep - lo).toDouble(&ok);
    if (!ok || lower > q.value)
        return false;
    q.value = lower;
    q.numStart = lo;
    q.numText = m_t.mid(lo, sep - lo);
    return true;
}

// "500万元以上项目112个", "超50亿元项目6个": an amount that says which things are
// counted is part of the counted noun's name, not a figure.
void Quantities::dropAttributeAmounts(QList<Quantity> &all) const
{
    const QuantityWords &w = lex().quantities;
    const Units &units = lex().units;
    for (int i = 0; i + 1 < all.size(); ++i) {
        const Quantity &q = all.at(i);
        const Quantity &next = all.at(i + 1);
        if (!units.is(q.unit, UnitKind::Money) || !units.is(next.unit, UnitKind::Count) || next.numStart - q.end > 8
            || next.numStart <= q.end)
            continue;
        const QString gap = m_t.mid(q.end, next.numStart - q.end);
        const bool bound = q.quals.contains(QStringLiteral("以上")) || q.quals.contains(QStringLiteral("以下"));
        if (w.attributeGap.match(gap).hasMatch() && (bound || w.attributeThings.match(gap).hasMatch()))
            all.removeAt(i--);
    }
}

// Quantities written without digits: 持平 (a growth of zero), and a bare number a
// 由…降至 phrase ends on ("贫困发生率由12.6%降至0").
void Quantities::addUnwrittenQuantities(QList<Quantity> &all) const
{
    QList<Quantity> extra;
    auto it = lex().quantities.flat.globalMatch(m_t);
    while (it.hasNext()) {
        const auto m = it.next();
        Quantity q;
        q.numStart = int(m.capturedStart());
        q.numEnd = q.unitEnd = q.end = int(m.capturedEnd());
        q.numText = QStringLiteral("0");
        q.unit = QStringLiteral("%");
        q.flat = true;
        extra.append(q);
    }
    it = lex().quantities.bare.globalMatch(m_t);
    while (it.hasNext()) {
        const auto m = it.next();
        Quantity q;
        q.numStart = int(m.capturedStart(1));
        q.numEnd = q.unitEnd = q.end = int(m.capturedEnd(1));
        q.numText = m.captured(1);
        q.value = q.numText.toDouble();
        q.bareUnit = true;
        extra.append(q);
    }
    if (extra.isEmpty())
        return;
    all.append(extra);
    std::stable_sort(all.begin(), all.end(), [](const Quantity &a, const Quantity &b) { return a.numStart < b.numStart; });
}

void Quantities::numberClauses(const SentenceSpan &s, QList<Quantity> &qs) const
{
    if (qs.isEmpty())
        return;
    int clause = 0;
    int segment = 0;
    int qi = 0;
    for (int i = s.start; i < s.end && qi < qs.size(); ++i) {
        while (qi < qs.size() && qs.at(qi).numStart == i) {
            qs[qi].clause = clause;
            qs[qi].segment = segment;
            ++qi;
        }
        const QChar c = m_t.at(i);
        if (Document::endsClause(c))
            ++clause;
        if (Document::endsSegment(c))
            ++segment;
    }
}

} // namespace parse
