#include "ReportParser.h"
#include "ReportReader.h"
#include "TestSupport.h"
#include "parse/Names.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

#include <cmath>

// Whole indicator names: fragments mended from their sentence, and the rule the wall uses
// to keep what cannot be mended off its cards. Sentences written for these tests.

void PrintTo(const QString &s, std::ostream *os)
{
    *os << s.toStdString();
}

namespace {

ParsedReport parseReview(const QString &sentences)
{
    return ReportParser::parse(QStringLiteral("一、2024年工作回顾\n") + sentences + u'\n');
}

const Figure *withValue(const ParsedReport &r, double value)
{
    for (const Figure &f : r.figures) {
        if ((f.value && qFuzzyCompare(*f.value, value)) || (f.growth && qFuzzyCompare(*f.growth, value)))
            return &f;
    }
    return nullptr;
}

QString names(const ParsedReport &r)
{
    QStringList out;
    for (const Figure &f : r.figures)
        out << f.name;
    return out.join(u' ');
}

} // namespace

TEST(Names, WholeIndicatorNames)
{
    for (const char16_t *whole : {u"地区生产总值", u"一般公共预算收入", u"签约项目", u"森林覆盖率", u"5G基站",
                                  u"民办义务教育学生占比", u"新增市场主体", u"重点项目", u"实际利用外资", u"生猪出栏",
                                  u"新增省级专精特新企业", u"磷酸铁、碳酸锂储能材料产值", u"地区生产总值（2019年）",
                                  u"到位资金", u"从业人员"})
        EXPECT_TRUE(isWholeIndicatorName(QString::fromUtf16(whole))) << QString::fromUtf16(whole).toStdString();
    for (const char16_t *fragment : {u"", u"村", u"镇", u"省级", u"较年初", u"同比", u"做大", u"构建", u"规划建设",
                                     u"利润", u"外资", u"企业", u"项目入选省重大科技创", u"春长南路及", u"工业投资、技改投资",
                                     u"敬老院整合为3处并实", u"为村、社区配发健身器材", u"初步建成城区", u"办复率、满意率",
                                     u"城镇登记失业率始终", u"的经济强村数量", u"“四新"})
        EXPECT_FALSE(isWholeIndicatorName(QString::fromUtf16(fragment))) << QString::fromUtf16(fragment).toStdString();
}

TEST(Names, ChangeStatedApartJoinsItsValues)
{
    const ParsedReport r = parseReview(QStringLiteral(
        "金融机构存款余额、贷款余额分别达到215.4亿元、168.2亿元，较年初分别增长11.2%、9.6%。"));
    ASSERT_EQ(r.figures.size(), 2) << qPrintable(names(r));
    EXPECT_EQ(r.figures[0].name, QStringLiteral("金融机构存款余额"));
    EXPECT_DOUBLE_EQ(*r.figures[0].growth, 11.2);
    EXPECT_EQ(r.figures[0].growthKind, QStringLiteral("较年初"));
    EXPECT_TRUE(r.figures[1].name.contains(QStringLiteral("贷款余额")));
    EXPECT_DOUBLE_EQ(*r.figures[1].growth, 9.6);
    for (const Figure &f : r.figures)
        EXPECT_TRUE(isWholeIndicatorName(f.name)) << qPrintable(f.name);
}

TEST(Names, SiblingsTakeTheirSubject)
{
    const ParsedReport r = parseReview(QStringLiteral(
        "生猪存栏12.5万头、出栏20.3万头。实际利用内资38.6亿元、外资2150万美元。"
        "规模以上工业企业实现营业收入120.4亿元、利润8.2亿元。"));
    ASSERT_NE(withValue(r, 20.3), nullptr) << qPrintable(names(r));
    EXPECT_EQ(withValue(r, 20.3)->name, QStringLiteral("生猪出栏"));
    EXPECT_EQ(withValue(r, 2150)->name, QStringLiteral("实际利用外资"));
    EXPECT_EQ(withValue(r, 2150)->key, QStringLiteral("实际利用外资")); // the catalogue follows the name
    EXPECT_EQ(withValue(r, 8.2)->name, QStringLiteral("规模以上工业企业利润"));
    EXPECT_EQ(withValue(r, 38.6)->name, QStringLiteral("实际利用内资"));
}

