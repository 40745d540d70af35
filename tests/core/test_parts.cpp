#include "ReportParser.h"
#include "ReportReader.h"
#include "TestSupport.h"
#include "parse/Parts.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>

// Roles and years of figures: which part of the report each stands in. The texts below are
// written for these tests; the shared full reports are read where they lie.

void PrintTo(const QString &s, std::ostream *os)
{
    *os << s.toStdString();
}

namespace {

const Figure *find(const ParsedReport &r, const QString &name, const std::optional<double> &value = {})
{
    for (const Figure &f : r.figures) {
        if (f.name.contains(name) && (!value || (f.value && qFuzzyCompare(*f.value, *value))
                                      || (f.growth && qFuzzyCompare(*f.growth, *value))))
            return &f;
    }
    return nullptr;
}

QString describe(const ParsedReport &r)
{
    QString out;
    for (const Figure &f : r.figures)
        out += QStringLiteral("%1 %2 %3 | ").arg(f.name, f.role).arg(f.year);
    return out;
}

#define EXPECT_PART(report, name, value, wantRole, wantYear)                                       \
    do {                                                                                          \
        const Figure *f_ = find(report, QStringLiteral(name), value);                             \
        ASSERT_NE(f_, nullptr) << name << " not found in " << qPrintable(describe(report));      \
        EXPECT_EQ(f_->role, QStringLiteral(wantRole)) << name;                                    \
        EXPECT_EQ(f_->year, wantYear) << name;                                                    \
    } while (0)

const QString kOneYear = QStringLiteral(
    "政府工作报告\n"
    "——2025年1月10日在青禾县第五届人民代表大会第三次会议上\n"
    "各位代表：\n"
    "现在，我代表县人民政府向大会报告工作，请予审议。\n"
    "一、2024年工作回顾\n"
    "2024年，全县地区生产总值完成128.5亿元，同比增长5.6%。一般公共预算收入9.2亿元，增长7.1%。"
    "新建村级活动场所12个。近三年来，累计建成乡村公路86公里。城乡居民收入年均增长7.9%。"
    "下一步将新建污水处理厂2座。\n"
    "二、2025年工作安排\n"
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长6.5%以上。\n"
    "（一）壮大实体经济。今年将新建标准化厂房30万平方米，力争新增规模以上工业企业15家。"
    "去年全县完成技改投资18.4亿元。\n"
    "附：名词解释\n"
    "1.四好农村路：指建好、管好、护好、运营好农村公路，全县已覆盖120个村。\n");

} // namespace

TEST(Parts, OneYearReviewTargetsPlanAndGlossary)
{
    const ParsedReport r = ReportParser::parse(kOneYear);
    ASSERT_EQ(r.year, 2024);
    EXPECT_PART(r, "地区生产总值", 128.5, "result", 2024);
    EXPECT_PART(r, "一般公共预算收入", 9.2, "result", 2024);
    EXPECT_PART(r, "村级活动场所", 12.0, "result", 2024);
    // A span of years inside a one-year review, and an average annual change.
    EXPECT_PART(r, "乡村公路", 86.0, "period", 2024);
    EXPECT_PART(r, "收入", 7.9, "period", 2024);
    // A promise inside the review belongs to the plan of the coming year.
    EXPECT_PART(r, "污水处理厂", 2.0, "plan", 2025);
    EXPECT_PART(r, "地区生产总值", 6.0, "target", 2025);
    EXPECT_PART(r, "一般公共预算收入", 6.5, "target", 2025);
    EXPECT_PART(r, "厂房", 30.0, "plan", 2025);
    EXPECT_PART(r, "规模以上工业企业", 15.0, "plan", 2025);
    // A look back inside the plan is a result of the reviewed year.
    EXPECT_PART(r, "技改投资", 18.4, "result", 2024);
    EXPECT_PART(r, "", 120.0, "glossary", 0);
}

TEST(Parts, FiveYearReview)
{
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "政府工作报告\n"
        "——2025年1月12日在青禾县第六届人民代表大会第一次会议上\n"
        "各位代表：\n"
        "现在，我代表县人民政府向大会报告工作。\n"
        "一、过去五年工作回顾\n"
        "五年来，全县地区生产总值从2019年的80.1亿元增加到104.3亿元，年均增长6.2%。"
        "累计完成固定资产投资420亿元。新建学校14所。\n"
        "2024年，全县粮食总产达到9.8亿斤。\n"
        "二、今后五年工作任务\n"
        "到2029年，力争地区生产总值达到150亿元。\n"
        "三、2025年工作安排\n"
        "主要预期目标是：地区生产总值增长6%以上。\n"));
    ASSERT_EQ(r.year, 2024);
    EXPECT_PART(r, "地区生产总值", 6.2, "period", 2024);
    EXPECT_PART(r, "地区生产总值", 104.3, "period", 2024);
    EXPECT_PART(r, "地区生产总值（2019年）", 80.1, "period", 2019);
    EXPECT_PART(r, "固定资产投资", 420.0, "period", 2024);
    EXPECT_PART(r, "学校", 14.0, "period", 2024);
    // The reviewed year itself, inside the five-year review.
    EXPECT_PART(r, "粮食总产", 9.8, "result", 2024);
    // A coming plan period: its targets are about its last year.
    EXPECT_PART(r, "地区生产总值", 150.0, "plan", 2029);
    EXPECT_PART(r, "地区生产总值", 6.0, "target", 2025);
}

