#pragma once

#include "Figure.h"

#include <QStringList>

// Edits of a parsed report's figure list that keep it consistent: figures in text order,
// parentIndex pointing at the right figure, key and domain following the name.
namespace FigureEdits {

// Titles of the section and its parents, innermost first (what Catalogue::domainFor reads).
QStringList sectionChain(const ParsedReport &report, int sectionIndex);

// Gives a figure a new name, with the key and domain that go with it.
void rename(const ParsedReport &report, Figure &figure, const QString &name);

// Inserts a figure at its place in text order (by start offset).
void insert(ParsedReport &report, Figure figure);

// Removes a figure; its children lose their parent.
void remove(ParsedReport &report, int index);

} // namespace FigureEdits
