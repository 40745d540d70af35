#include "ChartBuilder.h"

#include "Units.h"

#include <QCoreApplication>
#include <cmath>
#include <optional>
#include <QMap>
#include <QRegularExpression>
#include <algorithm>
#include <iterator>

namespace {

constexpr int kMinPoints = 2;
constexpr int kMaxPoints = 10;
constexpr int kMaxRates = 4;
// Longer labels do not fit a bar's axis whole; such a figure stays on the cards and list.
constexpr int kMaxLabelChars = 8;

QString translated(const char *text)
{
    return QCoreApplication::translate("ChartBuilder", text);
}

bool fitsAxis(const Candidate &c)
{
    return c.shortLabel.size() <= kMaxLabelChars;
}

bool hasValueSlot(const Figure &f)
{
    return f.pending || f.value;
}

// Percent changes only: 百分点 and 倍 are other measures.
bool hasPercentChange(const Figure &f)
{
    return (f.growthPending || f.growth) && !f.growthKind.contains(u"百分点") && !f.growthKind.contains(u"倍");
}

// A balance at a moment (存款余额, 贷款余额) is no flow of the year (产值, 收入): the two
// never share a chart.
bool isBalance(const Figure &f)
{
    return f.name.contains(u"余额") || f.name.endsWith(u"存量");
}

// A change since the start of the year (余额较年初增长) is no year-on-year growth.
bool isSinceYearStart(const Figure &f)
{
    return f.growthKind.contains(u"年初");
}

LayoutPoint pointOf(const Candidate &c)
{
    return {c.figure->id, c.shortLabel};
}

// The unit most of the points are written in: the chart converts the rest into it.
QString commonUnit(const QList<Candidate> &list)
{
    QMap<QString, int> counts;
    for (const Candidate &c : list)
        ++counts[c.figure->unit];
    QString best;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    }
    return best;
}

// A bar a thousandth of the longest reads as 0 (技改投资 25 亿元 beside 村集体年收入 3 万元):
// such a stated value stays on the cards, off this chart. Placeholders keep their place.
QList<Candidate> withinScale(const QList<Candidate> &list, const QString &unit)
{
    auto inUnit = [&unit](const Candidate &c) -> std::optional<double> {
        const Figure &f = *c.figure;
        if (f.pending || !f.value)
            return std::nullopt;
        return std::abs(*f.value) * Units::factor(f.unit, unit).value_or(1);
    };
    double largest = 0;
    for (const Candidate &c : list)
        largest = std::max(largest, inUnit(c).value_or(0));
    QList<Candidate> kept;
    for (const Candidate &c : list) {
        const std::optional<double> v = inUnit(c);
        if (!v || *v * 1000 >= largest)
            kept.append(c);
    }
    return kept;
}

// A chart of levels (not changes) over the first kMaxPoints of the list; no points when
// fewer than two compare at one scale.
LayoutChart levelChart(const QString &kind, const QString &title, const QList<Candidate> &list)
{
    LayoutChart chart;
    chart.kind = kind;
    chart.title = title;
    chart.unit = commonUnit(list);
    chart.measure = QStringLiteral("value");
    const QList<Candidate> kept = withinScale(list.mid(0, kMaxPoints), chart.unit);
    if (kept.size() < kMinPoints)
        return chart;
    for (const Candidate &c : kept)
        chart.points.append(pointOf(c));
    return chart;
}

