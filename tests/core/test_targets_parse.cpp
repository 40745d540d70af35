#include "ReportParser.h"
#include "ReportReader.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

// The coming year's targets as the parser reads them: role target, the target year, the
// comparator kept in the qualifier. Texts written for these tests.

void PrintTo(const QString &s, std::ostream *os)
{
    *os << s.toStdString();
}

namespace {

QList<Figure> targets(const ParsedReport &r)
{
    QList<Figure> out;
    for (const Figure &f : r.figures) {
        if (f.role == QLatin1String("target"))
            out.append(f);
    }
    return out;
}

QString names(const QList<Figure> &figures)
{
    QStringList out;
    for (const Figure &f : figures)
        out << QStringLiteral("%1[%2]").arg(f.name, f.qualifier);
    return out.join(u' ');
}

bool hasQualifier(const Figure &f, const QString &q)
{
    return f.qualifier.split(u',').contains(q);
}

ParsedReport parseWithTargets(const QString &targetSentence)
{
    return ReportParser::parse(QStringLiteral(
        "政府工作报告\n"
        "——2025年1月10日在青禾县第五届人民代表大会第三次会议上\n"
        "各位代表：\n"
        "现在，我代表县人民政府向大会报告工作，请予审议。\n"
        "一、2024年工作回顾\n"
        "2024年，全县地区生产总值完成128.5亿元，同比增长5.6%。\n"
        "二、2025年工作安排\n")
        + targetSentence + QStringLiteral("\n（一）壮大实体经济。今年将新建标准化厂房30万平方米。\n"));
}

} // namespace

TEST(TargetsParse, GrowthTargetsKeepTheirComparators)
{
    const ParsedReport r = parseWithTargets(QStringLiteral(
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长6.5%以上，"
        "城镇登记失业率控制在4.5%以内，固定资产投资增长8%。"));
    const QList<Figure> t = targets(r);
    ASSERT_EQ(t.size(), 4) << qPrintable(names(t));
    EXPECT_EQ(t[0].name, QStringLiteral("地区生产总值"));
    EXPECT_DOUBLE_EQ(*t[0].growth, 6.0);
    EXPECT_TRUE(hasQualifier(t[0], QStringLiteral("左右")));
    EXPECT_EQ(t[1].name, QStringLiteral("一般公共预算收入"));
    EXPECT_TRUE(hasQualifier(t[1], QStringLiteral("以上")));
    EXPECT_EQ(t[2].name, QStringLiteral("城镇登记失业率"));
    EXPECT_DOUBLE_EQ(*t[2].value, 4.5);
    EXPECT_TRUE(hasQualifier(t[2], QStringLiteral("以内")));
    EXPECT_TRUE(t[3].qualifier.isEmpty());
    for (const Figure &f : t)
        EXPECT_EQ(f.year, 2025) << qPrintable(f.name);
    // The result of the reviewed year stays a result.
    EXPECT_EQ(r.figures.first().role, QStringLiteral("result"));
}

TEST(TargetsParse, LevelTarget)
{
    const ParsedReport r = parseWithTargets(QStringLiteral(
        "主要预期目标是：社会消费品零售总额达到326.4亿元，粮食总产稳定在9亿斤以上。"));
    const QList<Figure> t = targets(r);
    ASSERT_EQ(t.size(), 2) << qPrintable(names(t));
    EXPECT_EQ(t[0].name, QStringLiteral("社会消费品零售总额"));
    EXPECT_DOUBLE_EQ(*t[0].value, 326.4);
    EXPECT_EQ(t[0].unit, QStringLiteral("亿元"));
    EXPECT_FALSE(t[0].growth.has_value());
    EXPECT_TRUE(hasQualifier(t[1], QStringLiteral("以上")));
}

