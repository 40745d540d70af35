#include "ReportParser.h"
#include "ReportReader.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

// Sentences in the style of county work reports (主要指标, 五年回顾, 民生实事, 招商引资 …),
// written for these tests: the counties and numbers are invented. Each expectation is
// what a careful reader would take from the sentence.
namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

struct Want
{
    const char16_t *name;        // words the name must contain, separated by '+'
    double value;                // kNone: the sentence gives no value
    const char16_t *unit;
    double growth;               // kNone: no growth
    const char16_t *kind;        // growthKind, nullptr: not checked
    const char16_t *qualifier;   // each comma-separated item must be present; nullptr: not checked
    const char16_t *rank;        // nullptr: not checked
};

struct Case
{
    const char16_t *text;
    std::initializer_list<Want> figures;
};

QString describe(const ParsedReport &r)
{
    QStringList out;
    for (const Figure &f : r.figures) {
        out << QStringLiteral("[%1 v=%2%3 g=%4 %5 q=%6 r=%7]")
                   .arg(f.name, f.value ? QString::number(*f.value) : QStringLiteral("-"), f.unit,
                        f.growth ? QString::number(*f.growth) : QStringLiteral("-"), f.growthKind, f.qualifier, f.rank);
    }
    return out.join(u' ');
}

bool same(const std::optional<double> &got, double want)
{
    if (std::isnan(want))
        return !got.has_value();
    return got.has_value() && std::fabs(*got - want) < 1e-9;
}

bool nameMatches(const Figure &f, const char16_t *want)
{
    for (const QString &part : QString::fromUtf16(want).split(u'+')) {
        if (!f.name.contains(part))
            return false;
    }
    return true;
}

void check(const Case &c)
{
    const QString text = QString::fromUtf16(c.text);
    SCOPED_TRACE(text.toStdString());
    const ParsedReport r = ReportParser::parse(text);
    for (const Want &w : c.figures) {
        const Figure *hit = nullptr;
        for (const Figure &f : r.figures) {
            if (nameMatches(f, w.name) && same(f.value, w.value) && f.unit == QString::fromUtf16(w.unit)) {
                hit = &f;
                break;
            }
        }
        ASSERT_TRUE(hit) << "no figure " << QString::fromUtf16(w.name).toStdString() << " = " << w.value
                         << QString::fromUtf16(w.unit).toStdString() << " in " << describe(r).toStdString();
        EXPECT_TRUE(same(hit->growth, w.growth)) << describe(r).toStdString();
        if (w.kind)
            EXPECT_EQ(hit->growthKind, QString::fromUtf16(w.kind)) << describe(r).toStdString();
        if (w.qualifier) {
            const QStringList have = hit->qualifier.split(u',');
            for (const QString &q : QString::fromUtf16(w.qualifier).split(u',', Qt::SkipEmptyParts))
                EXPECT_TRUE(have.contains(q)) << q.toStdString() << " not in " << hit->qualifier.toStdString();
            if (QString::fromUtf16(w.qualifier).isEmpty())
                EXPECT_TRUE(hit->qualifier.isEmpty()) << hit->qualifier.toStdString();
        }
        if (w.rank)
            EXPECT_EQ(hit->rank, QString::fromUtf16(w.rank));
        // Every figure traces back to its sentence.
        EXPECT_EQ(hit->sentence, text.mid(hit->sentenceStart, hit->sentenceEnd - hit->sentenceStart));
    }
}

// No figure of the report may carry this value (years, ordinals, phone numbers …).
void expectNoValue(const ParsedReport &r, double value)
{
    for (const Figure &f : r.figures)
        EXPECT_FALSE(f.value && *f.value == value) << describe(r).toStdString();
}

const Figure *named(const ParsedReport &r, const char16_t *name)
{
    for (const Figure &f : r.figures) {
        if (f.name == QString::fromUtf16(name))
            return &f;
    }
    return nullptr;
}

} // namespace