QString valueTitle(const QString &domain, Units::Kind kind, const QString &family, const QList<Candidate> &list)
{
    auto all = [&list](auto predicate) { return std::all_of(list.cbegin(), list.cend(), predicate); };
    if (kind == Units::Kind::Money) {
        if (all([](const Candidate &c) { return c.figure->name.endsWith(u"投入") || c.figure->name.endsWith(u"投资"); }))
            return domain == u"urban" ? translated(QT_TRANSLATE_NOOP("ChartBuilder", "工程投资")) : translated(QT_TRANSLATE_NOOP("ChartBuilder", "投资额"));
        if (all([](const Candidate &c) { return c.catalogued; }))
            return translated(QT_TRANSLATE_NOOP("ChartBuilder", "经济总量"));
        return translated(QT_TRANSLATE_NOOP("ChartBuilder", "资金规模"));
    }
    if (kind == Units::Kind::PerCapita)
        return all([](const Candidate &c) { return c.figure->name.contains(u"收入"); })
            ? translated(QT_TRANSLATE_NOOP("ChartBuilder", "居民收入")) : translated(QT_TRANSLATE_NOOP("ChartBuilder", "保障标准"));
    if (family.startsWith(u"area"))
        return translated(QT_TRANSLATE_NOOP("ChartBuilder", "面积"));
    if (family == u"jin" || family == u"ton" || family == u"kg")
        return translated(QT_TRANSLATE_NOOP("ChartBuilder", "产量"));
    if (family == u"km" || family == u"m")
        return translated(QT_TRANSLATE_NOOP("ChartBuilder", "里程"));
    if (family == u"kwh" || family == u"mw")
        return translated(QT_TRANSLATE_NOOP("ChartBuilder", "能源"));
    if (family == u"usd")
        return translated(QT_TRANSLATE_NOOP("ChartBuilder", "外资金额"));
    return translated(QT_TRANSLATE_NOOP("ChartBuilder", "数量"));
}

} // namespace

ChartBuilder::ChartBuilder(const QList<Candidate> &candidates, const QString &domain, PartsOf partsOf)
    : m_candidates(candidates)
    , m_domain(domain)
    , m_partsOf(std::move(partsOf))
{
}

QList<LayoutChart> ChartBuilder::charts() const
{
    QList<LayoutChart> list;
    if (LayoutChart g = growthChart(); !g.points.isEmpty())
        list.append(g);
    const QList<LayoutChart> values = valueCharts();
    // The report's own sums of unlike purposes (loans, subsidies, 资金规模) compare less
    // than a domain's physical amounts (亩, 吨, 公里): they come last.
    const QString loose = translated(QT_TRANSLATE_NOOP("ChartBuilder", "资金规模"));
    auto isLoose = [&loose](const LayoutChart &c) { return c.kind == u"totals" && c.title == loose; };
    // Money and per-capita first: they are what a briefing compares.
    for (const LayoutChart &c : values) {
        if (c.kind != u"measures" && !isLoose(c))
            list.append(c);
    }
    list.append(partsCharts());
    if (LayoutChart r = ratesChart(); !r.points.isEmpty())
        list.append(r);
    for (const LayoutChart &c : values) {
        if (c.kind == u"measures")
            list.append(c);
    }
    for (const LayoutChart &c : values) {
        if (isLoose(c))
            list.append(c);
    }
    return list;
}

LayoutChart ChartBuilder::growthChart() const
{
    // Growth of the headline indicators, one kind of period: a five-year average beside a
    // year-on-year rate would compare unlike things.
    QList<Candidate> annual;
    QList<Candidate> average;
    for (const Candidate &c : m_candidates) {
        if (c.headlineRank < 0 || !hasPercentChange(*c.figure) || !fitsAxis(c) || c.figure->unit == u"%"
            || isSinceYearStart(*c.figure))
            continue;
        (c.figure->growthKind.contains(u"年均") ? average : annual).append(c);
    }
    QList<Candidate> &chosen = annual.size() >= average.size() ? annual : average;
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Candidate &a, const Candidate &b) { return a.headlineRank < b.headlineRank; });
    LayoutChart chart;
    if (chosen.size() < kMinPoints)
        return chart;
    chart.kind = QStringLiteral("growth");
    chart.title = &chosen == &average ? translated(QT_TRANSLATE_NOOP("ChartBuilder", "年均增速"))
                                      : translated(QT_TRANSLATE_NOOP("ChartBuilder", "主要指标增速"));
    chart.unit = QStringLiteral("%");
    chart.measure = QStringLiteral("growth");
    for (const Candidate &c : chosen.mid(0, kMaxPoints))
        chart.points.append(pointOf(c));
    return chart;
}

