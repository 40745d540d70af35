// The composer on small made-up reports: selection, whole names, one card per indicator,
// data warnings, the staff's overrides, screen budgets, and fills that keep a page's shape.
#include "Catalogue.h"
#include "compose/Composer.h"
#include "compose/LayoutJson.h"
#include "compose/Numbers.h"
#include "compose/WholeName.h"

#include <QSet>
#include <gtest/gtest.h>

namespace {

Figure make(qint64 id, const QString &name, const QString &domain, std::optional<double> value, const QString &unit,
            std::optional<double> growth = std::nullopt)
{
    Figure f;
    f.id = id;
    f.name = name;
    f.key = name;
    f.domain = domain;
    f.value = value;
    f.unit = unit;
    f.growth = growth;
    f.growthKind = growth ? QStringLiteral("同比") : QString();
    f.year = 2023;
    return f;
}

QList<Figure> economy()
{
    return {
        make(1, QStringLiteral("生产总值"), QStringLiteral("economy"), 300, QStringLiteral("亿元"), 5),
        make(2, QStringLiteral("一般公共预算收入"), QStringLiteral("economy"), 11.7, QStringLiteral("亿元"), 9),
        make(3, QStringLiteral("规上工业增加值"), QStringLiteral("economy"), std::nullopt, QString(), 10.1),
        make(4, QStringLiteral("较年初"), QStringLiteral("economy"), std::nullopt, QString(), 15.8),
        make(5, QStringLiteral("村"), QStringLiteral("economy"), 325, QStringLiteral("个")),
        make(6, QStringLiteral("开发乡村公益性岗位"), QStringLiteral("economy"), 2948, QStringLiteral("个")),
        make(7, QStringLiteral("乡镇"), QStringLiteral("economy"), 100, QStringLiteral("个")),
        make(8, QStringLiteral("城镇居民人均可支配收入"), QStringLiteral("economy"), 36583, QStringLiteral("元"), 5.2),
        make(9, QStringLiteral("农村居民人均可支配收入"), QStringLiteral("economy"), 17736, QStringLiteral("元"), 7),
    };
}

const LayoutPage &page(const Layout &l, const QString &name)
{
    const LayoutPage *p = l.page(name);
    EXPECT_NE(p, nullptr) << name.toStdString();
    static const LayoutPage none;
    return p ? *p : none;
}

QStringList labels(const LayoutPage &p)
{
    QStringList list;
    for (const LayoutCard &c : p.cards)
        list.append(c.label);
    return list;
}

} // namespace

TEST(WholeNameTest, FragmentsAreRefused)
{
    for (const char16_t *fragment : {u"村", u"镇", u"省级", u"较年初", u"做大", u"构建", u"转贷", u"投入资金", u"收益", u"国家农业现代化示范区内", u"青山县先天性心脏病患",
                                     u"城乡居民养老保险和基本医疗保险参保率很长很长"})
        EXPECT_FALSE(WholeName::looksWhole(QString::fromUtf16(fragment))) << QString::fromUtf16(fragment).toStdString();
    EXPECT_TRUE(WholeName::isSentencePiece(QStringLiteral("全社会固定资产投资、农村居民人均可支配收入")));
    for (const char16_t *whole : {u"地区生产总值", u"金融机构存款余额", u"新增城镇就业", u"高标准农田", u"空气质量优良率"})
        EXPECT_TRUE(WholeName::looksWhole(QString::fromUtf16(whole))) << QString::fromUtf16(whole).toStdString();
}

TEST(ComposerTest, HeadlinesLeadWholeNamesOnlyAndCountsAreNotCharted)
{
    Composer::Input in;
    in.county = QStringLiteral("示范县");
    in.year = 2023;
    in.figures = economy();
    const Layout l = Composer::compose(in);
    const LayoutPage &e = page(l, QStringLiteral("economy"));
    const QStringList cards = labels(e);
    ASSERT_GE(cards.size(), 3);
    EXPECT_EQ(cards.at(0), QStringLiteral("地区生产总值"));  // the report's 生产总值, named whole
    EXPECT_EQ(cards.at(1), QStringLiteral("一般公共预算收入"));
    EXPECT_FALSE(cards.contains(QStringLiteral("村")));
    EXPECT_FALSE(cards.contains(QStringLiteral("较年初")));
    EXPECT_FALSE(cards.contains(QStringLiteral("乡镇")));
    for (const LayoutChart &chart : e.charts) {
        for (const LayoutPoint &p : chart.points)
            EXPECT_NE(p.figure, 6) << "a count of posts charted in " << chart.title.toStdString();
    }
    // Growth of the headline indicators, and the two incomes per capita.
    ASSERT_GE(e.charts.size(), 2);
    EXPECT_EQ(e.charts.at(0).kind, QStringLiteral("growth"));
    bool incomes = false;
    for (const LayoutChart &c : e.charts)
        incomes = incomes || (c.kind == u"percapita" && c.points.size() == 2);
    EXPECT_TRUE(incomes);
    EXPECT_EQ(page(l, QStringLiteral("overview")).cards.first().label, QStringLiteral("地区生产总值"));
}