TEST(Style, HeadlineIndicatorParagraph)
{
    check({u"2023年，全县实现地区生产总值218.6亿元，增长6.2%；规上工业增加值增长9.1%；固定资产投资增长-2.3%；"
           u"社会消费品零售总额65.4亿元，同比持平。",
           {{u"地区生产总值", 218.6, u"亿元", 6.2, u"增长", u"", nullptr},
            {u"规上工业增加值", kNone, u"", 9.1, nullptr, nullptr, nullptr},
            {u"固定资产投资", kNone, u"", -2.3, nullptr, nullptr, nullptr},
            {u"社会消费品零售总额", 65.4, u"亿元", 0, u"同比", nullptr, nullptr}}});
    check({u"全年实现地区生产总值（GDP）156.8亿元，按可比价格计算，同比增长5.6%。",
           {{u"地区生产总值", 156.8, u"亿元", 5.6, u"同比", nullptr, nullptr}}});
    check({u"一般公共预算收入12.8亿元、增长8.5%，其中税收收入9.6亿元、增长7.2%，税收占比75%。",
           {{u"一般公共预算收入", 12.8, u"亿元", 8.5, nullptr, nullptr, nullptr},
            {u"税收收入", 9.6, u"亿元", 7.2, nullptr, nullptr, nullptr},
            {u"税收占比", 75, u"%", kNone, nullptr, nullptr, nullptr}}});
    check({u"全年完成外贸进出口总额5.6亿美元，同比下降3.5%。",
           {{u"外贸进出口总额", 5.6, u"亿美元", -3.5, u"同比", nullptr, nullptr}}});
    check({u"居民消费价格指数上涨1.8%。", {{u"居民消费价格指数", kNone, u"", 1.8, nullptr, nullptr, nullptr}}});
    check({u"工业用电量与上年持平，农业增加值比上年增长3.1%。",
           {{u"工业用电量", kNone, u"", 0, u"比上年", nullptr, nullptr},
            {u"农业增加值", kNone, u"", 3.1, u"比上年", nullptr, nullptr}}});
}

TEST(Style, RespectivelyAcrossClauses)
{
    check({u"一般公共预算收入12.8亿元，其中税收收入9.6亿元，分别增长8.5%、7.2%。",
           {{u"一般公共预算收入", 12.8, u"亿元", 8.5, nullptr, nullptr, nullptr},
            {u"税收收入", 9.6, u"亿元", 7.2, nullptr, nullptr, nullptr}}});
    check({u"接待游客326万人次，实现旅游综合收入28.6亿元，分别增长15.2%和18.3%。",
           {{u"游客", 326, u"万人次", 15.2, nullptr, nullptr, nullptr},
            {u"旅游综合收入", 28.6, u"亿元", 18.3, nullptr, nullptr, nullptr}}});
    check({u"城镇、农村常住居民人均可支配收入分别达到41256元、19832元，分别增长5.9%和7.8%。",
           {{u"城镇+人均可支配收入", 41256, u"元", 5.9, nullptr, nullptr, nullptr},
            {u"农村+人均可支配收入", 19832, u"元", 7.8, nullptr, nullptr, nullptr}}});
    check({u"金融机构存贷款余额分别为256.3亿元、189.6亿元。",
           {{u"存款余额", 256.3, u"亿元", kNone, nullptr, nullptr, nullptr},
            {u"贷款余额", 189.6, u"亿元", kNone, nullptr, nullptr, nullptr}}});
}

TEST(Style, RespectiveRanks)
{
    const QString text = QStringLiteral("规模以上工业增加值、固定资产投资和社会消费品零售总额分别增长8.5%、7.2%和9.1%，"
                                        "增速分别位居全市第二、第三和第一。");
    const ParsedReport r = ReportParser::parse(text);
    ASSERT_EQ(r.figures.size(), 3) << describe(r).toStdString();
    EXPECT_EQ(r.figures[0].name, QStringLiteral("规模以上工业增加值"));
    EXPECT_EQ(r.figures[0].growth, 8.5);
    EXPECT_EQ(r.figures[0].rank, QStringLiteral("位居全市第二"));
    EXPECT_EQ(r.figures[1].name, QStringLiteral("固定资产投资"));
    EXPECT_EQ(r.figures[1].rank, QStringLiteral("位居全市第三"));
    EXPECT_EQ(r.figures[2].name, QStringLiteral("社会消费品零售总额"));
    EXPECT_EQ(r.figures[2].growth, 9.1);
    EXPECT_EQ(r.figures[2].rank, QStringLiteral("位居全市第一"));
}

