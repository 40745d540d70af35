#include "FigureFormat.h"

#include "PriorYear.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
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

int headlineRank(const Figure &f)
{
    // The indicators a county's leaders look for first, in the order they are read.
    static const char16_t *const kOrder[] = {
        u"地区生产总值", u"一般公共预算收入", u"规模以上工业增加值", u"规上工业增加值",
        u"固定资产投资", u"社会消费品零售总额", u"粮食", u"城镇居民人均可支配收入",
        u"农村居民人均可支配收入", u"外贸进出口", u"税收收入", u"签约项目", u"新增城镇就业",
    };
    int i = 0;
    for (const char16_t *word : kOrder) {
        const QString w = QString::fromUtf16(word);
        if (f.key.contains(w) || f.name.contains(w))
            return i;
        ++i;
    }
    return -1;
}

qint64 pickDomainHeadline(const QList<Figure> &figures, const QHash<qint64, QList<Figure>> &parts)
{
    auto score = [&parts](const Figure &f) {
        int s = 0;
        if (!f.pending && f.value)
            s += 1000;
        if (priorValue(f))
            s += 200;
        const QList<Figure> own = parts.value(f.id);
        if (std::any_of(own.cbegin(), own.cend(), [](const Figure &p) { return !p.pending && p.value; }))
            s += 200;
        if (const int rank = headlineRank(f); rank >= 0)
            s += 100 - rank;
        // A share or rate says less on its own than a total.
        if (f.unit != u"%")
            s += 10;
        return s;
    };
    qint64 best = 0;
    int bestScore = -1;
    for (const Figure &f : figures) {
        if (f.parentId != 0)
            continue;
        const int s = score(f);
        if (s > bestScore) {
            best = f.id;
            bestScore = s;
        }
    }
    return best;
}

QString seriesTitle(const QString &domain, const QString &family, const QList<Figure> &figures)
{
    auto all = [&figures](auto predicate) {
        return !figures.isEmpty() && std::all_of(figures.cbegin(), figures.cend(), predicate);
    };
    auto t = [](const char *text) { return QCoreApplication::translate("FigureFormat", text); };
    if (family == u"money") {
        if (all([](const Figure &f) { return f.name.endsWith(u"投入") || f.name.endsWith(u"投资"); }))
            return domain == u"urban" ? t(QT_TRANSLATE_NOOP("FigureFormat", "工程投资")) : t(QT_TRANSLATE_NOOP("FigureFormat", "投资额"));
        return domain == u"economy" ? t(QT_TRANSLATE_NOOP("FigureFormat", "经济总量")) : t(QT_TRANSLATE_NOOP("FigureFormat", "金额"));
    }
    if (family == u"元")
        return all([](const Figure &f) { return f.name.contains(u"收入"); }) ? t(QT_TRANSLATE_NOOP("FigureFormat", "居民收入")) : t(QT_TRANSLATE_NOOP("FigureFormat", "人均金额"));
    if (family == u"people")
        return t(QT_TRANSLATE_NOOP("FigureFormat", "人数"));
    if (family == u"visits")
        return t(QT_TRANSLATE_NOOP("FigureFormat", "人次"));
    if (family == u"head")
        return t(QT_TRANSLATE_NOOP("FigureFormat", "畜禽数量"));
    if (family == u"area-mu" || family == u"area-m2")
        return t(QT_TRANSLATE_NOOP("FigureFormat", "面积"));
    if (family == u"jin" || family == u"ton")
        return t(QT_TRANSLATE_NOOP("FigureFormat", "产量"));
    if (family == u"km")
        return t(QT_TRANSLATE_NOOP("FigureFormat", "里程"));
    if (family == u"usd")
        return t(QT_TRANSLATE_NOOP("FigureFormat", "外资金额"));
    static const char16_t *const kFacilities[] = {u"个", u"所", u"座", u"家", u"处", u"栋"};
    for (const char16_t *u : kFacilities) {
        if (family == QStringView(u))
            return domain == u"social" ? t(QT_TRANSLATE_NOOP("FigureFormat", "设施数量")) : t(QT_TRANSLATE_NOOP("FigureFormat", "数量"));
    }
    return t(QT_TRANSLATE_NOOP("FigureFormat", "数量"));
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