TEST(Parts, PlanPeriodAndYearInOneReview)
{
    // "十四五"时期和2025年工作回顾: the five years first, then the year, told apart by the
    // paragraphs' opening words.
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "政府工作报告\n"
        "——2026年1月9日在青禾县第六届人民代表大会第二次会议上\n"
        "各位代表：\n"
        "现在，我代表县人民政府向大会报告工作。\n"
        "“十四五”时期和2025年工作回顾\n"
        "“十四五”时期，是青禾负重前行的五年。\n"
        "这五年，我们稳住经济基本盘，全县地区生产总值年均增长5.1%，建成高标准农田21万亩。\n"
        "各位代表，2025年是“十四五”收官之年。一年来，全县地区生产总值增长5.4%，新建高标准农田4.2万亩。\n"
        "一、工业经济稳中有进\n"
        "全年新增规模以上工业企业11家。\n"
        "2026年工作目标任务\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n"));
    ASSERT_EQ(r.year, 2025);
    EXPECT_PART(r, "地区生产总值", 5.1, "period", 2025);
    EXPECT_PART(r, "高标准农田", 21.0, "period", 2025);
    EXPECT_PART(r, "地区生产总值", 5.4, "result", 2025);
    EXPECT_PART(r, "高标准农田", 4.2, "result", 2025);
    EXPECT_PART(r, "规模以上工业企业", 11.0, "result", 2025);
    EXPECT_PART(r, "地区生产总值", 5.5, "target", 2026);
}

TEST(Parts, SincePlanStartThenTheYearAndAGlossaryWithAColon)
{
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "政府工作报告\n"
        "——2024年1月15日在云溪县第十七届人民代表大会第四次会议上\n"
        "各位代表：\n"
        "现在，我代表县人民政府，向大会报告工作。\n"
        "一、“十四五”以来及2023年工作回顾\n"
        "“十四五”以来，全县地区生产总值年均增长6.3%，三年累计完成固定资产投资560亿元。\n"
        "2023年，全县地区生产总值达到215.6亿元，增长6.1%。新建村级养老服务站32个。\n"
        "二、2024年工作安排\n"
        "今年的主要预期目标是：地区生产总值增长6%左右。\n"
        "名词解释：\n"
        "1.“两业融合”：指先进制造业和现代服务业融合，全县已有12家试点企业。\n"));
    ASSERT_EQ(r.year, 2023);
    EXPECT_PART(r, "地区生产总值", 6.3, "period", 2023);
    EXPECT_PART(r, "固定资产投资", 560.0, "period", 2023);
    EXPECT_PART(r, "地区生产总值", 215.6, "result", 2023);
    EXPECT_PART(r, "养老服务站", 32.0, "result", 2023);
    EXPECT_PART(r, "地区生产总值", 6.0, "target", 2024);
    EXPECT_PART(r, "", 12.0, "glossary", 0);
}

TEST(Parts, DaysAndDosesAreResultsLikeAnyOther)
{
    // 天 and 剂次 are units of headline results (优良天数, 疫苗接种); 天然气 is not a day.
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "一、2024年工作回顾\n"
        "空气质量优良天数达到298天。累计接种新冠疫苗12.6万剂次。新建天然气管道18公里。\n"));
    EXPECT_PART(r, "优良天数", 298.0, "result", 2024);
    EXPECT_PART(r, "疫苗", 12.6, "result", 2024);
    const Figure *pipes = find(r, QStringLiteral("管道"), 18.0);
    ASSERT_NE(pipes, nullptr);
    EXPECT_EQ(pipes->unit, QStringLiteral("公里"));
    EXPECT_EQ(find(r, QStringLiteral("优良天数"), 298.0)->unit, QStringLiteral("天"));
    EXPECT_EQ(find(r, QStringLiteral("疫苗"), 12.6)->unit, QStringLiteral("万剂次"));
}

