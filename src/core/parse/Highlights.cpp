#include "Highlights.h"

#include "Lexicon.h"

#include <algorithm>

namespace parse {

namespace {

constexpr int kMaxHighlights = 40;

} // namespace

Highlights::Highlights(const Document &doc, const SentenceSections &where, const QList<FigureDraft> &drafts)
    : m_doc(doc)
    , m_where(where)
    , m_drafts(drafts)
    , m_sentenceFigures(doc.sentences().size(), {0, 0})
{
    for (int fi = 0; fi < drafts.size(); ++fi) {
        auto &range = m_sentenceFigures[drafts.at(fi).sentence];
        if (range.second == 0)
            range.first = fi;
        range.second = fi + 1;
    }
}

double Highlights::score(int si) const
{
    const HighlightWords &w = lex().highlights;
    const SentenceSpan &s = m_doc.sentences().at(si);
    const QString text = m_doc.text().mid(s.start, std::min(s.end - s.start, 2000));
    const bool heading = m_where.headingSentences.contains(si) && s.end - s.start <= 42;
    if (text.size() < 8 || heading)
        return 0;
    // Every real sentence can stand for its subsection when nothing there stands out.
    double score = 0.1;
    if (lex().changes.rank.match(text).hasMatch())
        score += 5;
    if (w.first.match(text).hasMatch())
        score += 4;
    if (w.national.match(text).hasMatch())
        score += 3;
    if (w.provincial.match(text).hasMatch())
        score += 1.5;
    if (w.record.match(text).hasMatch())
        score += 3;
    const auto [first, end] = m_sentenceFigures.at(si);
    for (int fi = first; fi < end; ++fi) {
        const Figure &f = m_drafts.at(fi).figure;
        const bool pending = f.pending || f.growthPending;
        double weight = pending ? 0.3 : 1.0;
        if (f.unit == QStringLiteral("亿元"))
            weight *= 2;
        score += std::min(weight, 2.0);
    }
    // Very long sentences make poor ticker lines.
    if (text.size() > 160)
        score *= 0.7;
    return score;
}

QList<Highlight> Highlights::pick(const Document &doc, const QList<Section> &sections, const SentenceSections &where,
                                  const QList<FigureDraft> &drafts)
{
    const Highlights h(doc, where, drafts);
    const int sentenceCount = int(doc.sentences().size());
    QList<double> scores(sentenceCount, 0);
    for (int si = 0; si < sentenceCount; ++si)
        scores[si] = h.score(si);

    QList<bool> chosen(sentenceCount, false);
    int count = 0;
    // At least one per leaf of the outline (level-2, or a level-1 without children): the
    // best sentence of each, level-3 items counting for their level-2.
    const int sectionCount = int(sections.size());
    QList<bool> hasChildren(sectionCount, false);
    for (const Section &o : sections) {
        if (o.level == 2 && o.parentIndex >= 0)
            hasChildren[o.parentIndex] = true;
    }
    QList<int> bestOf(sectionCount, -1);
    for (int si = 0; si < sentenceCount; ++si) {
        int owner = where.section.at(si);
        if (owner >= 0 && sections.at(owner).level > 2)
            owner = sections.at(owner).parentIndex;
        if (owner < 0 || scores.at(si) <= 0)
            continue;
        if (bestOf.at(owner) < 0 || scores.at(si) > scores.at(bestOf.at(owner)))
            bestOf[owner] = si;
    }
    for (int sec = 0; sec < sectionCount; ++sec) {
        if (sections.at(sec).level > 2 || hasChildren.at(sec))
            continue;
        const int best = bestOf.at(sec);
        if (best >= 0 && !chosen.at(best) && count < kMaxHighlights) {
            chosen[best] = true;
            ++count;
        }
    }
    QList<int> order(sentenceCount);
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores.at(a) > scores.at(b); });
    for (int si : std::as_const(order)) {
        if (count >= kMaxHighlights || scores.at(si) < 3)
            break;
        if (!chosen.at(si)) {
            chosen[si] = true;
            ++count;
        }
    }
    QList<Highlight> out;
    for (int si = 0; si < sentenceCount; ++si) {
        if (!chosen.at(si))
            continue;
        const SentenceSpan &s = doc.sentences().at(si);
        Highlight hl;
        hl.sentence = doc.sentenceText(si);
        hl.start = doc.origStart(s.start);
        hl.end = doc.origEnd(s.end);
        hl.sectionIndex = where.section.at(si);
        hl.section = hl.sectionIndex >= 0 ? sections.at(hl.sectionIndex).title : QString();
        hl.score = scores.at(si);
        out.append(hl);
    }
    return out;
}

} // namespace parse
