#include "Numbers.h"

#include <algorithm>
#include <cmath>

namespace Numbers {

int decimalsOf(double value)
{
    constexpr int kMaxDecimals = 3;
    for (int d = 0; d < kMaxDecimals; ++d) {
        const double p = std::pow(10.0, d);
        if (std::abs(std::round(value * p) - value * p) < 1e-6 * std::max(1.0, std::abs(value * p)))
            return d;
    }
    return kMaxDecimals;
}

int decimalsOfMask(const QString &mask)
{
    const qsizetype dot = mask.indexOf(u'.');
    return dot < 0 ? 0 : int(mask.size() - dot - 1);
}

QString format(double value, int decimals)
{
    // Built by hand: QLocale's grouping and JavaScript's regex grouping both doubled the
    // separator under Qt 6.4.2 ("12,,345").
    QString fixed = QString::number(std::abs(value), 'f', std::max(0, decimals));
    const qsizetype dot = fixed.indexOf(u'.');
    QString whole = dot < 0 ? fixed : fixed.left(dot);
    const QString fraction = dot < 0 ? QString() : fixed.mid(dot);
    constexpr double kGroupFrom = 10000;
    if (std::abs(value) >= kGroupFrom) {
        for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
            whole.insert(at, u',');
    }
    // -0.0 after rounding is written 0.0.
    const bool negative = value < 0 && std::round(std::abs(value) * std::pow(10.0, decimals)) > 0;
    return (negative ? QStringLiteral("-") : QString()) + whole + fraction;
}

QString format(double value)
{
    return format(value, decimalsOf(value));
}

} // namespace Numbers