TEST(Style, PercentagePoints)
{
    check({u"城镇化率达到56.3%、提高1.2个百分点。",
           {{u"城镇化率", 56.3, u"%", 1.2, u"百分点", nullptr, nullptr}}});
    check({u"城镇登记失业率控制在3.5%以内，比上年下降0.5个百分点。",
           {{u"城镇登记失业率", 3.5, u"%", -0.5, u"百分点", u"以内", nullptr}}});
    check({u"全县森林覆盖率达到62.5%，比2015年提高3.2个百分点。",
           {{u"森林覆盖率", 62.5, u"%", 3.2, u"百分点", nullptr, nullptr}}});
    check({u"农业科技进步贡献率提高2个百分点。", {{u"农业科技进步贡献率", kNone, u"", 2, u"百分点", nullptr, nullptr}}});
    // A comparison is no change of the figure, and no figure of its own.
    const ParsedReport r = ReportParser::parse(QStringLiteral("规模以上工业增加值增长9.1%，高于全市平均水平2.1个百分点。"));
    ASSERT_EQ(r.figures.size(), 1) << describe(r).toStdString();
    EXPECT_EQ(r.figures[0].growth, 9.1);
    EXPECT_EQ(r.figures[0].growthKind, QStringLiteral("增长"));
}

TEST(Style, TimesAsGrowth)
{
    // Decision: a change in 倍 keeps the number as written with growthKind 倍 ("增长1.5倍"
    // is 1.5, "是…的1.8倍" is 1.8); the sentence tells which of the two it was.
    check({u"农村居民人均可支配收入增长1.5倍。",
           {{u"农村居民人均可支配收入", kNone, u"", 1.5, u"倍", nullptr, nullptr}}});
    check({u"一般公共预算收入累计完成52.6亿元，是“十二五”时期的1.8倍。",
           {{u"一般公共预算收入", 52.6, u"亿元", 1.8, u"倍", u"累计", nullptr}}});
    // A figure that already has its growth keeps it; the base-period child gets none.
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "过去五年，地区生产总值从2015年的98.6亿元增加到2020年的156.3亿元，年均增长7.8%，是2010年的2.3倍。"));
    const Figure *gdp = named(r, u"地区生产总值");
    const Figure *base = named(r, u"地区生产总值（2015年）");
    ASSERT_TRUE(gdp && base) << describe(r).toStdString();
    EXPECT_EQ(gdp->value, 156.3);
    EXPECT_EQ(gdp->growth, 7.8);
    EXPECT_EQ(gdp->growthKind, QStringLiteral("年均"));
    EXPECT_EQ(base->value, 98.6);
    EXPECT_FALSE(base->growth.has_value());
    expectNoValue(r, 2.3);
}

TEST(Style, FiveYearReview)
{
    check({u"地区生产总值由2017年的86.5亿元增长到2022年的125.3亿元。",
           {{u"地区生产总值", 125.3, u"亿元", kNone, nullptr, nullptr, nullptr},
            {u"地区生产总值+2017", 86.5, u"亿元", kNone, nullptr, u"基期", nullptr}}});
    check({u"一般公共预算收入五年累计完成52.6亿元。",
           {{u"一般公共预算收入", 52.6, u"亿元", kNone, nullptr, u"累计", nullptr}}});
    check({u"累计减少贫困人口3.86万人，38个贫困村全部出列，贫困发生率由12.6%降至0。",
           {{u"贫困人口", 3.86, u"万人", kNone, nullptr, u"累计", nullptr},
            {u"贫困村", 38, u"个", kNone, nullptr, nullptr, nullptr},
            {u"贫困发生率", 0, u"%", kNone, nullptr, nullptr, nullptr},
            {u"贫困发生率+起点", 12.6, u"%", kNone, nullptr, u"基期", nullptr}}});
    check({u"粮食总产连续三年稳定在55万吨以上。",
           {{u"粮食总产", 55, u"万吨", kNone, nullptr, u"以上,连续三年", nullptr}}});
    const ParsedReport r = ReportParser::parse(QStringLiteral("粮食总产连续三年稳定在55万吨以上。"));
    ASSERT_EQ(r.figures.size(), 1);
    EXPECT_EQ(r.figures[0].name, QStringLiteral("粮食总产"));
}

