#pragma once

#include <QString>
#include <optional>

// Reads the number in one cell of a fill file, strictly: digits with at most one decimal
// point, a sign only where it is allowed, an optional trailing %; full-width digits and signs
// count as ASCII. No exponent, no thousands separator (the CSV reader removes those of a
// quoted "5,620" before), no inf or nan: a typo is refused, never read as another number.
namespace FillNumber {

struct Result
{
    bool ok = false;
    std::optional<double> value;   // nullopt for an empty cell
    QString why;                   // why the cell was refused
};

Result parse(const QString &cell, bool signAllowed);

// Full-width digits, point, signs and percent as their ASCII forms.
QString toAscii(const QString &text);

} // namespace FillNumber
