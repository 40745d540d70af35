#include "Units.h"

#include <QStringList>

namespace Units {

namespace {

struct Row
{
    const char16_t *surface;
    Kind kind;
    const char16_t *family;
    double scale;
};

// Per-capita 元 is its own family: 36,583 元 beside 12.3 亿元 on one axis says nothing even
// though the units convert.
const Row kUnits[] = {
    {u"亿元", Kind::Money, u"money", 1e8},
    {u"万元", Kind::Money, u"money", 1e4},
    {u"元", Kind::PerCapita, u"元", 1},
    {u"亿美元", Kind::Foreign, u"usd", 1e8},
    {u"万美元", Kind::Foreign, u"usd", 1e4},
    {u"美元", Kind::Foreign, u"usd", 1},
    {u"万亩", Kind::Measure, u"area-mu", 1e4},
    {u"亩", Kind::Measure, u"area-mu", 1},
    {u"平方公里", Kind::Measure, u"area-km2", 1},
    {u"万平方米", Kind::Measure, u"area-m2", 1e4},
    {u"平方米", Kind::Measure, u"area-m2", 1},
    {u"亿斤", Kind::Measure, u"jin", 1e8},
    {u"万斤", Kind::Measure, u"jin", 1e4},
    {u"斤", Kind::Measure, u"jin", 1},
    {u"万吨", Kind::Measure, u"ton", 1e4},
    {u"吨", Kind::Measure, u"ton", 1},
    {u"公斤", Kind::Measure, u"kg", 1},
    {u"公里", Kind::Measure, u"km", 1},
    {u"米", Kind::Measure, u"m", 1},
    {u"亿千瓦时", Kind::Measure, u"kwh", 1e8},
    {u"万千瓦时", Kind::Measure, u"kwh", 1e4},
    {u"兆瓦", Kind::Measure, u"mw", 1},
    {u"万人", Kind::People, u"people", 1e4},
    {u"人", Kind::People, u"people", 1},
    {u"名", Kind::People, u"people", 1},
    {u"万人次", Kind::People, u"visits", 1e4},
    {u"人次", Kind::People, u"visits", 1},
    {u"亿人次", Kind::People, u"visits", 1e8},
    {u"万头", Kind::Count, u"head", 1e4},
    {u"头", Kind::Count, u"head", 1},
    {u"万户", Kind::Count, u"households", 1e4},
    {u"户", Kind::Count, u"households", 1},
    {u"%", Kind::Percent, u"percent", 1},
};

// Measure words for things: a count of villages and a count of companies are both "个",
// yet never comparable, so a count is only charted as parts of one whole.
const char16_t *const kCountWords[] = {
    u"个", u"家", u"处", u"座", u"所", u"项", u"条", u"件", u"栋", u"部", u"次", u"份",
    u"辆", u"套", u"台", u"台套", u"间", u"张", u"批", u"册", u"场", u"支", u"种", u"只",
};

} // namespace

Unit lookup(const QString &surface)
{
    for (const Row &r : kUnits) {
        if (surface == QStringView(r.surface))
            return {surface, r.kind, QString::fromUtf16(r.family), r.scale};
    }
    for (const char16_t *w : kCountWords) {
        if (surface == QStringView(w))
            return {surface, Kind::Count, surface, 1};
    }
    return {surface, Kind::Other, surface, 1};
}

Kind kind(const QString &surface)
{
    return lookup(surface).kind;
}

QString family(const QString &surface)
{
    return lookup(surface).family;
}

std::optional<double> factor(const QString &from, const QString &to)
{
    if (from == to)
        return 1.0;
    const Unit a = lookup(from);
    const Unit b = lookup(to);
    if (a.family != b.family || a.kind == Kind::Other)
        return std::nullopt;
    return a.scale / b.scale;
}

QString chartUnit(const QString &unit, double typicalValue)
{
    const Unit u = lookup(unit);
    QString best;
    double bestScale = 0;
    for (const Row &r : kUnits) {
        if (u.family != QStringView(r.family))
            continue;
        const double inR = typicalValue * u.scale / r.scale;
        if (inR >= 1 && r.scale > bestScale) {
            best = QString::fromUtf16(r.surface);
            bestScale = r.scale;
        }
    }
    return best.isEmpty() ? unit : best;
}

} // namespace Units