TEST(Style, InvestmentAndProjects)
{
    check({u"全年实施省市重点项目46个，完成投资86.5亿元，占年度计划的112%。",
           {{u"重点项目", 46, u"个", kNone, nullptr, nullptr, nullptr},
            {u"重点项目投资", 86.5, u"亿元", kNone, nullptr, nullptr, nullptr},
            {u"占年度计划", 112, u"%", kNone, nullptr, nullptr, nullptr}}});
    check({u"全年招商引资签约项目58个、总投资326亿元，其中亿元以上项目21个。",
           {{u"签约项目", 58, u"个", kNone, nullptr, nullptr, nullptr},
            {u"签约项目总投资", 326, u"亿元", kNone, nullptr, nullptr, nullptr},
            {u"亿元以上项目", 21, u"个", kNone, nullptr, nullptr, nullptr}}});
    check({u"开工建设12个重点项目，完成投资45.6亿元。",
           {{u"重点项目", 12, u"个", kNone, nullptr, nullptr, nullptr},
            {u"重点项目投资", 45.6, u"亿元", kNone, nullptr, nullptr, nullptr}}});
    check({u"实际利用外资2860万美元，增长15%，总量居全市第一。",
           {{u"实际利用外资", 2860, u"万美元", 15, nullptr, nullptr, u"总量居全市第一"}}});
    const ParsedReport r = ReportParser::parse(QStringLiteral("全年招商引资签约项目58个、总投资326亿元。"));
    ASSERT_FALSE(r.figures.isEmpty());
    EXPECT_EQ(r.figures[0].key, QStringLiteral("签约项目"));
}

TEST(Style, CountNamesAreNouns)
{
    check({u"加快推进38项重点工作建设。", {{u"重点工作", 38, u"项", kNone, nullptr, nullptr, nullptr}}});
    check({u"新增规模工业企业24家，总数达到159家。",
           {{u"规模工业企业", 24, u"家", kNone, nullptr, nullptr, nullptr},
            {u"规模工业企业总数", 159, u"家", kNone, nullptr, nullptr, nullptr}}});
    check({u"高新技术企业净增12家、总数达到45家。",
           {{u"高新技术企业总数", 45, u"家", kNone, nullptr, nullptr, nullptr}}});
    check({u"培育壮大7家水企业，建成苏打矿泉小镇。", {{u"水企业", 7, u"家", kNone, nullptr, nullptr, nullptr}}});
    check({u"青泉苏打矿泉小镇5家水企业实现年产值8600万元。", {{u"水企业", 5, u"家", kNone, nullptr, nullptr, nullptr}}});
    check({u"荣获全国文明城市、国家卫生县城等12项国家级荣誉。",
           {{u"国家级荣誉", 12, u"项", kNone, nullptr, nullptr, nullptr}}});
    check({u"将26项重点指标分解到18个责任单位。",
           {{u"重点指标", 26, u"项", kNone, nullptr, nullptr, nullptr},
            {u"责任单位", 18, u"个", kNone, nullptr, nullptr, nullptr}}});
    check({u"生猪存栏28.6万头、出栏45.2万头。",
           {{u"生猪存栏", 28.6, u"万头", kNone, nullptr, nullptr, nullptr},
            {u"生猪出栏", 45.2, u"万头", kNone, nullptr, nullptr, nullptr}}});
    check({u"一般公共预算收入12.8亿元、支出35.6亿元。",
           {{u"一般公共预算支出", 35.6, u"亿元", kNone, nullptr, nullptr, nullptr}}});
    check({u"全县规模以上工业企业达到86家，实现产值156亿元，同比增长12.1%。",
           {{u"规模以上工业企业", 86, u"家", kNone, nullptr, nullptr, nullptr},
            {u"工业企业产值", 156, u"亿元", 12.1, u"同比", nullptr, nullptr}}});
    const ParsedReport r = ReportParser::parse(QStringLiteral("加快推进38项重点工作建设。"));
    ASSERT_EQ(r.figures.size(), 1);
    EXPECT_EQ(r.figures[0].name, QStringLiteral("重点工作"));
}

