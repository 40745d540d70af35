#include "PriorYear.h"

bool isYearOnYear(const QString &growthKind)
{
    if (growthKind.contains(u"年均") || growthKind.contains(u"倍") || growthKind.contains(u"百分点"))
        return false;
    // 比2015年 and the like compare with a base year, not the year before.
    return !(growthKind.startsWith(u'比') && growthKind.size() > 1 && growthKind.at(1).isDigit());
}

std::optional<double> derivePriorYearValue(const std::optional<double> &value, const std::optional<double> &growth,
                                           const QString &growthKind, const QString &unit)
{
    if (!value || !growth || unit == QLatin1String("%") || !isYearOnYear(growthKind))
        return std::nullopt;
    const double base = 1.0 + *growth / 100.0;
    if (base <= 0)
        return std::nullopt;
    return *value / base;
}

QList<TrendPoint> withDerivedPriorYears(const QList<TrendPoint> &rows)
{
    QList<TrendPoint> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TrendPoint &row = rows.at(i);
        const bool previousIsLast = !out.isEmpty() && out.last().year == row.year - 1;
        const bool previousHasValue = previousIsLast && out.last().value;
        const auto prior = row.year > 0 && !previousHasValue && row.value
            ? derivePriorYearValue(row.value, row.growth, row.growthKind, row.unit)
            : std::nullopt;
        if (prior && previousIsLast) {
            TrendPoint &pending = out.last();
            pending.value = prior;
            pending.unit = row.unit;
            pending.derived = true;
        } else if (prior) {
            TrendPoint p;
            p.year = row.year - 1;
            p.value = prior;
            p.unit = row.unit;
            p.derived = true;
            out.append(p);
        }
        out.append(row);
    }
    return out;
}
