#include "PdfReader.h"

#include "CjkRadicals.h"
#include "PdfLayout.h"

#include <poppler-qt6.h>

namespace {

ReadResult failure(const QString &error)
{
    ReadResult r;
    r.error = error;
    return r;
}

bool isAsciiWordChar(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

// Poppler's own word order follows font runs: a number set in the Latin font can land
// lines away from the Chinese around it. Reports are set in one column, so the words
// are put back in order by their place on the page: into lines by their vertical
// centre, each line left to right. A space is kept only between ASCII words
// ("Windows 10"): between Chinese characters, and between a number and its unit, a gap
// is the typesetter's spacing, not text.
PdfLayout::Page readPage(const Poppler::Page &page)
{
    struct Word
    {
        QString text;
        QRectF box;
    };
    QList<Word> words;
    for (const auto &box : page.textList()) {
        if (!box->text().trimmed().isEmpty())
            words.append({box->text().trimmed(), box->boundingBox()});
    }
    std::stable_sort(words.begin(), words.end(),
                     [](const Word &a, const Word &b) { return a.box.center().y() < b.box.center().y(); });
    QList<QList<Word>> rows;
    QRectF rowBox;
    for (const Word &w : std::as_const(words)) {
        const double tolerance = 0.5 * std::max(w.box.height(), rowBox.height());
        if (rows.isEmpty() || std::abs(w.box.center().y() - rowBox.center().y()) > tolerance) {
            rows.append(QList<Word>());
            rowBox = w.box;
        } else {
            rowBox = rowBox.united(w.box);
        }
        rows.last().append(w);
    }

    PdfLayout::Page out;
    out.size = page.pageSizeF();
    for (QList<Word> &row : rows) {
        std::stable_sort(row.begin(), row.end(), [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
        PdfLayout::Line line;
        for (const Word &w : std::as_const(row)) {
            if (!line.text.isEmpty()) {
                const double gap = w.box.left() - line.box.right();
                if (gap > 0.2 * w.box.height() && isAsciiWordChar(line.text.back()) && isAsciiWordChar(w.text.front()))
                    line.text += u' ';
            }
            line.text += w.text;
            line.box = line.box.isNull() ? w.box : line.box.united(w.box);
        }
        out.lines.append(line);
    }
    return out;
}

} // namespace

ReadResult PdfReader::read(const QByteArray &pdfBytes)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdfBytes);
    if (!document)
        return failure(QStringLiteral("The PDF cannot be opened (it is damaged or incomplete)."));
    if (document->isLocked())
        return failure(QStringLiteral("The PDF is protected by a password; save a copy without the password and import that."));
    QList<PdfLayout::Page> pages;
    qsizetype characters = 0;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        pages.append(readPage(*page));
        for (const PdfLayout::Line &line : std::as_const(pages.last().lines))
            characters += line.text.trimmed().size();
    }
    // A scan carries no text at all, or a few stray characters from a stamp or an
    // OCR-less producer; a report has hundreds on every page.
    if (characters < 20 * std::max<qsizetype>(1, pages.size() / 4))
        return failure(QStringLiteral("The PDF has no text layer (a scanned document?); it cannot be read without OCR. "
                                      "Import the Word file or a PDF saved from it instead."));
    ReadResult r;
    r.text = PdfLayout::compose(pages);
    for (QChar &c : r.text)
        c = CjkRadicals::toIdeograph(c);
    r.format = QStringLiteral("pdf");
    r.ok = true;
    return r;
}
