#pragma once

#include "Figure.h"

#include <QList>
#include <QString>

// A placeholder of the report (xx.x, x.x) that a fill has since given a value.
struct FilledSpan
{
    int from = 0;        // offsets into the text that was searched
    int to = 0;
    QString value;       // the filled value, as the report's precision writes it
    bool demo = false;   // a shipped demo value, not a reported one
};

// A draft says "地区生产总值实现xx.x亿元，同比增长x.x%"; once its figures are filled, what is
// read should be the numbers. text: a stretch of the report that starts at offset `origin`
// of the full text; figures: those whose mention may lie in it. A value goes at the figure's
// mention, a growth at the first occurrence of its mask between the mention and the next
// figure's. Sorted by position, never overlapping.
QList<FilledSpan> filledSpans(const QString &text, int origin, QList<Figure> figures);
