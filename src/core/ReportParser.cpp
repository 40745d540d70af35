#include "ReportParser.h"

#include "parse/Classify.h"
#include "parse/Document.h"
#include "parse/Drafts.h"
#include "parse/Header.h"
#include "parse/Highlights.h"
#include "parse/Names.h"
#include "parse/Outline.h"
#include "parse/Parts.h"
#include "parse/Quantities.h"
#include "parse/SentenceReader.h"

// The passes, in order. Each lives in src/core/parse/; the phrasing rules the sentence
// reader applies are in src/core/parse/rules/, run in the order of rules/Registry.cpp.
ParsedReport ReportParser::parse(const QString &text)
{
    using namespace parse;
    const Document doc(text);
    ParsedReport report;
    report.text = text;

    // Structure: the outline, then county, year and title from the preamble.
    Outline::Result outline = Outline::read(doc);
    report.sections = std::move(outline.sections);
    Header::read(doc, outline.firstHeadingEnd, report);

    // Figures: the quantities of each sentence, read by the rules.
    Drafts drafts(doc);
    QList<QList<Quantity>> quantities = Quantities::bySentence(doc);
    for (int si = 0; si < quantities.size(); ++si) {
        if (!quantities.at(si).isEmpty())
            SentenceReader::read(doc, drafts, si, quantities[si]);
    }
    QList<FigureDraft> figures = drafts.take();

    // Where each figure stands, what it is, and the sentences for the ticker.
    const SentenceSections where = Classify::sentences(doc, report.sections);
    Classify::figures(doc, report.sections, where, figures);
    report.highlights = Highlights::pick(doc, report.sections, where, figures);
    report.figures.reserve(figures.size());
    for (FigureDraft &d : figures)
        report.figures.append(std::move(d.figure));

    // After the parser proper: the report part and year of each figure, whole names.
    assignParts(report);
    repairNames(report, doc.normalised());
    return report;
}
