// The targets page on written figures: which result a target gets, and whether it met it.
#include "Catalogue.h"
#include "compose/Composer.h"
#include "compose/Targets.h"

#include <gtest/gtest.h>

namespace {

using Met = LayoutCard::Met;

Figure figure(qint64 id, const QString &name, const QString &role, int year)
{
    Figure f;
    f.id = id;
    f.name = name;
    f.key = Catalogue::instance().keyFor(name);
    f.domain = QStringLiteral("economy");
    f.role = role;
    f.year = year;
    return f;
}

Figure growthTarget(qint64 id, const QString &name, double growth, const QString &qualifier = {}, int year = 2024)
{
    Figure f = figure(id, name, QStringLiteral("target"), year);
    f.growth = growth;
    f.growthKind = QStringLiteral("增长");
    f.qualifier = qualifier;
    return f;
}

Figure levelTarget(qint64 id, const QString &name, double value, const QString &unit, const QString &qualifier = {})
{
    Figure f = figure(id, name, QStringLiteral("target"), 2024);
    f.value = value;
    f.unit = unit;
    f.qualifier = qualifier;
    return f;
}

Figure growthResult(qint64 id, const QString &name, double growth, const QString &kind = QStringLiteral("同比"))
{
    Figure f = figure(id, name, QStringLiteral("result"), 2024);
    f.growth = growth;
    f.growthKind = kind;
    return f;
}

Figure levelResult(qint64 id, const QString &name, double value, const QString &unit)
{
    Figure f = figure(id, name, QStringLiteral("result"), 2024);
    f.value = value;
    f.unit = unit;
    return f;
}

Met judged(const Figure &target, const Figure &result)
{
    return Targets::judge(target, &result);
}

} // namespace

TEST(TargetsJudge, GrowthAboveIsAFloor)
{
    const Figure t = growthTarget(1, QStringLiteral("地区生产总值"), 6, QStringLiteral("以上"));
    EXPECT_EQ(judged(t, growthResult(2, QStringLiteral("生产总值"), 6.0)), Met::Yes);
    EXPECT_EQ(judged(t, growthResult(2, QStringLiteral("生产总值"), 7.3)), Met::Yes);
    EXPECT_EQ(judged(t, growthResult(2, QStringLiteral("生产总值"), 5.9)), Met::No);
    // A bare number is a floor too: "一般公共预算收入增长5.5%".
    const Figure bare = growthTarget(3, QStringLiteral("一般公共预算收入"), 5.5);
    EXPECT_EQ(judged(bare, growthResult(4, QStringLiteral("一般公共预算收入"), 9)), Met::Yes);
    EXPECT_EQ(judged(bare, growthResult(4, QStringLiteral("一般公共预算收入"), 5.4)), Met::No);
}

TEST(TargetsJudge, AboutIsABandOnBothSides)
{
    const Figure t = growthTarget(1, QStringLiteral("地区生产总值"), 6, QStringLiteral("左右"));
    EXPECT_EQ(judged(t, growthResult(2, QStringLiteral("地区生产总值"), 5.8)), Met::Yes);
    EXPECT_EQ(judged(t, growthResult(2, QStringLiteral("地区生产总值"), 6.2)), Met::Yes);
    EXPECT_EQ(judged(t, growthResult(2, QStringLiteral("地区生产总值"), 5.7)), Met::No);
    EXPECT_EQ(judged(t, growthResult(2, QStringLiteral("地区生产总值"), 6.3)), Met::No);
    // A rate as a level in %: the same band in points.
    const Figure rate = levelTarget(3, QStringLiteral("城镇登记失业率"), 4.5, QStringLiteral("%"), QStringLiteral("左右"));
    EXPECT_EQ(judged(rate, levelResult(4, QStringLiteral("城镇登记失业率"), 4.3, QStringLiteral("%"))), Met::Yes);
    EXPECT_EQ(judged(rate, levelResult(4, QStringLiteral("城镇登记失业率"), 4.1, QStringLiteral("%"))), Met::No);
}

TEST(TargetsJudge, CeilingsAndDeclines)
{
    const Figure jobless = levelTarget(1, QStringLiteral("城镇登记失业率"), 4.2, QStringLiteral("%"), QStringLiteral("以内"));
    EXPECT_EQ(judged(jobless, levelResult(2, QStringLiteral("城镇登记失业率"), 3.55, QStringLiteral("%"))), Met::Yes);
    EXPECT_EQ(judged(jobless, levelResult(2, QStringLiteral("城镇登记失业率"), 4.3, QStringLiteral("%"))), Met::No);
    // "单位生产总值能耗下降3%以上": a decline of at least 3%.
    const Figure energy = growthTarget(3, QStringLiteral("单位生产总值能耗"), -3, QStringLiteral("以上"));
    EXPECT_EQ(judged(energy, growthResult(4, QStringLiteral("单位生产总值能耗"), -7.6)), Met::Yes);
    EXPECT_EQ(judged(energy, growthResult(4, QStringLiteral("单位生产总值能耗"), -2.1)), Met::No);
}

TEST(TargetsJudge, LevelsConvertUnits)
{
    // "社会消费品零售总额达到326.4亿元".
    const Figure t = levelTarget(1, QStringLiteral("社会消费品零售总额"), 326.4, QStringLiteral("亿元"));
    EXPECT_EQ(judged(t, levelResult(2, QStringLiteral("社会消费品零售总额"), 3264000, QStringLiteral("万元"))), Met::Yes);
    EXPECT_EQ(judged(t, levelResult(2, QStringLiteral("社会消费品零售总额"), 3263000, QStringLiteral("万元"))), Met::No);
    EXPECT_EQ(judged(t, levelResult(2, QStringLiteral("社会消费品零售总额"), 330.1, QStringLiteral("亿元"))), Met::Yes);
    // 万亩 does not convert into 亿元: not comparable.
    EXPECT_EQ(judged(t, levelResult(2, QStringLiteral("社会消费品零售总额"), 400, QStringLiteral("万亩"))), Met::Unknown);
}