TEST(Names, LevelWordsTakeTheNounOfTheirList)
{
    const ParsedReport r = parseReview(QStringLiteral(
        "新增国家级专精特新企业3家、省级12家。建成2个省级、5个市级现代农业产业园。"));
    EXPECT_EQ(withValue(r, 12)->name, QStringLiteral("新增省级专精特新企业")) << qPrintable(names(r));
    EXPECT_EQ(withValue(r, 2)->name, QStringLiteral("省级现代农业产业园"));
    EXPECT_EQ(withValue(r, 5)->name, QStringLiteral("市级现代农业产业园"));
}

TEST(Names, VerbsTakeTheNounAfterTheirNumber)
{
    const ParsedReport r = parseReview(QStringLiteral(
        "规划建设2.1万亩高标准农田。在全省首创设立18座“爱心驿站”。"));
    EXPECT_EQ(withValue(r, 2.1)->name, QStringLiteral("高标准农田")) << qPrintable(names(r));
    EXPECT_EQ(withValue(r, 18)->name, QStringLiteral("爱心驿站"));
}

TEST(Names, RespectiveMeasuresAndSharedMeasures)
{
    const ParsedReport r = parseReview(QStringLiteral(
        "实施省级重点项目6个、市级重点项目14个，分别完成投资9.6亿元、21.3亿元。"
        "“两新”产业、数字经济增加值分别增长12.5%、15.5%。"));
    EXPECT_EQ(withValue(r, 9.6)->name, QStringLiteral("省级重点项目投资")) << qPrintable(names(r));
    EXPECT_EQ(withValue(r, 21.3)->name, QStringLiteral("市级重点项目投资"));
    EXPECT_EQ(withValue(r, 12.5)->name, QStringLiteral("两新产业增加值"));
}

TEST(Names, WholeNamesAndOffsetsStayAsTheyAre)
{
    const ParsedReport r = parseReview(QStringLiteral(
        "全县地区生产总值完成128.5亿元，同比增长5.6%。村（社区）获评示范村5个。"));
    EXPECT_EQ(withValue(r, 128.5)->name, QStringLiteral("地区生产总值"));
    for (const Figure &f : r.figures) {
        EXPECT_GE(f.start, 0);
        EXPECT_LE(f.end, r.text.size());
        EXPECT_TRUE(f.sentence.contains(r.text.mid(f.start, f.end - f.start)));
    }
}

// The five full reports: no change stated apart stays a figure of its own, no level word
// names a result, what cannot be mended is not called whole, and almost every result or
// period figure has a whole name.
TEST(Names, FullReports)
{
    const QString dir = testsupport::sharedReportsDir() + QStringLiteral("/full");
    QFile file(dir + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "no full reports at " << qPrintable(dir);
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    const QStringList repaired{QStringLiteral("较年初"), QStringLiteral("同比"), QStringLiteral("省级"), QStringLiteral("市级")};
    const QStringList fragments{QStringLiteral("村"), QStringLiteral("镇"), QStringLiteral("做大"), QStringLiteral("构建")};
    int merged = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        SCOPED_TRACE(qPrintable(it.key()));
        const ReadResult read = readReportFile(dir + u'/' + it.key());
        ASSERT_TRUE(read.ok);
        const ParsedReport r = ReportParser::parse(read.text);
        int shown = 0;
        int whole = 0;
        for (const Figure &f : r.figures) {
            EXPECT_FALSE(repaired.contains(f.name)) << qPrintable(f.name);
            if (fragments.contains(f.name))
                EXPECT_FALSE(isWholeIndicatorName(f.name));
            if (f.growthKind == QStringLiteral("较年初") && f.value)
                ++merged;
            if (f.role != QLatin1String("result") && f.role != QLatin1String("period"))
                continue;
            ++shown;
            whole += isWholeIndicatorName(f.name) ? 1 : 0;
        }
        EXPECT_GE(whole * 100, shown * 85) << whole << " of " << shown;
    }
    // 高唐县 2023: 存款余额 370亿元 and 贷款余额 204亿元, 较年初分别增长15.8%、14.7%.
    EXPECT_GE(merged, 2);
}
