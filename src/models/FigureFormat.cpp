#include "FigureFormat.h"

#include "PriorYear.h"
#include "Units.h"
#include "compose/Numbers.h"

#include <algorithm>
#include <cmath>

namespace FigureFormat {


int decimalsOf(double value)
{
    return Numbers::decimalsOf(value);
}

int decimals(const Figure &figure)
{
    if (!figure.mask.isEmpty())
        return Numbers::decimalsOfMask(figure.mask);
    return figure.value ? Numbers::decimalsOf(*figure.value) : 0;
}

QString number(double value, int decimals)
{
    return Numbers::format(value, decimals);
}

QString family(const QString &unit)
{
    return Units::family(unit);
}

std::optional<double> factor(const QString &from, const QString &to)
{
    return Units::factor(from, to);
}

double roundForChart(double value)
{
    const double p = std::abs(value) < 1 ? 1000.0 : 100.0;
    return std::round(value * p) / p;
}

QString chartUnit(const QString &unit, double typicalValue)
{
    return Units::chartUnit(unit, typicalValue);
}

QString shortName(const QString &name, int maxChars)
{
    static const std::pair<const char16_t *, const char16_t *> kAbbrev[] = {
        {u"规模以上工业增加值", u"规上工业增加值"},
        {u"限额以上社会消费品零售总额", u"限上社零总额"},
        {u"社会消费品零售总额", u"社零总额"},
        {u"全社会固定资产投资", u"固定资产投资"},
        {u"一般公共预算收入", u"公共预算收入"},
        {u"城镇居民人均可支配收入", u"城镇居民收入"},
        {u"农村居民人均可支配收入", u"农村居民收入"},
        {u"常住人口疫苗接种率", u"疫苗接种率"},
        {u"新建改扩建乡镇卫生院", u"乡镇卫生院"},
    };
    static const char16_t *const kPrefixes[] = {u"各类", u"全社会"};
    static const char16_t *const kSuffixes[] = {u"投入", u"总额"};
    // Below this a name has nothing left to drop.
    constexpr int kMinChars = 4;

    QString s = name.simplified();
    s.remove(u' ');
    for (const auto &[longName, shortForm] : kAbbrev) {
        const QString l = QString::fromUtf16(longName);
        const int at = int(s.indexOf(l));
        if (at >= 0) {
            // What stands before a known indicator is a parsing leftover (在克常住人口…).
            s = QString::fromUtf16(shortForm) + s.mid(at + l.size());
            break;
        }
    }
    for (const char16_t *prefix : kPrefixes) {
        const QString p = QString::fromUtf16(prefix);
        if (s.startsWith(p) && s.size() - p.size() >= kMinChars)
            s = s.mid(p.size());
    }
    // 马铃薯、大豆、鲜食玉米等基地 → 马铃薯等基地; 低保、特困供养、残疾人补贴 → 低保等.
    const int listMark = int(s.indexOf(u'、'));
    if (listMark > 0) {
        const int etc = int(s.lastIndexOf(u'等'));
        s = s.left(listMark) + u'等' + (etc > listMark ? s.mid(etc + 1) : QString());
    }
    for (const char16_t *suffix : kSuffixes) {
        const QString x = QString::fromUtf16(suffix);
        if (s.endsWith(x) && s.size() - x.size() >= kMinChars)
            s.chop(x.size());
    }
    if (maxChars > 1 && s.size() > maxChars)
        s = s.left(maxChars - 1) + u'…';
    return s;
}

std::optional<double> priorValue(const Figure &figure)
{
    if (figure.pending || figure.growthPending)
        return std::nullopt;
    return derivePriorYearValue(figure.value, figure.growth, figure.growthKind, figure.unit);
}

} // namespace FigureFormat
