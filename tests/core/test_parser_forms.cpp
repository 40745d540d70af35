#include "ReportParser.h"

#include <ctime>
#include <gtest/gtest.h>

#include <cmath>

// Hand-written sentences, one per form real reports use. Counties and numbers invented.
namespace {

ParsedReport parse(const char16_t *text)
{
    return ReportParser::parse(QString::fromUtf16(text));
}

const Figure *find(const ParsedReport &r, const char16_t *name)
{
    const QString n = QString::fromUtf16(name);
    for (const Figure &f : r.figures) {
        if (f.name == n)
            return &f;
    }
    return nullptr;
}

std::string names(const ParsedReport &r)
{
    QStringList out;
    for (const Figure &f : r.figures)
        out << f.name;
    return out.join(u'|').toStdString();
}

void expectTraceable(const ParsedReport &r)
{
    for (const Figure &f : r.figures) {
        ASSERT_GE(f.start, 0);
        ASSERT_LE(f.end, r.text.size());
        ASSERT_LE(f.start, f.end);
        EXPECT_EQ(f.sentence, r.text.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart));
        if (f.value) {
            EXPECT_TRUE(std::isfinite(*f.value));
            QString mention = r.text.mid(f.start, f.end - f.start);
            mention.remove(u',').remove(u' ');
            EXPECT_TRUE(mention.startsWith(QString::number(*f.value)) || mention.toDouble() == *f.value
                        || mention.startsWith(QString::number(*f.value, 'f', 1)))
                << mention.toStdString() << " vs " << *f.value;
        }
    }
}

} // namespace

TEST(Forms, ValueWithYearOnYearGrowth)
{
    const auto r = parse(u"2020年，全县地区生产总值实现85.6亿元，同比增长6.3%。");
    ASSERT_EQ(r.figures.size(), 1) << names(r);
    const Figure &f = r.figures.first();
    EXPECT_EQ(f.name, QStringLiteral("地区生产总值"));
    EXPECT_EQ(f.key, QStringLiteral("地区生产总值"));
    EXPECT_EQ(f.value, 85.6);
    EXPECT_EQ(f.unit, QStringLiteral("亿元"));
    EXPECT_EQ(f.growth, 6.3);
    EXPECT_EQ(f.growthKind, QStringLiteral("同比"));
    EXPECT_EQ(r.year, 2020);
    EXPECT_EQ(r.text.mid(f.start, f.end - f.start), QStringLiteral("85.6亿元"));
    expectTraceable(r);
}

TEST(Forms, GrowthOnlyWithQualifier)
{
    const auto r = parse(u"规模工业增加值增长7%左右；固定资产投资比上年增长3%。");
    ASSERT_EQ(r.figures.size(), 2) << names(r);
    EXPECT_EQ(r.figures[0].name, QStringLiteral("规模工业增加值"));
    EXPECT_EQ(r.figures[0].key, QStringLiteral("规模以上工业增加值"));
    EXPECT_FALSE(r.figures[0].value.has_value());
    EXPECT_FALSE(r.figures[0].pending);
    EXPECT_EQ(r.figures[0].growth, 7.0);
    EXPECT_EQ(r.figures[0].qualifier, QStringLiteral("左右"));
    EXPECT_EQ(r.figures[1].growthKind, QStringLiteral("比上年"));
    EXPECT_EQ(r.figures[1].growth, 3.0);
}

TEST(Forms, ValueWithoutGrowthAndSpaces)
{
    const auto r = parse(u"外贸进出口总额394.8 亿元;城镇登记失业率为2.3%。年度投资完成率110.8%。");
    ASSERT_EQ(r.figures.size(), 3) << names(r);
    EXPECT_EQ(r.figures[0].value, 394.8);
    EXPECT_FALSE(r.figures[0].growth.has_value());
    EXPECT_EQ(r.figures[1].name, QStringLiteral("城镇登记失业率"));
    EXPECT_EQ(r.figures[1].value, 2.3);
    EXPECT_EQ(r.figures[1].unit, QStringLiteral("%"));
    EXPECT_EQ(r.figures[2].name, QStringLiteral("年度投资完成率"));
    EXPECT_EQ(r.figures[2].value, 110.8);
    expectTraceable(r);
}