TEST(TargetsJudge, NotComparable)
{
    const Figure growth = growthTarget(1, QStringLiteral("地区生产总值"), 6, QStringLiteral("以上"));
    // A level where a growth was set, an average annual change, a pending result, none at all.
    EXPECT_EQ(judged(growth, levelResult(2, QStringLiteral("地区生产总值"), 300, QStringLiteral("亿元"))), Met::Unknown);
    EXPECT_EQ(judged(growth, growthResult(2, QStringLiteral("地区生产总值"), 7, QStringLiteral("年均"))), Met::Unknown);
    Figure pending = growthResult(2, QStringLiteral("地区生产总值"), 0);
    pending.growth.reset();
    pending.growthPending = true;
    pending.growthMask = QStringLiteral("x.x");
    EXPECT_EQ(judged(growth, pending), Met::Unknown);
    EXPECT_EQ(Targets::judge(growth, nullptr), Met::Unknown);

    // "实际利用外资高于全市平均水平": not comparable unless the result states it.
    Figure average = figure(3, QStringLiteral("社会消费品零售总额"), QStringLiteral("target"), 2024);
    average.qualifier = QStringLiteral("增幅高于全市平均水平");
    Figure plain = growthResult(4, QStringLiteral("社会消费品零售总额"), 8.2);
    plain.sentence = QStringLiteral("社会消费品零售总额增长8.2%。");
    plain.sentenceStart = 0;
    plain.start = 0;
    EXPECT_EQ(judged(average, plain), Met::Unknown);
    Figure stated = plain;
    stated.sentence = QStringLiteral("社会消费品零售总额增长8.2%，高于全市平均水平1.1个百分点。");
    EXPECT_EQ(judged(average, stated), Met::Yes);
}

TEST(TargetsResult, SameIndicatorSameKindSameYear)
{
    const Figure t = growthTarget(1, QStringLiteral("地区生产总值"), 6, QStringLiteral("以上"));
    Figure lastYear = growthResult(10, QStringLiteral("地区生产总值"), 9);
    lastYear.year = 2023;
    const QList<Figure> reviewed{
        lastYear,
        levelResult(11, QStringLiteral("生产总值"), 312.5, QStringLiteral("亿元")),
        growthResult(12, QStringLiteral("一般公共预算收入"), 6.4),
        growthResult(13, QStringLiteral("生产总值"), 6.1),
    };
    const Figure *r = Targets::resultFor(t, reviewed);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->id, 13);
    // Only a level of the indicator: it is the result, and not comparable.
    const Figure *level = Targets::resultFor(t, reviewed.mid(0, 2));
    ASSERT_NE(level, nullptr);
    EXPECT_EQ(level->id, 11);
    EXPECT_EQ(Targets::judge(t, level), Met::Unknown);
    EXPECT_EQ(Targets::resultFor(growthTarget(2, QStringLiteral("税收收入"), 5), reviewed), nullptr);
}

TEST(TargetsPage, SharedGrowthReviewFirstThenComingYear)
{
    // The report reviewing 2023 set two targets for 2024 ("城乡居民人均可支配收入分别增长7.5%和8%").
    Composer::Input input;
    input.county = QStringLiteral("青禾县");
    input.year = 2024;
    input.otherYears.insert(2023, {growthTarget(1, QStringLiteral("城镇居民人均可支配收入"), 7.5),
                                   growthTarget(2, QStringLiteral("农村居民人均可支配收入"), 8)});
    input.figures = {growthResult(10, QStringLiteral("城镇居民人均可支配收入"), 7.6),
                     growthResult(11, QStringLiteral("农村居民人均可支配收入"), 7.1),
                     growthTarget(20, QStringLiteral("地区生产总值"), 6, QStringLiteral("左右"), 2025),
                     // A five-year plan's goal is no target of the coming year.
                     growthTarget(21, QStringLiteral("一般公共预算收入"), 6, QStringLiteral("以上"), 2029)};
    const Layout layout = Composer::compose(input);
    const LayoutPage *page = layout.page(QStringLiteral("targets"));
    ASSERT_NE(page, nullptr);
    ASSERT_EQ(page->cards.size(), 3);
    EXPECT_EQ(page->cards[0].figure, 1);
    EXPECT_EQ(page->cards[0].label, QStringLiteral("城镇居民人均可支配收入"));
    EXPECT_EQ(page->cards[0].result, 10);
    EXPECT_EQ(page->cards[0].met, Met::Yes);
    EXPECT_EQ(page->cards[1].result, 11);
    EXPECT_EQ(page->cards[1].met, Met::No);
    EXPECT_EQ(page->cards[2].figure, 20);
    EXPECT_EQ(page->cards[2].result, 0);
    EXPECT_EQ(page->cards[2].met, Met::Unknown);
    EXPECT_EQ(layout.pages.last().name, QStringLiteral("targets"));
}

TEST(TargetsPage, NoTargetsNoPage)
{
    Composer::Input input;
    input.county = QStringLiteral("青禾县");
    input.year = 2024;
    input.figures = {growthResult(10, QStringLiteral("地区生产总值"), 5.2)};
    const Layout layout = Composer::compose(input);
    EXPECT_EQ(layout.page(QStringLiteral("targets")), nullptr);
    EXPECT_TRUE(Targets::page(input).cards.isEmpty());
}
