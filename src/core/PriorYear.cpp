#include "PriorYear.h"

std::optional<double> derivePriorYearValue(const std::optional<double> &value, const std::optional<double> &growth,
                                           const QString &growthKind, const QString &unit)
{
    if (!value || !growth || unit == QLatin1String("%"))
        return std::nullopt;
    if (growthKind.contains(u"年均") || growthKind.contains(u"倍") || growthKind.contains(u"百分点"))
        return std::nullopt;
    // 比2015年 and the like compare with a base year, not the year before.
    if (growthKind.startsWith(u'比') && growthKind.size() > 1 && growthKind.at(1).isDigit())
        return std::nullopt;
    const double base = 1.0 + *growth / 100.0;
    if (base <= 0)
        return std::nullopt;
    return *value / base;
}
