#include "NumberFormat.h"

#include "FigureFormat.h"

#include <cmath>

NumberFormat::NumberFormat(QObject *parent)
    : QObject(parent)
{
}

NumberFormat *NumberFormat::create(QQmlEngine *, QJSEngine *)
{
    // Stateless: each engine owns its own.
    return new NumberFormat;
}

QString NumberFormat::number(double value, int decimals) const
{
    return FigureFormat::number(value, std::clamp(decimals, 0, 6));
}

QString NumberFormat::change(double magnitude) const
{
    return FigureFormat::number(magnitude, FigureFormat::decimalsOf(magnitude));
}
