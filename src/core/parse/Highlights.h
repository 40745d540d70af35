#pragma once

#include "Classify.h"
#include "Document.h"
#include "Drafts.h"
#include "Figure.h"

// The sentences worth a place on the highlights ticker: the best of every leaf of the
// outline, then any that stand out (ranks, firsts, national, records, big amounts), at
// most kMaxHighlights, in text order.
namespace parse {

class Highlights
{
public:
    static QList<Highlight> pick(const Document &doc, const QList<Section> &sections, const SentenceSections &where,
                                 const QList<FigureDraft> &drafts);

private:
    Highlights(const Document &doc, const SentenceSections &where, const QList<FigureDraft> &drafts);
    double score(int si) const;

    const Document &m_doc;
    const SentenceSections &m_where;
    const QList<FigureDraft> &m_drafts;
    QList<std::pair<int, int>> m_sentenceFigures; // per sentence: [first, end) of its figures
};

} // namespace parse