TEST(Forms, NegativeGrowth)
{
    const auto r = parse(u"全县地区生产总值完成46.1亿元，同比下降4.3%；税收收入完成3.2亿元，增长-0.5%；工业用电量减少2%。");
    ASSERT_GE(r.figures.size(), 3) << names(r);
    EXPECT_EQ(r.figures[0].growth, -4.3);
    EXPECT_EQ(r.figures[1].growth, -0.5);
    EXPECT_EQ(r.figures[2].name, QStringLiteral("工业用电量"));
    EXPECT_EQ(r.figures[2].growth, -2.0);
}

TEST(Forms, RespectivelyTwoItems)
{
    const auto r = parse(u"城镇和农村居民人均可支配收入分别达到36583元和17736元，分别增长7%和10%。");
    ASSERT_EQ(r.figures.size(), 2) << names(r);
    EXPECT_EQ(r.figures[0].name, QStringLiteral("城镇居民人均可支配收入"));
    EXPECT_EQ(r.figures[0].value, 36583.0);
    EXPECT_EQ(r.figures[0].growth, 7.0);
    EXPECT_EQ(r.figures[1].name, QStringLiteral("农村居民人均可支配收入"));
    EXPECT_EQ(r.figures[1].value, 17736.0);
    EXPECT_EQ(r.figures[1].growth, 10.0);
    EXPECT_EQ(r.figures[1].domain, QStringLiteral("economy"));
}

TEST(Forms, UrbanRuralPendingAnnualAverage)
{
    const auto r = parse(u"城乡居民人均可支配收入预计分别实现xxxxx元、xxxxx元，年均分别增长x%、xx%。");
    ASSERT_EQ(r.figures.size(), 2) << names(r);
    EXPECT_EQ(r.figures[0].name, QStringLiteral("城镇居民人均可支配收入"));
    EXPECT_EQ(r.figures[1].name, QStringLiteral("农村居民人均可支配收入"));
    for (const Figure &f : r.figures) {
        EXPECT_TRUE(f.pending);
        EXPECT_EQ(f.mask, QStringLiteral("xxxxx"));
        EXPECT_FALSE(f.value.has_value());
        EXPECT_TRUE(f.growthPending);
        EXPECT_EQ(f.growthKind, QStringLiteral("年均"));
        EXPECT_TRUE(f.qualifier.contains(QStringLiteral("预计")));
    }
    EXPECT_EQ(r.figures[1].growthMask, QStringLiteral("xx"));
}

TEST(Forms, NineNamesNineGrowths)
{
    const auto r = parse(u"地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额、一般公共预算收入、税收收入、"
                         u"外贸进出口总额、城镇居民人均可支配收入和农村居民人均可支配收入，"
                         u"分别增长5.8%、5%、6%、7%、8%、9%、10%、11%和7.5%。");
    ASSERT_EQ(r.figures.size(), 9) << names(r);
    EXPECT_EQ(r.figures[0].name, QStringLiteral("地区生产总值"));
    EXPECT_EQ(r.figures[0].growth, 5.8);
    EXPECT_EQ(r.figures[7].name, QStringLiteral("城镇居民人均可支配收入"));
    EXPECT_EQ(r.figures[8].name, QStringLiteral("农村居民人均可支配收入"));
    EXPECT_EQ(r.figures[8].growth, 7.5);
    for (const Figure &f : r.figures)
        EXPECT_FALSE(f.value.has_value());
}

