#pragma once

#include <QString>

// Whether a label may stand on a card or a chart: a whole indicator name as the parser
// judges it (parse/Names.h isWholeIndicatorName), short enough to read from across the room.
namespace WholeName {

bool looksWhole(const QString &label);
// The report's own wording carries pieces of its sentence (digits, a list with 、, stray
// marks): whatever label it maps to, the figure is a fragment.
bool isSentencePiece(const QString &name);

} // namespace WholeName