// 存款余额 较年初增长 is a balance and a change since January: neither beside a year's flow
// nor beside year-on-year growth ("金融机构存贷款余额分别达到370亿元、204亿元，较年初分别增长…").
TEST(ComposerTest, BalancesAndChangesSinceJanuaryKeepToTheirOwnCharts)
{
    Composer::Input in;
    in.year = 2023;
    in.figures = economy();
    in.figures.append(make(10, QStringLiteral("社会消费品零售总额"), QStringLiteral("economy"), 50, QStringLiteral("亿元"), 2));
    Figure deposits = make(11, QStringLiteral("金融机构存款余额"), QStringLiteral("economy"), 370, QStringLiteral("亿元"), 15.8);
    deposits.growthKind = QStringLiteral("较年初");
    Figure loans = make(12, QStringLiteral("金融机构贷款余额"), QStringLiteral("economy"), 204, QStringLiteral("亿元"), 14.7);
    loans.growthKind = QStringLiteral("较年初");
    in.figures << deposits << loans;
    const LayoutPage &e = page(Composer::compose(in), QStringLiteral("economy"));
    ASSERT_FALSE(e.charts.isEmpty());
    for (const LayoutChart &chart : e.charts) {
        QSet<bool> kinds;
        for (const LayoutPoint &p : chart.points) {
            const bool balance = p.figure == 11 || p.figure == 12;
            if (chart.measure == u"growth")
                EXPECT_FALSE(balance) << "a change since January among the growth rates";
            kinds.insert(balance);
        }
        EXPECT_EQ(kinds.size(), 1) << "balances beside flows in " << chart.title.toStdString();
    }
}

// 规上工业全口径税收 is the tax of one sector, not the county's 税收收入; 高新技术产业产值 45%
// is a share that lost its "占…比重": neither may stand on the wall as the other.
TEST(ComposerTest, ASectorsFigureIsNotTheCountysAndARateIsNoAmount)
{
    EXPECT_EQ(Catalogue::instance().headlineRank(QStringLiteral("规上工业全口径税收")), -1);
    // "…储能材料产值同比增长251.9%、税收同比增长1300%": a bare 税收 is the sector's.
    EXPECT_EQ(Catalogue::instance().headlineRank(QStringLiteral("税收")), -1);
    EXPECT_GE(Catalogue::instance().headlineRank(QStringLiteral("地方税收收入")), 0);
    Composer::Input in;
    in.year = 2023;
    in.figures = economy();
    in.figures.append(make(20, QStringLiteral("高新技术产业产值"), QStringLiteral("economy"), 45, QStringLiteral("%")));
    in.figures.append(make(21, QStringLiteral("高新技术产业产值占比"), QStringLiteral("economy"), 45, QStringLiteral("%")));
    const QStringList cards = labels(page(Composer::compose(in), QStringLiteral("economy")));
    EXPECT_FALSE(cards.contains(QStringLiteral("高新技术产业产值")));
    EXPECT_TRUE(cards.contains(QStringLiteral("高新技术产业产值占比")));
}