TEST(Style, PeopleSocialAndPovertyRelief)
{
    check({u"新增城镇就业3260人，城镇登记失业率控制在4%以内。",
           {{u"新增城镇就业", 3260, u"人", kNone, nullptr, nullptr, nullptr},
            {u"城镇登记失业率", 4, u"%", kNone, nullptr, u"以内", nullptr}}});
    check({u"累计发放创业担保贷款2.3亿元，扶持创业1260人，带动就业3800人。",
           {{u"创业担保贷款", 2.3, u"亿元", kNone, nullptr, u"累计", nullptr},
            {u"带动就业", 3800, u"人", kNone, nullptr, nullptr, nullptr}}});
    check({u"年末全县户籍人口52.3万人。", {{u"户籍人口", 52.3, u"万人", kNone, nullptr, nullptr, nullptr}}});
    check({u"全年共接待游客326.5万人次、实现旅游收入28亿元。",
           {{u"接待游客", 326.5, u"万人次", kNone, nullptr, nullptr, nullptr},
            {u"旅游收入", 28, u"亿元", kNone, nullptr, nullptr, nullptr}}});
    check({u"城乡低保标准分别提高到每人每月720元和560元。",
           {{u"城镇低保标准", 720, u"元", kNone, nullptr, nullptr, nullptr},
            {u"农村低保标准", 560, u"元", kNone, nullptr, nullptr, nullptr}}});
    const ParsedReport low = ReportParser::parse(QStringLiteral("城乡低保标准分别提高到每月720元和560元。"));
    ASSERT_EQ(low.figures.size(), 2);
    EXPECT_EQ(low.figures[0].name, QStringLiteral("城镇低保标准"));
    const ParsedReport r = ReportParser::parse(QStringLiteral("全年共接待游客326.5万人次。"));
    ASSERT_EQ(r.figures.size(), 1);
    EXPECT_EQ(r.figures[0].name, QStringLiteral("接待游客"));
}

TEST(Style, UnitsAsWritten)
{
    check({u"全县装机容量达到120万千瓦，新能源发电量18.6亿千瓦时。",
           {{u"装机容量", 120, u"万千瓦", kNone, nullptr, nullptr, nullptr},
            {u"新能源发电量", 18.6, u"亿千瓦时", kNone, nullptr, nullptr, nullptr}}});
    check({u"完成造林绿化2.3万亩，治理水土流失面积56平方公里，退耕还林1200公顷。",
           {{u"造林绿化", 2.3, u"万亩", kNone, nullptr, nullptr, nullptr},
            {u"水土流失面积", 56, u"平方公里", kNone, nullptr, nullptr, nullptr},
            {u"退耕还林", 1200, u"公顷", kNone, nullptr, nullptr, nullptr}}});
    check({u"年供水能力达到1.2亿立方米，港口吞吐量8.6万标箱。",
           {{u"供水能力", 1.2, u"亿立方米", kNone, nullptr, nullptr, nullptr},
            {u"港口吞吐量", 8.6, u"万标箱", kNone, nullptr, nullptr, nullptr}}});
    check({u"改造提升农村公路386公里，新建桥梁12座。",
           {{u"农村公路", 386, u"公里", kNone, nullptr, nullptr, nullptr},
            {u"桥梁", 12, u"座", kNone, nullptr, nullptr, nullptr}}});
    const ParsedReport r = ReportParser::parse(QStringLiteral("改造提升农村公路386公里。"));
    ASSERT_EQ(r.figures.size(), 1);
    EXPECT_EQ(r.figures[0].name, QStringLiteral("农村公路"));
}

