#pragma once

#include "Figure.h"

#include <QHash>
#include <QString>
#include <optional>

// Presentation rules shared by the models: how a value is written, which units convert
// into each other, and a short label for chart axes.
namespace FigureFormat {

// Decimals to show for a value: the mask's when the figure was a placeholder, else as
// few as the value needs (at most 2).
int decimals(const Figure &figure);
int decimalsOf(double value);

// "1,234.5" style, with grouping from 10,000 up.
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

// Where an indicator stands among those a county's leaders look for first (0 = GDP), or
// -1 when it is not one of them.
int headlineRank(const Figure &figure);

// The figure a domain leads with (its headline and its exported detail): a stated value
// first, then one with a change (so the trend shows the derived prior year) or with
// parts, then the leaders' order. figures: the domain's top-level figures, in report
// order. Returns 0 when there is none.
qint64 pickDomainHeadline(const QList<Figure> &figures, const QHash<qint64, QList<Figure>> &parts);

// A chart title that says what the chart holds, from its unit family and its figures
// (经济总量, 投资额, 人数, 设施数量 ...).
QString seriesTitle(const QString &domain, const QString &family, const QList<Figure> &figures);

// Prior-year value derived from a year-on-year change; nullopt for average annual growth
// or when value or growth is missing.
std::optional<double> priorValue(const Figure &figure);

// Domain ids in page order and their on-screen titles (translated by the caller).
QStringList domains();

} // namespace FigureFormat