TEST(Forms, FiveYearReview)
{
    const auto r = parse(u"五年来，地区生产总值由42.3亿元增加到68.5亿元，年均增长10.1%；"
                         u"一般公共预算收入从2010年的1.2亿元增加到2015年的2.8亿元，年均增长18.5%。");
    ASSERT_EQ(r.figures.size(), 4) << names(r);
    const Figure *gdp = find(r, u"地区生产总值");
    const Figure *gdpBase = find(r, u"地区生产总值（起点）");
    ASSERT_TRUE(gdp && gdpBase) << names(r);
    EXPECT_EQ(gdp->value, 68.5);
    EXPECT_EQ(gdp->growth, 10.1);
    EXPECT_EQ(gdp->growthKind, QStringLiteral("年均"));
    EXPECT_EQ(gdpBase->value, 42.3);
    EXPECT_EQ(gdpBase->parentIndex, int(gdp - r.figures.constData()));
    EXPECT_TRUE(gdpBase->qualifier.contains(QStringLiteral("基期")));
    const Figure *fiscal = find(r, u"一般公共预算收入");
    const Figure *fiscalBase = find(r, u"一般公共预算收入（2010年）");
    ASSERT_TRUE(fiscal && fiscalBase) << names(r);
    EXPECT_EQ(fiscal->value, 2.8);
    EXPECT_EQ(fiscal->growth, 18.5);
    EXPECT_EQ(fiscalBase->value, 1.2);
    expectTraceable(r);
}

TEST(Forms, GrowthThenBigRoundValue)
{
    const auto r = parse(u"预计，地区生产总值同比增长6.5%左右，突破200亿元大关；居民人均可支配收入预计4.6万元，增长10%。");
    ASSERT_EQ(r.figures.size(), 2) << names(r);
    const Figure &gdp = r.figures[0];
    EXPECT_EQ(gdp.value, 200.0);
    EXPECT_EQ(gdp.growth, 6.5);
    for (const char16_t *q : {u"预计", u"左右", u"突破", u"大关"})
        EXPECT_TRUE(gdp.qualifier.split(u',').contains(QString::fromUtf16(q))) << gdp.qualifier.toStdString();
    EXPECT_EQ(r.figures[1].value, 4.6);
    EXPECT_EQ(r.figures[1].unit, QStringLiteral("万元"));
    EXPECT_EQ(r.figures[1].growth, 10.0);
}

TEST(Forms, TwoMeasures)
{
    const auto r = parse(u"地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元，增幅6.1%。");
    ASSERT_EQ(r.figures.size(), 2) << names(r);
    EXPECT_EQ(r.figures[0].growthKind, QStringLiteral("自然增幅"));
    EXPECT_EQ(r.figures[0].growth, 2.0);
    EXPECT_EQ(r.figures[1].growthKind, QStringLiteral("同口径"));
    EXPECT_EQ(r.figures[1].value, 3.67);
    EXPECT_EQ(r.figures[1].key, QStringLiteral("一般公共预算收入"));
}

TEST(Forms, CountsRatesAndPlaceholders)
{
    const auto r = parse(u"新增市场主体1.6万户，增长28.13%。登记失业率控制在x.x%以内。签约项目xx个，实际利用内资xx.x亿元、外资xxx万美元，均排名全市前列。");
    const Figure *firms = find(r, u"新增市场主体");
    ASSERT_TRUE(firms) << names(r);
    EXPECT_EQ(firms->unit, QStringLiteral("万户"));
    EXPECT_EQ(firms->growth, 28.13);
    const Figure *jobless = find(r, u"登记失业率");
    ASSERT_TRUE(jobless);
    EXPECT_TRUE(jobless->pending);
    EXPECT_EQ(jobless->qualifier, QStringLiteral("以内"));
    const Figure *projects = find(r, u"签约项目");
    ASSERT_TRUE(projects);
    EXPECT_EQ(projects->unit, QStringLiteral("个"));
    const Figure *foreign = find(r, u"实际利用外资"); // 内资…、外资…: the sibling takes the subject
    ASSERT_TRUE(foreign);
    EXPECT_EQ(foreign->unit, QStringLiteral("万美元"));
    EXPECT_EQ(foreign->rank, QStringLiteral("排名全市前列"));
    EXPECT_EQ(find(r, u"实际利用内资")->rank, QStringLiteral("排名全市前列"));
}

