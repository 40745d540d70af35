#include "Classify.h"

#include "Catalogue.h"

namespace parse {

namespace {

QStringList sectionChain(const QList<Section> &sections, int index)
{
    QStringList titles;
    for (int i = index; i >= 0 && titles.size() < 8; i = sections.at(i).parentIndex)
        titles.append(sections.at(i).title);
    return titles;
}

} // namespace

SentenceSections Classify::sentences(const Document &doc, const QList<Section> &sections)
{
    SentenceSections out;
    const QList<SentenceSpan> &spans = doc.sentences();
    out.section.resize(spans.size());
    // Sentences and sections both run in text order and sections nest, so one walk with a
    // stack of open sections finds the innermost for every sentence.
    QList<int> open;
    int next = 0;
    for (int si = 0; si < spans.size(); ++si) {
        const int offset = doc.origStart(spans.at(si).start);
        while (next < sections.size() && sections.at(next).start <= offset) {
            while (!open.isEmpty() && sections.at(open.last()).end <= sections.at(next).start)
                open.removeLast();
            open.append(next++);
        }
        while (!open.isEmpty() && sections.at(open.last()).end <= offset)
            open.removeLast();
        out.section[si] = open.isEmpty() ? -1 : open.last();
        if (!open.isEmpty() && sections.at(open.last()).start == offset)
            out.headingSentences.insert(si);
    }
    return out;
}

void Classify::figures(const Document &doc, const QList<Section> &sections, const SentenceSections &where,
                       QList<FigureDraft> &drafts)
{
    const Catalogue &catalogue = Catalogue::instance();
    for (FigureDraft &d : drafts) {
        Figure &f = d.figure;
        f.sentence = doc.sentenceText(d.sentence);
        f.sectionIndex = where.section.at(d.sentence);
        f.section = f.sectionIndex >= 0 ? sections.at(f.sectionIndex).title : QString();
        f.key = catalogue.keyFor(f.name);
        f.domain = catalogue.domainFor(f.name, sectionChain(sections, f.sectionIndex));
    }
}

} // namespace parse
