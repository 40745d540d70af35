// The command line as a user runs it: the real binary, in a temporary home.
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "test_cli_fixture.h"

TEST_F(Cli, HelpListsEverySubcommandAndOption)
{
    const CliRun r = run({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char *word : {"import", "fill", "list", "--db", "--page", "--rotate", "--kiosk", "--lang", "--export",
                             "--size", "--pending", "--json", "--county", "--year"})
        EXPECT_TRUE(r.out.contains(QLatin1String(word))) << word;
}

TEST_F(Cli, VersionPrintsTheVersion)
{
    const CliRun r = run({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("county-briefing "))) << r.out.toStdString();
}

TEST_F(Cli, UnknownOptionsAndCommandsAreErrors)
{
    CliRun r = run({QStringLiteral("--no-such-option")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no-such-option"))) << r.err.toStdString();
    r = run({QStringLiteral("frobnicate")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown command"))) << r.err.toStdString();
    r = run({QStringLiteral("list"), QStringLiteral("--bogus")});
    EXPECT_NE(r.exitCode, 0);
    r = run({QStringLiteral("--rotate"), QStringLiteral("soon")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--rotate"))) << r.err.toStdString();
    r = run({QStringLiteral("--page"), QStringLiteral("weather")});
    EXPECT_NE(r.exitCode, 0);
}

TEST_F(Cli, ImportListAndFillTheDraft)
{
    const QString db = path(QStringLiteral("b.db"));
    // The draft names neither its county nor its year: the import says what to add.
    CliRun r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), db});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--county")) || r.err.contains(QStringLiteral("--year")))
        << r.err.toStdString();

    r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), db, QStringLiteral("--county"),
             QStringLiteral("测试县"), QStringLiteral("--year"), QStringLiteral("2022")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("测试县 2022"))) << r.out.toStdString();

    r = run({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    ASSERT_TRUE(doc.isObject()) << r.out.left(400).toStdString();
    const QJsonArray reports = doc.object().value(QStringLiteral("reports")).toArray();
    ASSERT_EQ(reports.size(), 1);
    const QJsonObject report = reports.at(0).toObject();
    EXPECT_EQ(report.value(QStringLiteral("county")).toString(), QStringLiteral("测试县"));
    EXPECT_EQ(report.value(QStringLiteral("year")).toInt(), 2022);
    const QJsonArray figures = report.value(QStringLiteral("figures")).toArray();
    ASSERT_GT(figures.size(), 50);
    const QJsonObject gdp = figureNamed(figures, QStringLiteral("地区生产总值"));
    ASSERT_FALSE(gdp.isEmpty());
    for (const char *key : {"name", "domain", "value", "unit", "growth", "growthKind", "pending", "mask", "qualifier",
                            "rank", "section", "sentence"})
        EXPECT_TRUE(gdp.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(gdp.value(QStringLiteral("value")).isNull());
    EXPECT_TRUE(gdp.value(QStringLiteral("pending")).toBool());
    EXPECT_EQ(gdp.value(QStringLiteral("mask")).toString(), QStringLiteral("xx.x"));
    EXPECT_EQ(gdp.value(QStringLiteral("unit")).toString(), QStringLiteral("亿元"));
    EXPECT_EQ(gdp.value(QStringLiteral("domain")).toString(), QStringLiteral("economy"));
    EXPECT_TRUE(gdp.value(QStringLiteral("sentence")).toString().contains(QStringLiteral("地区生产总值实现xx.x亿元")));

    // A typo is caught against its mask, and nothing is written.
    const QString bad = path(QStringLiteral("bad.csv"));
    ASSERT_TRUE(testsupport::writeFile(bad, QStringLiteral("figure,value,growth\n地区生产总值,856,6.3\n").toUtf8()));
    r = run({QStringLiteral("fill"), bad, QStringLiteral("--db"), db});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("xx.x"))) << r.err.toStdString();

    const QString good = path(QStringLiteral("good.csv"));
    ASSERT_TRUE(testsupport::writeFile(good, QStringLiteral("figure,value,growth\n地区生产总值,85.6,6.3\n").toUtf8()));
    r = run({QStringLiteral("fill"), good, QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("地区生产总值"))) << r.out.toStdString();

    r = run({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("--pending")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray pending = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("reports"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("figures"))
                                   .toArray();
    EXPECT_LT(pending.size(), figures.size());
    EXPECT_TRUE(figureNamed(pending, QStringLiteral("地区生产总值")).isEmpty());
    for (const QJsonValue &v : pending)
        EXPECT_TRUE(v.toObject().value(QStringLiteral("pending")).toBool());
}

TEST_F(Cli, ImportRefusesBadInputWithoutTouchingTheDatabase)
{
    const QString db = path(QStringLiteral("b.db"));
    CliRun r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), db, QStringLiteral("--county"),
                 QStringLiteral("测试县"), QStringLiteral("--year"), QStringLiteral("2022")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString binary = path(QStringLiteral("scan.pdf"));
    ASSERT_TRUE(testsupport::writeFile(binary, QByteArray("%PDF-1.7\n\0\0\x01\x02\xff\xfe", 16)));
    const QString empty = path(QStringLiteral("empty.txt"));
    ASSERT_TRUE(testsupport::writeFile(empty, QByteArray()));
    r = run({QStringLiteral("import"), binary, empty, path(QStringLiteral("missing.txt")), QStringLiteral("--db"), db});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("[1/3]"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("3 of 3 files not imported"))) << r.err.toStdString();
    r = run({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("reports")).toArray().size(), 1);
}

TEST_F(Cli, BadDatabasesGetAClearErrorAndStayUntouched)
{
    const QString garbage = path(QStringLiteral("garbage.db"));
    const QByteArray bytes("this is not a database, just text\n");
    ASSERT_TRUE(testsupport::writeFile(garbage, bytes));
    for (const QStringList &args : {QStringList{QStringLiteral("list"), QStringLiteral("--db"), garbage},
                                    QStringList{QStringLiteral("import"), draft(), QStringLiteral("--db"), garbage},
                                    QStringList{QStringLiteral("--db"), garbage, QStringLiteral("--export"),
                                                path(QStringLiteral("out"))}}) {
        const CliRun r = run(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("not an SQLite file"))) << r.err.toStdString();
        EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << "one line: " << r.err.toStdString();
    }
    QFile f(garbage);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), bytes);
}

TEST_F(Cli, DefaultDatabaseIsCreatedFromShippedDataAsDemo)
{
    const CliRun r = run({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray reports = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("reports")).toArray();
    ASSERT_EQ(reports.size(), 1);
    const QJsonArray figures = reports.at(0).toObject().value(QStringLiteral("figures")).toArray();
    const QJsonObject gdp = figureNamed(figures, QStringLiteral("地区生产总值"));
    ASSERT_FALSE(gdp.isEmpty());
    EXPECT_FALSE(gdp.value(QStringLiteral("pending")).toBool()) << "the demo values fill the headline figures";
    EXPECT_TRUE(gdp.value(QStringLiteral("value")).isDouble());
    EXPECT_TRUE(QFileInfo::exists(m_home.filePath(QStringLiteral("data/county-briefing/briefing.db"))));
    const CliRun plain = run({QStringLiteral("list")});
    EXPECT_TRUE(plain.out.contains(QStringLiteral("demo"))) << plain.out.left(300).toStdString();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
