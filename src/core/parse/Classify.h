#pragma once

#include "Document.h"
#include "Drafts.h"
#include "Figure.h"

#include <QList>
#include <QSet>

// Puts every sentence in its innermost section and gives every figure its sentence text,
// its section, its catalogue key and its domain (Catalogue decides both).
namespace parse {

struct SentenceSections
{
    QList<int> section;        // per sentence: index into ParsedReport::sections, or -1
    QSet<int> headingSentences; // sentences that open a section (its heading)
};

class Classify
{
public:
    static SentenceSections sentences(const Document &doc, const QList<Section> &sections);
    static void figures(const Document &doc, const QList<Section> &sections, const SentenceSections &where,
                        QList<FigureDraft> &drafts);
};

} // namespace parse
