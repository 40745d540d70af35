#include "FigureEdits.h"

#include "Catalogue.h"

#include <algorithm>

namespace FigureEdits {

QStringList sectionChain(const ParsedReport &report, int sectionIndex)
{
    QStringList chain;
    for (int i = sectionIndex; i >= 0 && i < report.sections.size() && chain.size() < 8;
         i = report.sections.at(i).parentIndex)
        chain.append(report.sections.at(i).title);
    return chain;
}

void rename(const ParsedReport &report, Figure &figure, const QString &name)
{
    const Catalogue &catalogue = Catalogue::instance();
    figure.name = name;
    figure.key = catalogue.keyFor(name);
    figure.domain = catalogue.domainFor(name, sectionChain(report, figure.sectionIndex));
}

void insert(ParsedReport &report, Figure figure)
{
    // Children may stand before their parent in the sentence, so the list is in sentence
    // order, and in text order within a sentence.
    const auto pos = std::find_if(report.figures.begin(), report.figures.end(), [&](const Figure &g) {
        return g.sentenceStart > figure.sentenceStart
               || (g.sentenceStart == figure.sentenceStart && g.start > figure.start);
    });
    const int index = int(pos - report.figures.begin());
    for (Figure &g : report.figures) {
        if (g.parentIndex >= index)
            ++g.parentIndex;
    }
    report.figures.insert(index, std::move(figure));
}

void remove(ParsedReport &report, int index)
{
    report.figures.removeAt(index);
    for (Figure &g : report.figures) {
        if (g.parentIndex == index)
            g.parentIndex = -1;
        else if (g.parentIndex > index)
            --g.parentIndex;
    }
}

} // namespace FigureEdits