// What the report mentions is not what a briefing shows: the first of several villages, how far
// one hospital's building has come, a deed, a change beside its indicator.
TEST(ComposerTest, CardsNameIndicatorsNotThingsOrDeeds)
{
    Composer::Input in;
    in.year = 2023;
    // Fewer figures than a page's cards: whatever is left out is left out by the rule.
    in.figures = {economy().first()};
    Figure village = make(30, QStringLiteral("热水村"), QStringLiteral("economy"), 3, QStringLiteral("个"));
    village.sentence = QStringLiteral("热水村等3个村获评省级乡村治理示范村。");
    Figure model = make(31, QStringLiteral("省级乡村治理示范村"), QStringLiteral("economy"), 3, QStringLiteral("个"));
    model.sentence = village.sentence;
    in.figures << village << model;
    in.figures.append(make(32, QStringLiteral("新人民医院"), QStringLiteral("economy"), 85, QStringLiteral("%")));
    in.figures.append(make(33, QStringLiteral("稳定消除风险对象"), QStringLiteral("economy"), 11, QStringLiteral("户")));
    in.figures.append(make(34, QStringLiteral("存款余额较年初增加"), QStringLiteral("economy"), 45.8, QStringLiteral("亿元")));
    in.figures.append(make(35, QStringLiteral("森林覆盖率"), QStringLiteral("economy"), 64.7, QStringLiteral("%")));
    in.figures.append(make(36, QStringLiteral("满意率和基本满意率"), QStringLiteral("economy"), 98, QStringLiteral("%")));
    Figure deed = make(37, QStringLiteral("打掉黑社会性质组织"), QStringLiteral("economy"), 1, QStringLiteral("个"));
    deed.sentence = QStringLiteral("扫黑除恶成效明显，打掉黑社会性质组织1个、恶势力犯罪集团2个。");
    Figure object = make(39, QStringLiteral("恶势力犯罪集团"), QStringLiteral("economy"), 2, QStringLiteral("个"));
    object.sentence = deed.sentence;
    in.figures << deed << object;
    in.figures.append(make(38, QStringLiteral("xx麻业种植基地"), QStringLiteral("economy"), 2, QStringLiteral("个")));
    const QStringList cards = labels(page(Composer::compose(in), QStringLiteral("economy")));
    for (const char16_t *weak : {u"热水村", u"新人民医院", u"稳定消除风险对象", u"存款余额较年初增加", u"满意率和基本满意率",
                                 u"打掉黑社会性质组织", u"恶势力犯罪集团", u"xx麻业种植基地"})
        EXPECT_FALSE(cards.contains(QString::fromUtf16(weak))) << QString::fromUtf16(weak).toStdString();
    EXPECT_TRUE(cards.contains(QStringLiteral("省级乡村治理示范村")));
    EXPECT_TRUE(cards.contains(QStringLiteral("森林覆盖率")));
    EXPECT_TRUE(cards.contains(QStringLiteral("地区生产总值")));
}

// 技改投资 25 亿元 beside 村集体年收入 3 万元 would draw a bar that reads 0.
TEST(ComposerTest, NoChartPointIsAThousandthOfTheLongest)
{
    Composer::Input in;
    in.year = 2023;
    in.figures = {make(1, QStringLiteral("技改投资"), QStringLiteral("economy"), 25, QStringLiteral("亿元")),
                  make(2, QStringLiteral("村集体年收入"), QStringLiteral("economy"), 3, QStringLiteral("万元")),
                  make(3, QStringLiteral("专利权质押融资"), QStringLiteral("economy"), 1.6, QStringLiteral("亿元"))};
    const LayoutPage &e = page(Composer::compose(in), QStringLiteral("economy"));
    ASSERT_EQ(e.cards.size(), 3);
    ASSERT_EQ(e.charts.size(), 1);
    QList<qint64> charted;
    for (const LayoutPoint &p : e.charts.first().points)
        charted.append(p.figure);
    EXPECT_EQ(charted, (QList<qint64>{1, 3}));
}

TEST(ComposerTest, OneCardPerIndicatorAndTwoValuesBecomeAWarning)
{
    Composer::Input in;
    in.figures = {make(1, QStringLiteral("粮食总产"), QStringLiteral("agriculture"), 13.4, QStringLiteral("亿斤")),
                  make(2, QStringLiteral("高标准农田"), QStringLiteral("agriculture"), 2.5, QStringLiteral("万亩")),
                  make(3, QStringLiteral("粮食总产量"), QStringLiteral("agriculture"), 13.5, QStringLiteral("亿斤"))};
    const Layout l = Composer::compose(in);
    const LayoutPage &a = page(l, QStringLiteral("agriculture"));
    ASSERT_EQ(a.cards.size(), 2);
    EXPECT_EQ(a.cards.at(0).figure, 1);  // the first statement wins
    ASSERT_EQ(l.dataWarnings.size(), 1);
    EXPECT_TRUE(l.dataWarnings.first().contains(QStringLiteral("13.4亿斤")));
    EXPECT_TRUE(l.dataWarnings.first().contains(QStringLiteral("13.5亿斤")));
    EXPECT_EQ(a.all.size(), 3);  // nothing is lost from the full list
}

TEST(ComposerTest, TargetsAndPlansStayOffTheSixPages)
{
    QList<Figure> figures = economy();
    Figure target = make(20, QStringLiteral("一般公共预算收入"), QStringLiteral("economy"), std::nullopt, QString(), 6.5);
    target.role = QStringLiteral("target");
    target.year = 2024;
    Figure plan = make(21, QStringLiteral("新建高标准农田"), QStringLiteral("agriculture"), 3, QStringLiteral("万亩"));
    plan.role = QStringLiteral("plan");
    figures << target << plan;
    Composer::Input in;
    in.figures = figures;
    const Layout l = Composer::compose(in);
    for (const LayoutPage &p : l.pages) {
        for (const LayoutCard &c : p.cards)
            EXPECT_TRUE(c.figure != 20 && c.figure != 21) << p.name.toStdString();
    }
    EXPECT_TRUE(l.dataWarnings.isEmpty());
}

