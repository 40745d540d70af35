#pragma once

#include <QChar>

// Text taken out of PDFs often carries radical code points instead of the characters
// they look like: "⻓" (U+2ED3) for 长, "⼀" (U+2F00) for 一. Fonts map both to one
// glyph and the PDF's ToUnicode table names whichever came first, so the copy looks
// right and matches nothing. This maps them back to the unified ideographs.
class CjkRadicals
{
public:
    // The unified ideograph c stands for, or c itself.
    static QChar toIdeograph(QChar c);
};