TEST(TargetsParse, SharedGrowthSplitsIntoTownAndCountry)
{
    const ParsedReport r = parseWithTargets(QStringLiteral(
        "今年的主要预期目标是：城乡居民收入分别增长7.5%和8%，城乡居民人均可支配收入分别增长6%、7%以上。"));
    const QList<Figure> t = targets(r);
    ASSERT_EQ(t.size(), 4) << qPrintable(names(t));
    EXPECT_TRUE(t[0].name.startsWith(QStringLiteral("城镇")));
    EXPECT_DOUBLE_EQ(*t[0].growth, 7.5);
    EXPECT_TRUE(t[1].name.startsWith(QStringLiteral("农村")));
    EXPECT_DOUBLE_EQ(*t[1].growth, 8.0);
    EXPECT_TRUE(t[0].qualifier.isEmpty());
    // "6%、7%以上": the comparator covers both numbers of the list.
    EXPECT_TRUE(hasQualifier(t[2], QStringLiteral("以上"))) << qPrintable(names(t));
    EXPECT_TRUE(hasQualifier(t[3], QStringLiteral("以上")));
}

TEST(TargetsParse, ComparisonTargetsWithoutNumbers)
{
    const ParsedReport r = parseWithTargets(QStringLiteral(
        "主要预期目标是：地区生产总值增长6%，规上工业增加值、社会消费品零售总额增幅及实际利用外资均高于全市平均水平，"
        "居民收入增长与经济增长同步，全面完成上级下达的各项约束性指标。"));
    const QList<Figure> t = targets(r);
    ASSERT_EQ(t.size(), 5) << qPrintable(names(t));
    EXPECT_EQ(t[1].name, QStringLiteral("规上工业增加值"));
    EXPECT_EQ(t[1].qualifier, QStringLiteral("增幅高于全市平均水平"));
    EXPECT_EQ(t[2].name, QStringLiteral("社会消费品零售总额"));
    EXPECT_EQ(t[2].qualifier, QStringLiteral("增幅高于全市平均水平"));
    EXPECT_EQ(t[3].name, QStringLiteral("实际利用外资"));
    EXPECT_EQ(t[3].qualifier, QStringLiteral("高于全市平均水平"));
    EXPECT_EQ(t[4].name, QStringLiteral("居民收入"));
    EXPECT_EQ(t[4].qualifier, QStringLiteral("增长与经济增长同步"));
    for (const Figure &f : t.mid(1)) {
        EXPECT_FALSE(f.value.has_value());
        EXPECT_FALSE(f.growth.has_value());
        EXPECT_EQ(f.year, 2025);
        // Offsets point at the indicator's name in the original text.
        EXPECT_EQ(r.text.mid(f.start, f.end - f.start), f.name);
        EXPECT_TRUE(f.sentence.contains(f.name));
        EXPECT_FALSE(f.domain.isEmpty());
    }
}

TEST(TargetsParse, ListedTargetsAfterAColon)
{
    const ParsedReport r = parseWithTargets(QStringLiteral(
        "今年全县经济社会发展的主要预期目标是：\n"
        "——地区生产总值增长6.5%左右；\n"
        "——一般公共预算收入增长5%；\n"
        "——粮食产量保持稳定。\n"
        "实现上述目标，要重点抓好以下工作。"));
    const QList<Figure> t = targets(r);
    ASSERT_EQ(t.size(), 3) << qPrintable(names(t));
    EXPECT_EQ(t[2].name, QStringLiteral("粮食产量"));
    EXPECT_EQ(t[2].qualifier, QStringLiteral("保持稳定"));
    const Figure &plant = r.figures.last();
    EXPECT_EQ(plant.role, QStringLiteral("plan"));
}

TEST(TargetsParse, TargetsUnderAHeadingOfTheirOwn)
{
    const ParsedReport r = parseWithTargets(QStringLiteral(
        "（一）主要预期目标\n"
        "1.地区生产总值增长6%左右；\n"
        "2.单位生产总值能耗下降完成市下达任务。\n"
        "（二）重点工作\n"
        "全年实施重点项目120个。"));
    const QList<Figure> t = targets(r);
    ASSERT_EQ(t.size(), 2) << qPrintable(names(t));
    EXPECT_EQ(t[0].name, QStringLiteral("地区生产总值"));
    EXPECT_EQ(t[1].name, QStringLiteral("单位生产总值能耗"));
    EXPECT_EQ(t[1].qualifier, QStringLiteral("下降完成市下达任务"));
    bool planned = false;
    for (const Figure &f : r.figures)
        planned = planned || (f.name.contains(QStringLiteral("重点项目")) && f.role == QLatin1String("plan"));
    EXPECT_TRUE(planned);
}

