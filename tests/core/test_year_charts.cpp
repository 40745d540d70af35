// Years and counties: which report a county and year name (ReportChoice), and the domain
// pages' chart of headline indicators across the county's reports (YearCharts, through the
// composer): three years or more, one unit family, like magnitudes, breaks marked.
#include "ReportChoice.h"
#include "compose/Composer.h"

#include <gtest/gtest.h>

namespace {

Figure make(qint64 id, const QString &name, double value, const QString &unit, int year)
{
    Figure f;
    f.id = id;
    f.name = name;
    f.key = name;
    f.domain = QStringLiteral("economy");
    f.value = value;
    f.unit = unit;
    f.growth = 5;
    f.growthKind = QStringLiteral("同比");
    f.year = year;
    f.sentence = QStringLiteral("%1实现%2%3。").arg(name).arg(value).arg(unit);
    return f;
}

// One year's economy: GDP, revenue (a twentieth of it), retail sales (a third of it), incomes.
QList<Figure> economy(int year, qint64 firstId, double gdp)
{
    return {
        make(firstId, QStringLiteral("地区生产总值"), gdp, QStringLiteral("亿元"), year),
        make(firstId + 1, QStringLiteral("一般公共预算收入"), gdp / 20, QStringLiteral("亿元"), year),
        make(firstId + 2, QStringLiteral("社会消费品零售总额"), gdp / 3, QStringLiteral("亿元"), year),
        make(firstId + 3, QStringLiteral("城镇居民人均可支配收入"), 30000 + year, QStringLiteral("元"), year),
    };
}

const LayoutChart *yearChart(const Layout &layout, const QString &page = QStringLiteral("economy"))
{
    const LayoutPage *p = layout.page(page);
    if (!p)
        return nullptr;
    for (const LayoutChart &c : p->charts) {
        if (c.kind == u"years")
            return &c;
    }
    return nullptr;
}

Layout compose(const QMap<int, QList<Figure>> &years)
{
    Composer::Input input;
    input.county = QStringLiteral("示范县");
    input.year = years.lastKey();
    input.figures = years.last();
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        if (it.key() != input.year)
            input.otherYears.insert(it.key(), it.value());
    }
    return Composer::compose(input);
}

ReportInfo report(qint64 id, const QString &county, int year)
{
    ReportInfo r;
    r.id = id;
    r.county = county;
    r.year = year;
    return r;
}

} // namespace

