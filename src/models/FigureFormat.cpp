#include "FigureFormat.h"

#include "PriorYear.h"

#include <QLocale>
#include <cmath>

namespace FigureFormat {

namespace {

struct UnitScale
{
    const char16_t *unit;
    const char16_t *family;
    double scale; // in the family's base unit
};

// Per-capita 元 is its own family: putting 36,583 元 next to 12.3 亿元 on one axis is
// meaningless even though the units convert.
const UnitScale kUnits[] = {
    {u"亿元", u"money", 1e8},       {u"万元", u"money", 1e4},
    {u"亿美元", u"usd", 1e8},       {u"万美元", u"usd", 1e4},
    {u"万亩", u"area-mu", 1e4},     {u"亩", u"area-mu", 1},
    {u"万平方米", u"area-m2", 1e4}, {u"平方米", u"area-m2", 1},
    {u"万人", u"people", 1e4},      {u"人", u"people", 1},
    {u"万人次", u"visits", 1e4},    {u"人次", u"visits", 1},
    {u"万头", u"head", 1e4},        {u"头", u"head", 1},
    {u"亿斤", u"jin", 1e8},         {u"万斤", u"jin", 1e4}, {u"斤", u"jin", 1},
    {u"万吨", u"ton", 1e4},         {u"吨", u"ton", 1},
    {u"公里", u"km", 1},            {u"%", u"percent", 1},
};

const UnitScale *lookup(const QString &unit)
{
    for (const UnitScale &u : kUnits) {
        if (unit == QStringView(u.unit))
            return &u;
    }
    return nullptr;
}

} // namespace

int decimalsOf(double value)
{
    for (int d = 0; d < 2; ++d) {
        const double p = std::pow(10.0, d);
        if (std::abs(std::round(value * p) - value * p) < 1e-6)
            return d;
    }
    return 2;
}

int decimals(const Figure &figure)
{
    const int dot = figure.mask.indexOf(u'.');
    if (!figure.mask.isEmpty())
        return dot < 0 ? 0 : int(figure.mask.size() - dot - 1);
    return figure.value ? decimalsOf(*figure.value) : 0;
}

QString number(double value, int decimals)
{
    QLocale c = QLocale::c();
    if (std::abs(value) >= 10000)
        c.setNumberOptions(QLocale::DefaultNumberOptions);
    else
        c.setNumberOptions(QLocale::OmitGroupSeparator);
    return c.toString(value, 'f', decimals);
}

QString family(const QString &unit)
{
    if (const UnitScale *u = lookup(unit))
        return QString::fromUtf16(u->family);
    return unit;
}

std::optional<double> factor(const QString &from, const QString &to)
{
    if (from == to)
        return 1.0;
    const UnitScale *a = lookup(from);
    const UnitScale *b = lookup(to);
    if (!a || !b || QStringView(a->family) != QStringView(b->family))
        return std::nullopt;
    return a->scale / b->scale;
}

double roundForChart(double value)
{
    const double p = std::abs(value) < 1 ? 1000.0 : 100.0;
    return std::round(value * p) / p;
}

QString chartUnit(const QString &unit, double typicalValue)
{
    const UnitScale *u = lookup(unit);
    if (!u)
        return unit;
    const UnitScale *best = nullptr;
    for (const UnitScale &c : kUnits) {
        if (QStringView(c.family) != QStringView(u->family))
            continue;
        const double inC = typicalValue * u->scale / c.scale;
        if (inC >= 1 && (!best || c.scale > best->scale))
            best = &c;
    }
    return best ? QString::fromUtf16(best->unit) : unit;
}

QString shortName(const QString &name)
{
    static const std::pair<const char16_t *, const char16_t *> kAbbrev[] = {
        {u"规模以上工业增加值", u"规上工业增加值"},
        {u"限额以上社会消费品零售总额", u"限上社零总额"},
        {u"社会消费品零售总额", u"社零总额"},
        {u"全社会固定资产投资", u"固定资产投资"},
        {u"一般公共预算收入", u"公共预算收入"},
        {u"城镇居民人均可支配收入", u"城镇居民收入"},
        {u"农村居民人均可支配收入", u"农村居民收入"},
        {u"外贸进出口总额", u"外贸进出口"},
    };
    QString s = name;
    for (const auto &[longName, shortForm] : kAbbrev)
        s.replace(QString::fromUtf16(longName), QString::fromUtf16(shortForm));
    constexpr int maxChars = 8;
    if (s.size() > maxChars)
        s = s.left(maxChars - 1) + u'…';
    return s;
}

std::optional<double> priorValue(const Figure &figure)
{
    if (figure.pending || figure.growthPending)
        return std::nullopt;
    return derivePriorYearValue(figure.value, figure.growth, figure.growthKind, figure.unit);
}

QStringList domains()
{
    return {QStringLiteral("economy"), QStringLiteral("agriculture"), QStringLiteral("industry"),
            QStringLiteral("urban"), QStringLiteral("social")};
}

} // namespace FigureFormat