// "二、主要目标和重点工作": the targets stop at the first work item, a heading run into its text.
TEST(TargetsParse, TargetsAndWorkUnderOneHeading)
{
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "一、2024年工作回顾\n"
        "2024年，全县地区生产总值完成128.5亿元，同比增长5.6%。\n"
        "二、2025年主要目标和重点工作\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；粮食产量稳定在50万吨以上。\n"
        "（一）推动产业升级。今年将实施重点项目120个。\n"));
    const QList<Figure> t = targets(r);
    ASSERT_EQ(t.size(), 2) << qPrintable(names(t));
    EXPECT_EQ(t[1].name, QStringLiteral("粮食产量"));
    EXPECT_EQ(t[1].year, 2025);
    const Figure &projects = r.figures.last();
    EXPECT_TRUE(projects.name.contains(QStringLiteral("重点项目"))) << qPrintable(projects.name);
    EXPECT_EQ(projects.role, QStringLiteral("plan"));
    EXPECT_EQ(projects.year, 2025);
}

// 以上 after "分别增长7%、8%以上" is the list's, not that of 社零's own 8% just before it.
TEST(TargetsParse, ASharedComparatorStaysInItsList)
{
    const ParsedReport r = parseWithTargets(QStringLiteral(
        "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，居民消费价格涨幅控制在3%左右，"
        "社会消费品零售总额增长8%，城乡居民人均可支配收入分别增长7%、8%以上。"));
    const QList<Figure> t = targets(r);
    ASSERT_EQ(t.size(), 5) << qPrintable(names(t));
    EXPECT_EQ(t[2].name, QStringLiteral("社会消费品零售总额"));
    EXPECT_FALSE(hasQualifier(t[2], QStringLiteral("以上"))) << qPrintable(names(t));
    EXPECT_TRUE(hasQualifier(t[3], QStringLiteral("以上")));
    EXPECT_TRUE(hasQualifier(t[4], QStringLiteral("以上")));
}

TEST(TargetsParse, ReportWithoutTargets)
{
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "一、2024年工作回顾\n"
        "2024年，全县地区生产总值完成128.5亿元，同比增长5.6%，高于全市平均水平。\n"));
    EXPECT_TRUE(targets(r).isEmpty());
    ASSERT_FALSE(r.figures.isEmpty());
}

// The full reports: the coming year's GDP target with its comparator, in each of them.
TEST(TargetsParse, FullReports)
{
    const QString dir = testsupport::sharedReportsDir() + QStringLiteral("/full");
    QFile file(dir + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "no full reports at " << qPrintable(dir);
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        SCOPED_TRACE(qPrintable(it.key()));
        const ReadResult read = readReportFile(dir + u'/' + it.key());
        ASSERT_TRUE(read.ok);
        const ParsedReport r = ReportParser::parse(read.text);
        const QList<Figure> t = targets(r);
        ASSERT_GE(t.size(), 5) << qPrintable(names(t));
        const Figure &gdp = t.first();
        EXPECT_TRUE(gdp.name.endsWith(QStringLiteral("生产总值"))) << qPrintable(names(t));
        ASSERT_TRUE(gdp.growth.has_value());
        EXPECT_TRUE(hasQualifier(gdp, QStringLiteral("以上")) || hasQualifier(gdp, QStringLiteral("左右")));
        EXPECT_EQ(gdp.year, r.year + 1);
        for (const Figure &f : t)
            EXPECT_TRUE(f.value || f.growth || !f.qualifier.isEmpty()) << qPrintable(f.name);
    }
}
