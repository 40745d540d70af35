#include "ReportParser.h"
#include "ReportReader.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

#include <cmath>

// The excerpts stay outside the tree (SOURCES.md): read them where they are, skip if absent.
TEST(RealReports, YieldTheirHeadlineFigures)
{
    const QString dir = testsupport::realReportsDir();
    QFile file(dir + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "no real report excerpts at " << qPrintable(dir);
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    int checked = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (it.key().startsWith(u'_'))
            continue;
        SCOPED_TRACE(qPrintable(it.key()));
        const ReadResult read = readReportFile(dir + u'/' + it.key());
        ASSERT_TRUE(read.ok) << qPrintable(read.error);
        const ParsedReport report = ReportParser::parse(read.text);
        const QJsonObject spec = it.value().toObject();
        EXPECT_EQ(report.year, spec.value(QStringLiteral("year")).toInt());
        EXPECT_FALSE(report.county.isEmpty());
        for (const QJsonValue &v : spec.value(QStringLiteral("figures")).toArray()) {
            const QJsonObject want = v.toObject();
            QStringList parts;
            for (const QJsonValue &p : want.value(QStringLiteral("name")).toArray())
                parts << p.toString();
            SCOPED_TRACE(qPrintable(parts.join(u'+')));
            auto nameMatches = [&](const Figure &f) {
                for (const QString &p : parts) {
                    if (!f.name.contains(p))
                        return false;
                }
                return true;
            };
            auto same = [](const std::optional<double> &got, const QJsonValue &want) {
                if (want.isNull())
                    return !got.has_value();
                return got.has_value() && std::fabs(*got - want.toDouble()) < 1e-9;
            };
            bool found = false;
            QStringList candidates;
            for (const Figure &f : report.figures) {
                if (!nameMatches(f))
                    continue;
                candidates << QStringLiteral("%1=%2%3 g=%4").arg(f.name, f.value ? QString::number(*f.value) : QStringLiteral("null"), f.unit,
                                                             f.growth ? QString::number(*f.growth) : QStringLiteral("null"));
                if (same(f.value, want.value(QStringLiteral("value"))) && f.unit == want.value(QStringLiteral("unit")).toString()
                    && same(f.growth, want.value(QStringLiteral("growth")))) {
                    found = true;
                    EXPECT_FALSE(f.pending);
                    EXPECT_EQ(f.sentence, read.text.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart));
                }
            }
            EXPECT_TRUE(found) << "candidates: " << qPrintable(candidates.join(QStringLiteral("; ")));
            ++checked;
        }
    }
    EXPECT_GT(checked, 20);
}

TEST(RealReports, HeaderAndSections)
{
    const QString dir = testsupport::realReportsDir();
    if (!QDir(dir).exists())
        GTEST_SKIP() << "no real report excerpts";
    struct Case
    {
        const char *file;
        const char16_t *county;
    };
    const Case cases[] = {{"fushanxian-2019.txt", u"浮山县"},
                          {"doumen-2022.txt", u"斗门区"},
                          {"huoqiuxian-2024.txt", u"霍邱县"},
                          {"jianningxian-2023.txt", u"建宁县"}};
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file);
        const ReadResult read = readReportFile(dir + u'/' + QString::fromLatin1(c.file));
        ASSERT_TRUE(read.ok);
        const ParsedReport r = ReportParser::parse(read.text);
        EXPECT_EQ(r.county, QString::fromUtf16(c.county));
        EXPECT_EQ(r.title, QStringLiteral("政府工作报告"));
        ASSERT_FALSE(r.sections.isEmpty());
        EXPECT_EQ(r.sections.first().level, 1);
        EXPECT_TRUE(r.sections.first().title.contains(QStringLiteral("回顾")));
        EXPECT_FALSE(r.highlights.isEmpty());
    }
}

TEST(RealReports, TwoMeasuresAndGrowthOnly)
{
    const QString dir = testsupport::realReportsDir();
    if (!QDir(dir).exists())
        GTEST_SKIP() << "no real report excerpts";
    const ParsedReport jn = ReportParser::parse(readReportFile(dir + QStringLiteral("/jianningxian-2023.txt")).text);
    QStringList kinds;
    for (const Figure &f : jn.figures) {
        if (f.key == QStringLiteral("一般公共预算收入"))
            kinds << f.growthKind;
    }
    EXPECT_EQ(kinds, QStringList({QStringLiteral("自然增幅"), QStringLiteral("同口径")}));
    EXPECT_EQ(jn.sections.size(), 2);
    EXPECT_EQ(jn.sections.at(1).level, 2);

    const ParsedReport hq = ReportParser::parse(readReportFile(dir + QStringLiteral("/huoqiuxian-2024.txt")).text);
    ASSERT_FALSE(hq.figures.isEmpty());
    const Figure &gdp = hq.figures.first();
    EXPECT_EQ(gdp.name, QStringLiteral("地区生产总值"));
    EXPECT_EQ(gdp.value, 300.0);
    EXPECT_EQ(gdp.unit, QStringLiteral("亿元"));
    EXPECT_EQ(gdp.growth, 7.0);
    EXPECT_TRUE(gdp.qualifier.contains(QStringLiteral("逼近")));
    EXPECT_TRUE(gdp.qualifier.contains(QStringLiteral("左右")));
}
