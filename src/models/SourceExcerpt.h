#pragma once

#include "Figure.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <utility>

// The source of a figure as the detail shows it: its paragraph, cut at sentence ends to what
// a panel can hold around the figure's sentence, in pieces the view styles (context, the
// sentence, the figure's own words). Placeholders filled since the import read as their
// values; each such piece keeps the placeholder for the view to show on demand.
namespace SourceExcerpt {

struct Piece
{
    enum Kind { Context, Sentence, Mention };
    Kind kind = Context;
    QString text;
    QString placeholder; // the report's placeholder a filled value stands for; empty if none
    bool demo = false;   // the filled value is a shipped demo value
};

// [start, end) of the paragraph (the line of the text) that holds [from, to).
std::pair<int, int> paragraph(const QString &text, int from, int to);

// sentence*/mention*: offsets into text; a mention outside the sentence marks nothing.
// filled: the report's figures, whose filled placeholders are replaced where they fall.
QList<Piece> build(const QString &text, int sentenceStart, int sentenceEnd, int mentionStart, int mentionEnd,
                   const QList<Figure> &filled);

// For QML: {text, kind: "context" | "sentence" | "mention", placeholder, demo} a piece.
QVariantList toVariantList(const QList<Piece> &pieces);

// The text of the pieces of one kind, up to the first mention when untilMention.
QString plainText(const QList<Piece> &pieces, Piece::Kind kind, bool untilMention);

// The figure's sentence cut to about `room` characters around the figure's own words, with
// "…" where it was cut: a long sentence never hides the figure it is there to show.
QString around(const Figure &figure, int room);

} // namespace SourceExcerpt
