#pragma once

#include <QString>

// Whether a label reads as a whole indicator name from across the room. The parser repairs
// fragments where it can (see parse/Names.h once it lands); the wall still refuses what is
// left: scope words alone (村, 省级), comparisons (较年初), verbs cut from their object
// (做大, 构建), lists (A、B), and names broken off mid-word.
namespace WholeName {

bool looksWhole(const QString &label);
// The report's own wording carries pieces of its sentence (digits, a list with 、, stray
// marks): whatever label it maps to, the figure is a fragment.
bool isSentencePiece(const QString &name);

} // namespace WholeName