TEST(Forms, Ranks)
{
    const auto r = parse(u"粮食总产8.6亿斤，同比增长3.2%，位列全市第二。牛奶产量12万吨，增速居全盟第三位。建设高标准农田3.5万亩，总面积居全省前列。");
    ASSERT_EQ(r.figures.size(), 3) << names(r);
    EXPECT_EQ(r.figures[0].rank, QStringLiteral("位列全市第二"));
    EXPECT_EQ(r.figures[1].rank, QStringLiteral("增速居全盟第三位"));
    EXPECT_EQ(r.figures[2].name, QStringLiteral("高标准农田"));
    EXPECT_EQ(r.figures[2].rank, QStringLiteral("总面积居全省前列"));
    EXPECT_EQ(r.figures[2].domain, QStringLiteral("agriculture"));
}

TEST(Forms, DatesOrdinalsAndNumbersInNames)
{
    const auto r = parse(u"2019年3月2日在青山县第十六届人民代表大会第四次会议上。第3次会议审议“十四五”规划。升级新建5G基站12座，城区5G信号全覆盖。");
    ASSERT_EQ(r.figures.size(), 1) << names(r);
    EXPECT_EQ(r.figures[0].name, QStringLiteral("5G基站"));
    EXPECT_EQ(r.figures[0].value, 12.0);
    EXPECT_EQ(r.figures[0].unit, QStringLiteral("座"));
    EXPECT_EQ(r.county, QStringLiteral("青山县"));
}

TEST(Forms, InvestmentWithParts)
{
    const auto r = parse(u"投入2.5亿元实施棚户区改造项目，改造棚户区120户、新建道路3.5公里。投入800万元实施生态工程，植树造林1.2万亩。");
    const Figure *main = find(r, u"棚户区改造项目投入");
    ASSERT_TRUE(main) << names(r);
    const int index = int(main - r.figures.constData());
    const Figure *homes = find(r, u"棚户区");
    const Figure *roads = find(r, u"道路");
    ASSERT_TRUE(homes && roads) << names(r);
    EXPECT_EQ(homes->parentIndex, index);
    EXPECT_EQ(roads->parentIndex, index);
    EXPECT_EQ(roads->value, 3.5);
    const Figure *eco = find(r, u"生态工程投入");
    ASSERT_TRUE(eco);
    EXPECT_EQ(eco->domain, QStringLiteral("urban"));
    const Figure *trees = find(r, u"植树造林");
    ASSERT_TRUE(trees);
    EXPECT_EQ(trees->parentIndex, int(eco - r.figures.constData()));
}

TEST(Forms, SectionsAndYearFromDatedHeading)
{
    const auto r = parse(u"政 府 工 作 报 告\n2019年3月2日在青山县第十六届人民代表大会第四次会议上\n各位代表：\n"
                         u"现在，我代表县人民政府向大会报告工作。\n"
                         u"一、过去一年工作回顾\n过去一年，全县经济运行总体平稳。\n"
                         u"（一）农业生产稳中有进。粮食总产8.6亿斤。\n一是种业振兴。建成制种基地2万亩。\n"
                         u"（二）城市建设加快推进。新建道路3公里。\n"
                         u"二、2019年工作安排\n");
    EXPECT_EQ(r.title, QStringLiteral("政 府 工 作 报 告").remove(u' '));
    EXPECT_EQ(r.year, 2018);
    ASSERT_EQ(r.sections.size(), 5);
    EXPECT_EQ(r.sections[0].level, 1);
    EXPECT_EQ(r.sections[1].title, QStringLiteral("农业生产稳中有进"));
    EXPECT_EQ(r.sections[2].level, 3);
    EXPECT_EQ(r.sections[2].parentIndex, 1);
    EXPECT_EQ(r.sections[3].ordinal, 2);
    EXPECT_EQ(r.sections[4].ordinal, 2);
    const Figure *seed = find(r, u"制种基地");
    ASSERT_TRUE(seed);
    EXPECT_EQ(seed->sectionIndex, 2);
    EXPECT_EQ(seed->domain, QStringLiteral("agriculture"));
    EXPECT_EQ(find(r, u"道路")->domain, QStringLiteral("urban"));
}

