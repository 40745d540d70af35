// Several reports in one database, from the command line: `--county` on layout and list with
// two counties (高唐县 and 米易县), an unknown county refused with the counties named, and the
// domain pages' chart across the years with 高唐县 2021–2023 (none with one report).
#include "test_cli_fixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace {

QString fullReport(const QString &name)
{
    return testsupport::sharedReportsDir() + QStringLiteral("/full/") + name;
}

class YearsCli : public Cli
{
protected:
    // Imports the full reports into a new database; returns its path.
    QString importFull(const QStringList &names)
    {
        const QString db = path(QStringLiteral("years-%1.db").arg(++m_count));
        QStringList args{QStringLiteral("import"), QStringLiteral("--db"), db};
        for (const QString &n : names)
            args.append(fullReport(n));
        const CliRun r = run(args, 120000);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return db;
    }

    QJsonObject json(const QStringList &arguments)
    {
        const CliRun r = run(arguments, 120000);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QJsonObject layout(const QString &db, const QStringList &more = {})
    {
        return json(QStringList{QStringLiteral("layout"), QStringLiteral("--json"), QStringLiteral("--db"), db} + more);
    }

    int m_count = 0;
};

// The "years" charts of a layout.
QList<QJsonObject> yearCharts(const QJsonObject &layout)
{
    QList<QJsonObject> out;
    for (const QJsonValue &page : layout.value(QStringLiteral("pages")).toArray()) {
        for (const QJsonValue &chart : page.toObject().value(QStringLiteral("charts")).toArray()) {
            if (chart.toObject().value(QStringLiteral("kind")).toString() == u"years")
                out.append(chart.toObject());
        }
    }
    return out;
}

bool haveFullReports()
{
    return QFile::exists(fullReport(QStringLiteral("gaotangxian-2023.txt")))
        && QFile::exists(fullReport(QStringLiteral("miyixian-2023.txt")));
}

} // namespace

TEST_F(YearsCli, LayoutAndListTakeACounty)
{
    if (!haveFullReports())
        GTEST_SKIP() << "no shared full reports";
    const QString db = importFull({QStringLiteral("gaotangxian-2022.txt"), QStringLiteral("gaotangxian-2023.txt"),
                                   QStringLiteral("miyixian-2022.txt")});
    // Without --county: the county of the newest report.
    QJsonObject l = layout(db);
    EXPECT_EQ(l.value(QStringLiteral("county")).toString(), QStringLiteral("高唐县"));
    EXPECT_EQ(l.value(QStringLiteral("year")).toInt(), 2022);

    l = layout(db, {QStringLiteral("--county"), QStringLiteral("米易县")});
    EXPECT_EQ(l.value(QStringLiteral("county")).toString(), QStringLiteral("米易县"));
    EXPECT_EQ(l.value(QStringLiteral("year")).toInt(), 2021);
    l = layout(db, {QStringLiteral("--county"), QStringLiteral("高唐县"), QStringLiteral("--year"), QStringLiteral("2021")});
    EXPECT_EQ(l.value(QStringLiteral("year")).toInt(), 2021);

    const QJsonArray reports = json({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db,
                                     QStringLiteral("--county"), QStringLiteral("高唐县")})
                                   .value(QStringLiteral("reports"))
                                   .toArray();
    ASSERT_EQ(reports.size(), 2);
    for (const QJsonValue &r : reports)
        EXPECT_EQ(r.toObject().value(QStringLiteral("county")).toString(), QStringLiteral("高唐县"));

    // An unknown county: a clear refusal that names the counties there are.
    for (const QString &command : {QStringLiteral("layout"), QStringLiteral("list")}) {
        const CliRun r = run({command, QStringLiteral("--db"), db, QStringLiteral("--county"), QStringLiteral("唐县")});
        EXPECT_NE(r.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("唐县")) && r.err.contains(QStringLiteral("高唐县"))
                    && r.err.contains(QStringLiteral("米易县")))
            << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    // The wall and --export refuse it too, before drawing anything.
    const CliRun wall = run({QStringLiteral("--export"), path(QStringLiteral("out")), QStringLiteral("--db"), db,
                             QStringLiteral("--county"), QStringLiteral("唐县")});
    EXPECT_NE(wall.exitCode, 0);
    EXPECT_TRUE(wall.err.contains(QStringLiteral("米易县"))) << wall.err.toStdString();
    EXPECT_TRUE(QDir(path(QStringLiteral("out"))).entryList({QStringLiteral("*.png")}).isEmpty());

    const CliRun noYear = run({QStringLiteral("layout"), QStringLiteral("--db"), db, QStringLiteral("--county"),
                               QStringLiteral("米易县"), QStringLiteral("--year"), QStringLiteral("2019")});
    EXPECT_NE(noYear.exitCode, 0);
    EXPECT_TRUE(noYear.err.contains(QStringLiteral("2021"))) << noYear.err.toStdString();
}

TEST_F(YearsCli, ThreeYearsOfOneCountyGiveAChartAcrossTheYears)
{
    if (!haveFullReports())
        GTEST_SKIP() << "no shared full reports";
    const QString db = importFull({QStringLiteral("gaotangxian-2021.txt"), QStringLiteral("gaotangxian-2022.txt"),
                                   QStringLiteral("gaotangxian-2023.txt")});
    const QJsonObject l = layout(db);
    const QList<QJsonObject> charts = yearCharts(l);
    ASSERT_FALSE(charts.isEmpty()) << QJsonDocument(l).toJson().toStdString();

    // Every point a figure of its year's report, labelled with that year.
    QHash<qint64, int> yearOf;
    for (const QJsonValue &r : json({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db})
                                   .value(QStringLiteral("reports"))
                                   .toArray()) {
        for (const QJsonValue &f : r.toObject().value(QStringLiteral("figures")).toArray())
            yearOf.insert(f.toObject().value(QStringLiteral("id")).toInteger(), r.toObject().value(QStringLiteral("year")).toInt());
    }
    for (const QJsonObject &chart : charts) {
        EXPECT_EQ(chart.value(QStringLiteral("measure")).toString(), QStringLiteral("value"));
        QHash<QString, QSet<QString>> yearsOfSeries;
        for (const QJsonValue &pv : chart.value(QStringLiteral("points")).toArray()) {
            const QJsonObject p = pv.toObject();
            const qint64 id = p.value(QStringLiteral("figure")).toInteger();
            ASSERT_TRUE(yearOf.contains(id));
            EXPECT_EQ(p.value(QStringLiteral("label")).toString(), QString::number(yearOf.value(id)));
            yearsOfSeries[p.value(QStringLiteral("series")).toString()].insert(p.value(QStringLiteral("label")).toString());
        }
        for (auto it = yearsOfSeries.cbegin(); it != yearsOfSeries.cend(); ++it)
            EXPECT_GE(it.value().size(), 3) << it.key().toStdString();
    }

    // One report alone: no chart across the years.
    EXPECT_TRUE(yearCharts(layout(importFull({QStringLiteral("gaotangxian-2023.txt")}))).isEmpty());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
