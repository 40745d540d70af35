#pragma once

#include <QString>

// The one number formatter of the program (the composer, the models and QML through
// them): the report's own precision, groups of three from 10,000 up.
namespace Numbers {

// Decimals the value is written with, at most 3 (80.53 -> 2, 6 -> 0).
int decimalsOf(double value);
// Decimals a placeholder mask asks for (xx.x -> 1, xxxx -> 0).
int decimalsOfMask(const QString &mask);
// "12,345.6": fixed decimals; "," between groups of three once the value reaches 10,000.
QString format(double value, int decimals);
// A value with its own precision.
QString format(double value);

} // namespace Numbers
