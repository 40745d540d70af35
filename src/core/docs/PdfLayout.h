#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

// Turns the lines a PDF page draws into the paragraphs a reader sees: page numbers
// ("— 3 —", "-3-", "第3页") and running headers and footers dropped, lines joined
// into paragraphs where the typesetter wrapped them, a title set over two lines in a
// large font joined again. Pure geometry, so it is tested without any PDF.
class PdfLayout
{
public:
    struct Line
    {
        QString text;
        QRectF box; // in points, y growing downwards
    };
    struct Page
    {
        QSizeF size;
        QList<Line> lines; // in reading order
    };

    // One paragraph a line, separated by '\n'.
    static QString compose(const QList<Page> &pages);
};
