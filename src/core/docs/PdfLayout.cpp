#include "PdfLayout.h"

#include "PageFurniture.h"
#include "TextNormalizer.h"

#include <QHash>

#include <algorithm>

namespace {

// Headers and footers live in the outer part of the page.
constexpr double kMarginBand = 0.14;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int i = std::clamp(int(p * (values.size() - 1) + 0.5), 0, int(values.size()) - 1);
    return values.at(i);
}

// What stays of a header line from page to page: its text without the numbers in it
// ("2023年政府工作报告 第3页" and "… 第4页" are one header).
QString headerKey(const QString &text)
{
    QString key;
    for (const QChar c : text) {
        if (!c.isSpace() && !c.isDigit())
            key += c;
    }
    return key;
}

struct Placed
{
    const PdfLayout::Line *line;
    int page;
};

} // namespace

QString PdfLayout::compose(const QList<Page> &pages)
{
    // Pass 1: drop page numbers at the top or bottom of a page, and count the lines
    // that open or close pages, to find running headers and footers.
    QList<QList<const Line *>> kept(pages.size());
    QHash<QString, int> topCount;
    QHash<QString, int> bottomCount;
    auto inBand = [](const Page &page, const Line &line, bool top) {
        const double h = page.size.height() > 0 ? page.size.height() : 842.0;
        return top ? line.box.bottom() <= h * kMarginBand : line.box.top() >= h * (1.0 - kMarginBand);
    };
    for (int p = 0; p < pages.size(); ++p) {
        const Page &page = pages.at(p);
        for (const Line &line : page.lines) {
            if (line.text.trimmed().isEmpty())
                continue;
            if (PageFurniture::isPageNumber(line.text, 4) && (inBand(page, line, true) || inBand(page, line, false)))
                continue;
            kept[p].append(&line);
        }
        if (kept[p].isEmpty())
            continue;
        const Line *first = kept[p].constFirst();
        const Line *last = kept[p].constLast();
        if (inBand(page, *first, true))
            ++topCount[headerKey(first->text)];
        if (last != first && inBand(page, *last, false))
            ++bottomCount[headerKey(last->text)];
    }
    // A line that opens (closes) a third of the pages, and at least two, is a running
    // header (footer).
    const int needed = std::max(2, int(pages.size()) / 3);
    QList<Placed> body;
    for (int p = 0; p < pages.size(); ++p) {
        QList<const Line *> &lines = kept[p];
        if (!lines.isEmpty() && inBand(pages.at(p), *lines.constFirst(), true)
            && topCount.value(headerKey(lines.constFirst()->text)) >= needed)
            lines.removeFirst();
        if (!lines.isEmpty() && inBand(pages.at(p), *lines.constLast(), false)
            && bottomCount.value(headerKey(lines.constLast()->text)) >= needed)
            lines.removeLast();
        for (const Line *line : std::as_const(lines))
            body.append({line, p});
    }
    if (body.isEmpty())
        return {};

    // Pass 2: the body's geometry — its margins, the usual line height and gap.
    QList<double> lefts;
    QList<double> rights;
    QList<double> heights;
    QList<double> gaps;
    for (int i = 0; i < body.size(); ++i) {
        const QRectF &box = body.at(i).line->box;
        lefts << box.left();
        rights << box.right();
        heights << box.height();
        if (i > 0 && body.at(i - 1).page == body.at(i).page) {
            const double gap = box.top() - body.at(i - 1).line->box.bottom();
            if (gap > -box.height() / 2)
                gaps << gap;
        }
    }
    const double left = percentile(lefts, 0.1);
    const double right = percentile(rights, 0.9);
    const double em = std::max(1.0, percentile(heights, 0.5));
    const double usualGap = gaps.isEmpty() ? em * 0.5 : percentile(gaps, 0.5);

    // Pass 3: a line opens a paragraph when it is indented (first-line indent, centred
    // headings), when the line before stopped short of the right margin, or after a
    // gap wider than the usual line spacing. Two lines of one large title are one.
    QString out;
    for (int i = 0; i < body.size(); ++i) {
        const Line &line = *body.at(i).line;
        const QString text = line.text.trimmed();
        bool join = false;
        if (i > 0) {
            const Line &prev = *body.at(i - 1).line;
            const bool samePage = body.at(i - 1).page == body.at(i).page;
            const double gap = line.box.top() - prev.box.bottom();
            const bool large = prev.box.height() > em * 1.2 && line.box.height() > em * 1.2
                && std::abs(prev.box.height() - line.box.height()) < em * 0.2;
            if (large && samePage && gap < line.box.height())
                join = true;
            else if (line.box.left() > left + em * 0.8)
                join = false;
            else if (prev.box.right() < right - em * 1.5)
                join = false;
            else if (samePage && gap > usualGap + em * 0.6)
                join = false;
            else
                join = true;
        }
        if (i > 0) {
            if (!join)
                out += u'\n';
            else if (TextNormalizer::lineBreakIsSpace(out, text))
                out += u' ';
        }
        out += text;
    }
    return out;
}