TEST(YearCharts, ThreeYearsOfHeadlineIndicatorsMakeAChart)
{
    const Layout l = compose({{2021, economy(2021, 100, 280)}, {2022, economy(2022, 200, 300)},
                              {2023, economy(2023, 300, 320)}});
    const LayoutChart *chart = yearChart(l);
    ASSERT_TRUE(chart);
    EXPECT_EQ(chart->measure, u"value");
    EXPECT_EQ(chart->unit, u"亿元");
    // GDP and retail sales share an axis; revenue, a twentieth of GDP, would be a sliver; the
    // per-capita incomes are another family.
    QStringList series;
    QStringList years;
    QList<qint64> ids;
    for (const LayoutPoint &p : chart->points) {
        if (!series.contains(p.series))
            series.append(p.series);
        years.append(p.label);
        ids.append(p.figure);
    }
    // Names longer than an axis takes come in their short form.
    EXPECT_EQ(series, (QStringList{QStringLiteral("地区生产总值"), QStringLiteral("社零总额")}));
    EXPECT_EQ(years, (QStringList{QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
                                  QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023")}));
    // Each point is that year's own figure.
    EXPECT_EQ(ids, (QList<qint64>{100, 200, 300, 102, 202, 302}));
    for (const LayoutPoint &p : chart->points)
        EXPECT_TRUE(p.note.isEmpty());
    // The growth chart keeps its place first: the overview borrows it.
    EXPECT_NE(l.page(QStringLiteral("economy"))->charts.first().kind, u"years");
}

TEST(YearCharts, TwoYearsOrOneReportMakeNone)
{
    EXPECT_FALSE(yearChart(compose({{2022, economy(2022, 200, 300)}, {2023, economy(2023, 300, 320)}})));
    EXPECT_FALSE(yearChart(compose({{2023, economy(2023, 300, 320)}})));
    // Three reports, but one leaves the indicators pending: two years with values.
    QList<Figure> pending = economy(2022, 200, 300);
    for (Figure &f : pending) {
        f.value.reset();
        f.pending = true;
        f.mask = QStringLiteral("xxx");
    }
    EXPECT_FALSE(yearChart(compose({{2021, economy(2021, 100, 280)}, {2022, pending}, {2023, economy(2023, 300, 320)}})));
}

TEST(YearCharts, AnExplainedBreakIsMarkedOnItsYear)
{
    QList<Figure> y2022 = economy(2022, 200, 210);
    y2022[0].sentence = QStringLiteral("根据第四次经济普查结果，地区生产总值实现210亿元。");
    const Layout l = compose({{2021, economy(2021, 100, 280)}, {2022, y2022}, {2023, economy(2023, 300, 320)}});
    const LayoutChart *chart = yearChart(l);
    ASSERT_TRUE(chart);
    QStringList notes;
    for (const LayoutPoint &p : chart->points) {
        if (p.series == u"地区生产总值")
            notes.append(p.note);
    }
    EXPECT_EQ(notes, (QStringList{QString(), QStringLiteral("第四次经济普查"), QString()}));
}

TEST(YearCharts, UnitsOfOneFamilyAreConvertedNotMixed)
{
    // One year in 万元: still the same indicator on the same axis.
    QList<Figure> y2021 = economy(2021, 100, 280);
    y2021[0].value = 2800000;
    y2021[0].unit = QStringLiteral("万元");
    const LayoutChart *chart = yearChart(compose({{2021, y2021}, {2022, economy(2022, 200, 300)},
                                                  {2023, economy(2023, 300, 320)}}));
    ASSERT_TRUE(chart);
    EXPECT_EQ(chart->points.first().figure, 100);
}

TEST(YearCharts, AMultiYearReviewCountsOnlyWhereItGivesTheYearsLevel)
{
    // A new-term report reviews five years: "优良天数达到245天" is the level its last year
    // reached; "办理人大代表建议541件" is the sum of five years and no year's value.
    auto review = [](qint64 id, const QString &name, double value, const QString &unit, const QString &sentence) {
        Figure f = make(id, name, value, unit, 2021);
        f.role = QStringLiteral("period");
        f.growth.reset();
        f.sentence = sentence;
        f.sentenceStart = 100;
        f.start = 100 + int(sentence.indexOf(QString::number(value)));
        return f;
    };
    auto year = [](qint64 id, const QString &name, double value, const QString &unit, int y) {
        Figure f = make(id, name, value, unit, y);
        f.growth.reset();
        return f;
    };
    const QString days = QStringLiteral("优良天数");
    const QString motions = QStringLiteral("办理人大代表建议");
    QMap<int, QList<Figure>> reports{
        {2020, {year(1, days, 231, QStringLiteral("天"), 2020), year(2, motions, 115, QStringLiteral("件"), 2020)}},
        {2021, {review(11, days, 245, QStringLiteral("天"), QStringLiteral("空气质量持续改善，优良天数达到245天。")),
                review(12, motions, 541, QStringLiteral("件"), QStringLiteral("办理人大代表建议541件。"))}},
        {2022, {year(21, days, 248, QStringLiteral("天"), 2022), year(22, motions, 92, QStringLiteral("件"), 2022)}},
    };
    const LayoutChart *chart = yearChart(compose(reports));
    ASSERT_TRUE(chart);
    QList<qint64> ids;
    for (const LayoutPoint &p : chart->points)
        ids.append(p.figure);
    EXPECT_EQ(ids, (QList<qint64>{1, 11, 21}));

    // 累计 says it is a sum, whatever the verb.
    reports[2021][0].qualifier = QStringLiteral("累计");
    EXPECT_FALSE(yearChart(compose(reports)));
}

TEST(ReportChoice, PicksTheNewestOfACountyOrTheYearAskedFor)
{
    const QList<ReportInfo> reports{report(1, QStringLiteral("高唐县"), 2020), report(2, QStringLiteral("高唐县"), 2022),
                                    report(3, QStringLiteral("米易县"), 2021), report(4, QStringLiteral("高唐县"), 2021)};
    EXPECT_EQ(ReportChoice::counties(reports), (QStringList{QStringLiteral("米易县"), QStringLiteral("高唐县")}));
    EXPECT_EQ(ReportChoice::years(reports, QStringLiteral("高唐县")), (QList<int>{2020, 2021, 2022}));
    EXPECT_EQ(ReportChoice::pick(reports, QString())->id, 2);
    EXPECT_EQ(ReportChoice::pick(reports, QStringLiteral("米易县"))->id, 3);
    EXPECT_EQ(ReportChoice::pick(reports, QStringLiteral("高唐县"), 2021)->id, 4);
    // A year the county has no report of: its newest.
    EXPECT_EQ(ReportChoice::pick(reports, QStringLiteral("米易县"), 2022)->id, 3);
    EXPECT_FALSE(ReportChoice::pick(reports, QStringLiteral("唐县")));
    EXPECT_FALSE(ReportChoice::pick({}, QString()));
    const QString why = ReportChoice::unknownCounty(QStringLiteral("唐县"), ReportChoice::counties(reports));
    EXPECT_TRUE(why.contains(QStringLiteral("唐县")) && why.contains(QStringLiteral("米易县"))
                && why.contains(QStringLiteral("高唐县"))) << why.toStdString();
}