TEST(ComposerTest, FillingAPlaceholderKeepsThePage)
{
    QList<Figure> figures = economy();
    Figure rate = make(30, QStringLiteral("整改率"), QStringLiteral("economy"), std::nullopt, QStringLiteral("%"));
    rate.pending = true;
    rate.mask = QStringLiteral("xx");
    Figure share = make(31, QStringLiteral("民生支出占比"), QStringLiteral("economy"), 81.2, QStringLiteral("%"));
    figures << rate << share;
    Composer::Input in;
    in.figures = figures;
    const Layout before = Composer::compose(in);
    in.figures[9].pending = false;
    in.figures[9].value = 95;
    const Layout after = Composer::compose(in);
    QJsonObject a = LayoutJson::toJson(before);
    QJsonObject b = LayoutJson::toJson(after);
    EXPECT_EQ(a.value(QStringLiteral("pendingShown")).toInt(), 1);
    EXPECT_EQ(b.value(QStringLiteral("pendingShown")).toInt(), 0);
    a.remove(QStringLiteral("pendingShown"));
    b.remove(QStringLiteral("pendingShown"));
    EXPECT_EQ(a, b);
}

TEST(ComposerTest, StaffOverridesHidePinAndRename)
{
    Composer::Input in;
    in.figures = economy();
    FigureOverride hide;
    hide.figureId = 1;
    hide.hidden = true;
    FigureOverride pin;
    pin.figureId = 6;
    pin.pinPage = QStringLiteral("social");
    pin.order = 0;
    pin.label = QStringLiteral("乡村公益岗位");
    in.overrides = {hide, pin};
    const Layout l = Composer::compose(in);
    for (const LayoutCard &c : page(l, QStringLiteral("economy")).cards)
        EXPECT_NE(c.figure, 1);
    const LayoutPage &s = page(l, QStringLiteral("social"));
    ASSERT_FALSE(s.cards.isEmpty());
    EXPECT_EQ(s.cards.first().figure, 6);
    EXPECT_EQ(s.cards.first().label, QStringLiteral("乡村公益岗位"));
}

TEST(ComposerTest, BudgetFollowsTheScreen)
{
    EXPECT_EQ(Composer::budgetFor({1920, 1080}).cards, 12);
    EXPECT_EQ(Composer::budgetFor({3840, 2160}).cards, 12);
    EXPECT_LT(Composer::budgetFor({1024, 768}).cards, 12);
    EXPECT_GT(Composer::budgetFor({5760, 1080}).cards, 12);
    QList<Figure> many;
    for (int i = 0; i < 40; ++i)
        many.append(make(i + 1, QStringLiteral("重点工程投入%1").arg(QChar(u'甲' + i)), QStringLiteral("urban"), i + 1,
                         QStringLiteral("万元")));
    Composer::Input in;
    in.figures = many;
    in.size = {1024, 768};
    EXPECT_EQ(page(Composer::compose(in), QStringLiteral("urban")).cards.size(), Composer::budgetFor(in.size).cards);
    in.size = {1920, 1080};
    EXPECT_EQ(page(Composer::compose(in), QStringLiteral("urban")).cards.size(), 12);
}

TEST(NumbersTest, OneFormatterNoDoubledSeparators)
{
    EXPECT_EQ(Numbers::format(12345, 0), QStringLiteral("12,345"));
    EXPECT_EQ(Numbers::format(36148.5, 1), QStringLiteral("36,148.5"));
    EXPECT_EQ(Numbers::format(1234567.891, 2), QStringLiteral("1,234,567.89"));
    EXPECT_EQ(Numbers::format(9999, 0), QStringLiteral("9999"));
    EXPECT_EQ(Numbers::format(-12345, 0), QStringLiteral("-12,345"));
    EXPECT_EQ(Numbers::format(-0.04, 1), QStringLiteral("0.0"));
    // The report's own precision: 80.53 stays 80.53, 12.35 stays 12.35.
    EXPECT_EQ(Numbers::format(80.53), QStringLiteral("80.53"));
    EXPECT_EQ(Numbers::format(12.35), QStringLiteral("12.35"));
    EXPECT_EQ(Numbers::format(6.0), QStringLiteral("6"));
}