TEST(Parts, ReportWithoutHeadings)
{
    // No outline at all: the paragraph that opens the coming year starts the plan.
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "2024年，全县上下真抓实干，地区生产总值达到66.2亿元，增长4.9%。新增城镇就业2100人。\n"
        "今年是实施规划的关键一年。今年的主要预期目标是：地区生产总值增长5.5%左右。\n"
        "我们将新改建农村公路45公里。\n"));
    ASSERT_EQ(r.year, 2024);
    EXPECT_PART(r, "地区生产总值", 66.2, "result", 2024);
    EXPECT_PART(r, "城镇就业", 2100.0, "result", 2024);
    EXPECT_PART(r, "地区生产总值", 5.5, "target", 2025);
    EXPECT_PART(r, "农村公路", 45.0, "plan", 2025);
}

TEST(Parts, ReviewOnlyReportHasResultsOnly)
{
    // A government team's summary: no targets, no plan, nothing but results.
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "2024年，青禾县政府班子在县委的领导下，扎实工作。\n"
        "一、县域经济稳步发展\n"
        "（一）经济运行稳中向好。全县地区生产总值完成88.4亿元，增长5.2%；规上工业增加值增长7.5%。\n"
        "（二）农业基础更加稳固。粮食总产达到6.1亿斤，新建高标准农田3.5万亩。\n"));
    ASSERT_FALSE(r.figures.isEmpty());
    for (const Figure &f : r.figures) {
        EXPECT_EQ(f.role, QStringLiteral("result")) << qPrintable(f.name);
        EXPECT_EQ(f.year, 2024) << qPrintable(f.name);
    }
}

TEST(Parts, ReassigningAfterTheYearChangesIsStable)
{
    ParsedReport r = ReportParser::parse(kOneYear);
    const qsizetype count = r.figures.size();
    r.year = 2023;
    assignParts(r);
    EXPECT_EQ(r.figures.size(), count);
    EXPECT_PART(r, "地区生产总值", 128.5, "result", 2023);
    EXPECT_PART(r, "厂房", 30.0, "plan", 2025); // the plan's heading names its year
}

// The five full reports: the reviewed year's GDP is a result of that year (a period figure
// where the report reviews five years only), targets are of the coming year, and nothing in
// the glossary counts as a result.
TEST(Parts, FullReports)
{
    const QString dir = testsupport::sharedReportsDir() + QStringLiteral("/full");
    QFile file(dir + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "no full reports at " << qPrintable(dir);
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    static const QRegularExpression glossaryHeading(QStringLiteral("^(?:附[：:])?(?:名词解释|短语说明)\\s*$"),
                                                    QRegularExpression::MultilineOption);
    int checked = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        SCOPED_TRACE(qPrintable(it.key()));
        const ReadResult read = readReportFile(dir + u'/' + it.key());
        ASSERT_TRUE(read.ok);
        const ParsedReport r = ReportParser::parse(read.text);
        const int year = it.value().toObject().value(QStringLiteral("year")).toInt();
        ASSERT_EQ(r.year, year);
        const Figure *gdp = nullptr;
        int results = 0;
        int targets = 0;
        for (const Figure &f : r.figures) {
            if ((f.role == QLatin1String("result") || f.role == QLatin1String("period")) && f.year == year) {
                ++results;
                // The one-year figure when there is one, else the period's.
                if (f.name.endsWith(QStringLiteral("生产总值")) && f.growth
                    && (!gdp || (gdp->role != f.role && f.role == QLatin1String("result"))))
                    gdp = &f;
            }
            if (f.role == QLatin1String("target")) {
                ++targets;
                EXPECT_EQ(f.year, year + 1) << qPrintable(f.name);
            }
        }
        ASSERT_NE(gdp, nullptr);
        // Only a report that reviews five years and no single year has it as a period figure.
        const bool fiveYearsOnly = std::none_of(r.figures.cbegin(), r.figures.cend(),
                                                [](const Figure &f) { return f.role == QLatin1String("result"); });
        EXPECT_EQ(gdp->role, fiveYearsOnly ? QStringLiteral("period") : QStringLiteral("result"));
        EXPECT_GT(results, 50);
        EXPECT_GE(targets, 5);
        const auto glossary = glossaryHeading.match(r.text);
        ASSERT_TRUE(glossary.hasMatch());
        for (const Figure &f : r.figures) {
            if (f.start >= glossary.capturedStart())
                EXPECT_EQ(f.role, QStringLiteral("glossary")) << qPrintable(f.name);
            else
                EXPECT_NE(f.role, QStringLiteral("glossary")) << qPrintable(f.name);
        }
        ++checked;
    }
    EXPECT_EQ(checked, 5);
}