QList<LayoutChart> ChartBuilder::valueCharts() const
{
    // One chart per unit family of money, per-capita money and physical amounts. Counts and
    // people are left out: 2948 个 posts beside 325 个 villages says nothing.
    QMap<QString, QList<Candidate>> families;
    QStringList order;
    for (const Candidate &c : m_candidates) {
        const Units::Unit u = Units::lookup(c.figure->unit);
        const bool chartable = u.kind == Units::Kind::Money || u.kind == Units::Kind::PerCapita
            || u.kind == Units::Kind::Measure;
        if (!chartable || !hasValueSlot(*c.figure) || !fitsAxis(c))
            continue;
        const QString key = isBalance(*c.figure) ? u.family + QStringLiteral("|balance") : u.family;
        if (!families.contains(key))
            order.append(key);
        families[key].append(c);
    }
    QList<LayoutChart> charts;
    for (const QString &key : std::as_const(order)) {
        QList<Candidate> list = families.value(key);
        // Where the catalogue's indicators make a chart of their own, the report's other
        // sums (授信金额, 留抵退税) stay on the cards: 4,623 万元 beside 50 亿元 tells nothing.
        QList<Candidate> known;
        std::copy_if(list.cbegin(), list.cend(), std::back_inserter(known), [](const Candidate &c) { return c.catalogued; });
        if (known.size() >= 3)
            list = known;
        if (list.size() < kMinPoints)
            continue;
        const QString family = key.section(u'|', 0, 0);
        const Units::Kind kind = Units::kind(list.first().figure->unit);
        const QString chartKind = kind == Units::Kind::Money ? QStringLiteral("totals")
            : kind == Units::Kind::PerCapita ? QStringLiteral("percapita") : QStringLiteral("measures");
        const QString title = key.endsWith(u"|balance") ? translated(QT_TRANSLATE_NOOP("ChartBuilder", "余额"))
                                                         : valueTitle(m_domain, kind, family, list);
        if (LayoutChart chart = levelChart(chartKind, title, list); !chart.points.isEmpty())
            charts.append(chart);
    }
    return charts;
}

QList<LayoutChart> ChartBuilder::partsCharts() const
{
    // A figure made of parts in one unit family (五大工程 of one investment, 存栏/出栏 of a
    // farm): the parts are comparable because they share the whole.
    QList<LayoutChart> charts;
    for (const Candidate &whole : m_candidates) {
        QMap<QString, QList<Candidate>> families;
        for (const Candidate &p : m_partsOf(whole.figure->id)) {
            if (hasValueSlot(*p.figure) && fitsAxis(p) && !p.figure->unit.isEmpty())
                families[Units::family(p.figure->unit)].append(p);
        }
        for (const QList<Candidate> &list : std::as_const(families)) {
            if (LayoutChart chart = levelChart(QStringLiteral("parts"), whole.shortLabel, list); !chart.points.isEmpty())
                charts.append(chart);
        }
    }
    return charts;
}

LayoutChart ChartBuilder::ratesChart() const
{
    // Shares and rates stated as levels (接种率 96.85%, 占比 81.2%): each a part of 100.
    static const QRegularExpression rateName(QStringLiteral("率|占比|比重|比例|覆盖|普及"));
    LayoutChart chart;
    QList<Candidate> list;
    for (const Candidate &c : m_candidates) {
        if (c.figure->unit == u"%" && hasValueSlot(*c.figure) && rateName.match(c.label).hasMatch() && fitsAxis(c))
            list.append(c);
    }
    if (list.size() < kMinPoints)
        return chart;
    chart.kind = QStringLiteral("rates");
    chart.title = translated(QT_TRANSLATE_NOOP("ChartBuilder", "比率指标"));
    chart.unit = QStringLiteral("%");
    chart.measure = QStringLiteral("value");
    for (const Candidate &c : list.mid(0, kMaxRates))
        chart.points.append(pointOf(c));
    return chart;
}
