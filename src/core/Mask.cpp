#include "Mask.h"

#include <QLocale>
#include <cmath>

namespace Mask {

bool isMask(const QString &text)
{
    if (text.isEmpty())
        return false;
    int dots = 0;
    int xs = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'x' || c == u'X') {
            ++xs;
        } else if (c == u'.') {
            if (i == 0 || i == text.size() - 1 || ++dots > 1)
                return false;
        } else {
            return false;
        }
    }
    return xs > 0;
}

std::optional<Range> range(const QString &mask)
{
    if (!isMask(mask))
        return std::nullopt;
    const int dot = mask.indexOf(u'.');
    const int intDigits = dot < 0 ? int(mask.size()) : dot;
    const int decimals = dot < 0 ? 0 : int(mask.size()) - dot - 1;
    Range r;
    r.decimals = decimals;
    r.min = intDigits > 1 ? std::pow(10.0, intDigits - 1) : 0.0;
    r.max = std::pow(10.0, intDigits) - std::pow(10.0, -decimals);
    return r;
}

bool accepts(const QString &mask, double value, QString *why)
{
    const auto r = range(mask);
    if (!r) {
        if (why)
            *why = QStringLiteral("'%1' is not a placeholder mask").arg(mask);
        return false;
    }
    const double scale = std::pow(10.0, r->decimals);
    const double scaled = value * scale;
    const bool tooPrecise = std::fabs(scaled - std::round(scaled)) > 1e-6 * std::max(1.0, std::fabs(scaled));
    const double eps = 0.5 / scale * 1e-6;
    if (!std::isfinite(value) || value < r->min - eps || value > r->max + eps || tooPrecise) {
        if (why) {
            *why = QStringLiteral("%1 does not fit the mask %2, which takes %3 to %4 with at most %5 decimal(s)")
                       .arg(QString::number(value, 'g', 12), mask,
                            QString::number(r->min, 'f', r->decimals),
                            QString::number(r->max, 'f', r->decimals))
                       .arg(r->decimals);
        }
        return false;
    }
    return true;
}

} // namespace Mask