TEST(Malformed, NoCrashAndSensibleResults)
{
    EXPECT_TRUE(ReportParser::parse(QString()).figures.isEmpty());
    EXPECT_TRUE(ReportParser::parse(QStringLiteral("，。；、（）“”%%%...")).figures.isEmpty());
    const auto brackets = ReportParser::parse(QStringLiteral("（一（二）））收入（5亿元，增长（3%"));
    expectTraceable(brackets);
    QString surrogates = QStringLiteral("地区生产总值");
    surrogates.append(QChar(0xD800));
    surrogates.append(QStringLiteral("实现5亿元，增长3%"));
    surrogates.append(QChar(0xDFFF));
    const auto s = ReportParser::parse(surrogates);
    expectTraceable(s);
    const auto dotted = ReportParser::parse(QStringLiteral("版本1.2.3个，收入12,345.6元，增长5%。"));
    for (const Figure &f : dotted.figures)
        EXPECT_NE(f.value, 2.3);
    const Figure *income = nullptr;
    for (const Figure &f : dotted.figures)
        income = f.unit == QStringLiteral("元") ? &f : income;
    ASSERT_TRUE(income);
    EXPECT_EQ(income->value, 12345.6);
    EXPECT_EQ(income->growth, 5.0);
}

TEST(Malformed, MegabyteLineIsLinear)
{
    QString line;
    line.reserve(1 << 20);
    const QString chunk = QStringLiteral("全县地区生产总值实现85亿元增长6%位列全市第二xx个");
    while (line.size() < (1 << 20))
        line += chunk;
    // CPU time, not wall time: the suite runs on shared, loaded machines; linear is what counts.
    auto cpuMs = [start = std::clock()] { return (std::clock() - start) * 1000 / CLOCKS_PER_SEC; };
    const auto r = ReportParser::parse(line);
    EXPECT_LT(cpuMs(), 5000);
    EXPECT_GT(r.figures.size(), 1000);
    expectTraceable(r);

    QString noDigits(1 << 20, QChar(u'字'));
    const auto before = cpuMs();
    const auto e = ReportParser::parse(noDigits);
    EXPECT_TRUE(e.figures.isEmpty());
    EXPECT_LT(cpuMs() - before, 2000);
}

// A review paragraph headed by the economy lists every domain's results; a heading that
// says 乡村振兴 in other words (乡村全面振兴, 三农) is still agriculture's. Farm figures in
// either place belong on the agriculture page, not the economy's.
TEST(Forms, FarmFiguresAreAgricultureWhereverTheReviewListsThem)
{
    const auto r = parse(u"一、过去一年工作回顾\n"
                         u"（一）坚持稳中提质，综合实力稳步提升。实现地区生产总值169.3亿元，增长8.7%；"
                         u"粮食产量11.8万吨，增长2.4%；生猪出栏32万头；新建高标准农田2.1万亩；新建学校3所。\n"
                         u"（二）坚持乡村全面振兴，“三农”工作成果丰硕。建成电商直播基地19个，森林抚育2.2万亩。\n"
                         u"（三）坚持产业跨越发展。建成生猪养殖小镇2个。\n");
    ASSERT_TRUE(find(r, u"地区生产总值"));
    EXPECT_EQ(find(r, u"地区生产总值")->domain, QStringLiteral("economy"));
    for (const char16_t *farm : {u"粮食产量", u"生猪出栏", u"高标准农田", u"电商直播基地", u"森林抚育"}) {
        const Figure *f = find(r, farm);
        ASSERT_TRUE(f) << QString::fromUtf16(farm).toStdString() << " in " << names(r);
        EXPECT_EQ(f->domain, QStringLiteral("agriculture")) << QString::fromUtf16(farm).toStdString();
    }
    ASSERT_TRUE(find(r, u"学校"));
    EXPECT_EQ(find(r, u"学校")->domain, QStringLiteral("social"));
    // A section of another domain keeps its figures: a livestock town is an industry project.
    ASSERT_TRUE(find(r, u"生猪养殖小镇"));
    EXPECT_EQ(find(r, u"生猪养殖小镇")->domain, QStringLiteral("industry"));
}
