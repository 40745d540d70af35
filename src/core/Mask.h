#pragma once

#include <QString>
#include <optional>

// Placeholder masks as draft reports write them: "xx.x" is two digits and one decimal,
// "xxxx" four digits, "x.xx" one digit and two decimals. Upper-case X counts the same.
namespace Mask {

// True when the text is a placeholder mask: only x/X, with at most one '.' between them.
bool isMask(const QString &text);

// The range of values a mask admits: "xx.x" -> 10.0 .. 99.9, "x" -> 0 .. 9.
struct Range
{
    double min = 0;
    double max = 0;
    int decimals = 0;
};
std::optional<Range> range(const QString &mask);

// Checks a value against a mask. On refusal, *why says what the mask expects.
bool accepts(const QString &mask, double value, QString *why = nullptr);

} // namespace Mask