TEST(Style, FirstsRecordsAndSubjectFromClauseBefore)
{
    check({u"外贸进出口总额首次突破百亿元，达到103.6亿元，增长12.4%，位居全省县域前列。",
           {{u"外贸进出口总额", 103.6, u"亿元", 12.4, nullptr, nullptr, u"位居全省县域前列"}}});
    check({u"财政收入首次突破10亿元大关。",
           {{u"财政收入", 10, u"亿元", kNone, nullptr, u"首次,突破,大关", nullptr}}});
    check({u"地区生产总值增长7.5%，达到213.5亿元。",
           {{u"地区生产总值", 213.5, u"亿元", 7.5, nullptr, nullptr, nullptr}}});
    const ParsedReport r = ReportParser::parse(QStringLiteral("财政收入首次突破10亿元大关。"));
    ASSERT_EQ(r.figures.size(), 1);
    EXPECT_EQ(r.figures[0].name, QStringLiteral("财政收入"));
    EXPECT_EQ(r.figures[0].key, QStringLiteral("一般公共预算收入"));
}

TEST(Style, RangesAndTargets)
{
    check({u"每年新建3-5个产业园。", {{u"产业园", 3, u"个", kNone, nullptr, u"区间", nullptr}}});
    check({u"力争地区生产总值增长6%-7%。", {{u"地区生产总值", kNone, u"", 6, nullptr, u"区间", nullptr}}});
    check({u"新建标准化厂房8至10万平方米。", {{u"标准化厂房", 8, u"万平方米", kNone, nullptr, u"区间", nullptr}}});
    const ParsedReport r = ReportParser::parse(QStringLiteral("力争地区生产总值增长6%-7%。"));
    ASSERT_EQ(r.figures.size(), 1) << describe(r).toStdString();
    EXPECT_EQ(r.figures[0].name, QStringLiteral("地区生产总值"));
}

TEST(Style, DerivedIndicatorsKeepTheirOwnKey)
{
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "人均地区生产总值突破6万元。畜牧业占农业总产值38.5%。城镇常住居民人均可支配收入41256元。农民人均纯收入12860元。"));
    ASSERT_EQ(r.figures.size(), 4) << describe(r).toStdString();
    EXPECT_NE(r.figures[0].key, QStringLiteral("地区生产总值"));
    EXPECT_NE(r.figures[1].key, QStringLiteral("农林牧渔业总产值"));
    EXPECT_EQ(r.figures[2].key, QStringLiteral("城镇居民人均可支配收入"));
    EXPECT_EQ(r.figures[3].key, QStringLiteral("农村居民人均可支配收入"));
}

TEST(Style, YearsPlansPhonesAndDocumentNumbersAreNoFigures)
{
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "2016—2020年，是“十三五”规划实施的五年。编制“十四五”规划，实施三个专项行动。"
        "按照县政发〔2023〕12号文件要求，开通12345热线，咨询电话0479-8225566。第3次全国土地调查完成。"));
    EXPECT_TRUE(r.figures.isEmpty()) << describe(r).toStdString();
    const ParsedReport years = ReportParser::parse(QStringLiteral("2023年，全县新建学校3所。"));
    ASSERT_EQ(years.figures.size(), 1);
    expectNoValue(years, 2023);
    EXPECT_EQ(years.figures[0].name, QStringLiteral("学校"));
    EXPECT_EQ(years.year, 2023);
}

