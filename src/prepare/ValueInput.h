#pragma once

#include "Figure.h"

#include <QString>
#include <optional>

// What staff type into a value or growth field, read as strictly as a fill file's cells
// (FillNumber): full-width forms accepted (an IME types them), no thousands separators
// (5,620 is refused rather than guessed), a sign only where the figure takes one.
namespace ValueInput {

enum class Field { Value, Growth };

// The number, or nullopt with *why (translated) when the text is not one. Empty text is
// nullopt with an empty *why: nothing typed.
std::optional<double> parse(const QString &text, Field field, bool signAllowed, QString *why);

// "" when the text is a number that fits the figure's mask for that field, else why not,
// in words for the person typing (the range the mask admits).
QString problem(const Figure &figure, Field field, const QString &text);

} // namespace ValueInput
