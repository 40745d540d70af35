#pragma once

#include <QString>
#include <optional>

// The units a report writes, in one table: how each is written (surface), what it counts
// (kind), which units convert into it (family) and by how much (scale, in the family's base).
// The composer uses it to decide which figures may share a chart axis; the models use it to
// convert values for display.
namespace Units {

enum class Kind {
    Money,      // 亿元, 万元: totals of money
    PerCapita,  // 元: per-capita money and standards (收入, 低保标准); never beside totals
    Foreign,    // 亿美元, 万美元
    Measure,    // areas, lengths, weights, energy: physical amounts
    People,     // 人, 万人, 人次
    Count,      // 个, 家, 处, 座, 项 …: numbers of unlike things
    Percent,    // % as a level (a share or a rate), not a change
    Other,
};

struct Unit
{
    QString surface;
    Kind kind = Kind::Other;
    QString family;
    double scale = 1;
};

// The unit as the table knows it; an unknown surface is its own family of kind Other
// (or Count when it is a measure word for things).
Unit lookup(const QString &surface);

Kind kind(const QString &surface);
QString family(const QString &surface);
// Factor to multiply a value in `from` by to get it in `to`; nullopt when not convertible.
std::optional<double> factor(const QString &from, const QString &to);
// The unit a chart of this family should use for a typical value given in `unit`: the
// largest unit of the family in which that value still reads >= 1.
QString chartUnit(const QString &unit, double typicalValue);

} // namespace Units
