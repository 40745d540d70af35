#pragma once

#include "Figure.h"

#include <QHash>
#include <QString>
#include <optional>

// Presentation rules shared by the models: how a value is written, which units convert
// into each other, and a short label for chart axes.
namespace FigureFormat {

// Decimals to show for a value: the mask's when the figure was a placeholder, else the
// report's own (at most 3).
int decimals(const Figure &figure);
int decimalsOf(double value);

// Numbers::format: "12,345.6", grouped from 10,000 up.
QString number(double value, int decimals);

// Units that convert into each other share a family: 亿元/万元/元 (money, but per-capita 元
// stays apart), 万亩/亩, 万人/人, 万头/头, 万平方米/平方米 ...
QString family(const QString &unit);
// Factor to multiply a value in `from` by to get it in `to`; nullopt when not convertible.
std::optional<double> factor(const QString &from, const QString &to);
// The unit a chart of this family should use for a typical (median) value given in
// `unit`: the largest unit in which that value still reads >= 1.
QString chartUnit(const QString &unit, double typicalValue);
// Rounds to what a chart label can show (at most 2 decimals, 3 below 1).
double roundForChart(double value);

// A label short enough for a chart axis: known abbreviations (规上, 限上社零), lists cut
// to their first item (马铃薯等基地), 各类/全社会 and 投入/总额 dropped, then at most
// maxChars characters. Shared by every chart and card so one indicator reads the same.
QString shortName(const QString &name, int maxChars = 7);



// Prior-year value derived from a year-on-year change; nullopt for average annual growth
// or when value or growth is missing.
std::optional<double> priorValue(const Figure &figure);


} // namespace FigureFormat