TEST(Style, StructureWithPointsInsideParagraphs)
{
    const QString text = QStringLiteral(
        "青河县人民政府工作报告\r\n"
        "——2024年1月12日在青河县第十八届人民代表大会第三次会议上\r\n"
        "县长  王明\r\n"
        "各位代表：\r\n"
        "一、2023年工作回顾\r\n"
        "过去一年，我们主要做了以下工作：\r\n"
        "（一）经济运行稳中向好\r\n"
        "全县地区生产总值218.6亿元，增长6.2%。一是工业提质，新增规上企业12家；二是项目提速，新开工项目35个。\r\n"
        "（二）民生福祉持续增进\r\n"
        "第一、教育优先，新建学校3所。\r\n"
        "1.医疗卫生\r\n"
        "新建乡镇卫生院4个。\r\n"
        "2、社会保障\r\n"
        "城乡低保标准分别提高到每月720元和560元。\r\n"
        "二、2024年工作安排\r\n"
        "地区生产总值增长6%左右。\r\n");
    const ParsedReport r = ReportParser::parse(text);
    EXPECT_EQ(r.county, QStringLiteral("青河县"));
    EXPECT_EQ(r.year, 2023);
    EXPECT_EQ(r.title, QStringLiteral("青河县人民政府工作报告"));
    QStringList titles;
    for (const Section &s : r.sections)
        titles << QStringLiteral("%1:%2").arg(s.level).arg(s.title);
    EXPECT_EQ(titles, QStringList({QStringLiteral("1:2023年工作回顾"), QStringLiteral("2:经济运行稳中向好"),
                                   QStringLiteral("2:民生福祉持续增进"), QStringLiteral("3:医疗卫生"),
                                   QStringLiteral("3:社会保障"), QStringLiteral("1:2024年工作安排")}));
    const Figure *gdp = named(r, u"地区生产总值");
    ASSERT_TRUE(gdp) << describe(r).toStdString();
    EXPECT_EQ(gdp->value, 218.6);
    EXPECT_EQ(gdp->section, QStringLiteral("经济运行稳中向好"));
    const Figure *firms = named(r, u"新增规上企业");
    ASSERT_TRUE(firms) << describe(r).toStdString();
    EXPECT_EQ(firms->section, QStringLiteral("经济运行稳中向好"));
    const Figure *clinics = named(r, u"乡镇卫生院");
    ASSERT_TRUE(clinics) << describe(r).toStdString();
    EXPECT_EQ(clinics->section, QStringLiteral("医疗卫生"));
    EXPECT_EQ(named(r, u"学校")->value, 3.0);
    expectNoValue(r, 2023);
    expectNoValue(r, 2024);
    expectNoValue(r, 18);
    for (const Figure &f : r.figures)
        EXPECT_EQ(f.sentence, r.text.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart));
}

TEST(Style, AsciiPunctuationOnly)
{
    const ParsedReport r = ReportParser::parse(QStringLiteral(
        "2022年,全县地区生产总值完成96.5亿元,同比增长4.8%;一般公共预算收入6.2亿元,下降2.1%;"
        "城镇和农村居民人均可支配收入分别达到35210元和16890元,分别增长5%和7.2%."));
    const Figure *gdp = named(r, u"地区生产总值");
    ASSERT_TRUE(gdp) << describe(r).toStdString();
    EXPECT_EQ(gdp->value, 96.5);
    EXPECT_EQ(gdp->growth, 4.8);
    const Figure *fiscal = named(r, u"一般公共预算收入");
    ASSERT_TRUE(fiscal);
    EXPECT_EQ(fiscal->growth, -2.1);
    const Figure *rural = named(r, u"农村居民人均可支配收入");
    ASSERT_TRUE(rural) << describe(r).toStdString();
    EXPECT_EQ(rural->value, 16890.0);
    EXPECT_EQ(rural->growth, 7.2);
    EXPECT_EQ(r.year, 2022);
}

TEST(Style, Gb18030FileParsesLikeUtf8)
{
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid())
        GTEST_SKIP() << "Qt without a GB18030 encoder";
    const QString text = QStringLiteral("政府工作报告\r\n一、2021年工作回顾\r\n全县粮食总产达到62.3万吨，增长2.5%，连续五年位居全市第一。\r\n");
    const QByteArray bytes = encoder.encode(text);
    const ReadResult read = decodeReport(bytes);
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    EXPECT_EQ(read.encoding, QStringLiteral("GB18030"));
    const ParsedReport r = ReportParser::parse(read.text);
    ASSERT_EQ(r.figures.size(), 1);
    EXPECT_EQ(r.figures[0].name, QStringLiteral("粮食总产"));
    EXPECT_EQ(r.figures[0].value, 62.3);
    EXPECT_EQ(r.figures[0].growth, 2.5);
    EXPECT_EQ(r.figures[0].rank, QStringLiteral("位居全市第一"));
    EXPECT_EQ(r.year, 2021);
}
