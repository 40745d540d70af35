// The command line on PostgreSQL (issue 16): import, fill and list with a postgresql:// URL,
// and `copy` moving a whole store from a file to the server and back.
#include "PgCluster.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "test_cli_fixture.h"

namespace {

class PgCli : public Cli
{
protected:
    void SetUp() override
    {
        BRIEFING_REQUIRE_PG(cluster);
        m_cluster = cluster;
    }
    QString freshUrl()
    {
        QString error;
        const QString database = m_cluster->createDatabase(&error);
        EXPECT_FALSE(database.isEmpty()) << error.toStdString();
        return m_cluster->url(database);
    }
    // The figures as `list --json` prints them, the run's own paths aside.
    QJsonArray listed(const QString &db)
    {
        const CliRun r = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("reports")).toArray();
    }

    PgCluster *m_cluster = nullptr;
};

// The staff's curation rows, written beside the store as the console does.
void addCuration(const QString &file)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("curation"));
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO overrides (county, year, figure_key, figure_name, label, hidden) "
                                          "VALUES ('复制县', 2023, '地区生产总值', '地区生产总值', 'GDP', 0)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO change_history (changed_at, county, year, field, old_value, new_value) "
                                          "VALUES ('2024-01-01T00:00:00Z', '复制县', 2023, 'label', '', 'GDP')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("curation"));
}

} // namespace

TEST_F(PgCli, ImportFillListAndCopyBothWays)
{
    const QString file = path(QStringLiteral("a.db"));
    CliRun r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), file, QStringLiteral("--county"),
                    QStringLiteral("复制县"), QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString csv = path(QStringLiteral("values.csv"));
    ASSERT_TRUE(testsupport::writeFile(csv, QByteArrayLiteral("figure,value,growth\n地区生产总值,85.6,6.3\n")));
    r = run({QStringLiteral("fill"), csv, QStringLiteral("--db"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    addCuration(file);
    const QJsonArray original = listed(file);
    ASSERT_EQ(original.size(), 1);

    const QString server = freshUrl();
    r = run({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char *rows : {"1 reports", "1 overrides", "1 change_history", "fill_history"})
        EXPECT_TRUE(r.out.contains(QLatin1String(rows))) << rows << ": " << r.out.toStdString();
    EXPECT_EQ(listed(server), original);

    // A non-empty target is refused unless told; with --force it is replaced.
    r = run({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--force"))) << r.err.toStdString();
    r = run({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server,
             QStringLiteral("--force")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(listed(server), original);

    // The server's store works on: a fill by name, a new import after the copied ids.
    ASSERT_TRUE(testsupport::writeFile(csv, QByteArrayLiteral("figure,value,growth\n地区生产总值,86.1,6.5\n")));
    r = run({QStringLiteral("fill"), csv, QStringLiteral("--db"), server});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), server, QStringLiteral("--county"),
             QStringLiteral("复制县"), QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray grown = listed(server);
    ASSERT_EQ(grown.size(), 2);
    EXPECT_EQ(figureNamed(grown.at(0).toObject().value(QStringLiteral("figures")).toArray(),
                          QStringLiteral("地区生产总值"))
                  .value(QStringLiteral("value"))
                  .toDouble(),
              86.1);

    // And back to a file, whole.
    const QString back = path(QStringLiteral("back.db"));
    r = run({QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2 reports"))) << r.out.toStdString();
    EXPECT_EQ(listed(back), grown);
}

// The other commands take the URL as they take a file: a fill sheet, and the screen itself.
TEST_F(PgCli, TemplateAndExportReadTheServer)
{
    const QString server = freshUrl();
    CliRun r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), server, QStringLiteral("--county"),
                    QStringLiteral("远程县"), QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString sheet = path(QStringLiteral("sheet.csv"));
    r = run({QStringLiteral("template"), sheet, QStringLiteral("--pending"), QStringLiteral("--db"), server});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(testsupport::readUtf8(sheet).contains(QStringLiteral("figure")));

    const QString out = path(QStringLiteral("pages"));
    r = run({QStringLiteral("--export"), out, QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--db"),
             server},
            240000);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("qrc:/"))) << r.err.toStdString();
    EXPECT_GE(QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 6);
    EXPECT_TRUE(r.out.contains(QStringLiteral("overview"))) << r.out.toStdString();

    // `layout` on the server shows what it shows on a file holding the same report.
    const QString file = path(QStringLiteral("same.db"));
    r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), file, QStringLiteral("--county"),
             QStringLiteral("远程县"), QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList shown[2];
    for (int i = 0; i < 2; ++i) {
        r = run({QStringLiteral("layout"), QStringLiteral("--json"), QStringLiteral("--db"), i == 0 ? server : file});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const QJsonValue &page : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("pages")).toArray()) {
            for (const QJsonValue &card : page.toObject().value(QStringLiteral("cards")).toArray())
                shown[i].append(page.toObject().value(QStringLiteral("name")).toString() + u'/'
                                + card.toObject().value(QStringLiteral("label")).toString());
        }
    }
    EXPECT_GT(shown[0].size(), 6);
    EXPECT_EQ(shown[0], shown[1]);
}

TEST_F(PgCli, RefusesWhatItCannotCopy)
{
    const QString server = freshUrl();
    CliRun r = run({QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), server});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("same database"))) << r.err.toStdString();
    r = run({QStringLiteral("copy"), QStringLiteral("--from"), path(QStringLiteral("missing.db")), QStringLiteral("--to"),
             server});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
    r = run({QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("postgresql://h:99999/x")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("port"))) << r.err.toStdString();
    // An empty database is no store for a reader; the message says what to do.
    r = run({QStringLiteral("list"), QStringLiteral("--db"), server});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("writer"))) << r.err.toStdString();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
