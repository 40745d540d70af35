// What only a PostgreSQL store has to prove; everything the two backends share runs in the
// store tests themselves, a second time on the test server (the "/pg" tests).
#include "PgCluster.h"
#include "Store.h"
#include "TestSupport.h"
#include "store/PgDialect.h"
#include "store/PgListener.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "test_store_fixture.h"

namespace {

class PgStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        testsupport::ensureCoreApplication();
        BRIEFING_REQUIRE_PG(cluster);
        m_cluster = cluster;
        QString error;
        m_database = cluster->createDatabase(&error);
        ASSERT_FALSE(m_database.isEmpty()) << error.toStdString();
    }
    QString url(const QString &user = PgCluster::superuser()) const { return m_cluster->url(m_database, user); }
    void sql(const QString &statements)
    {
        QString error;
        ASSERT_TRUE(m_cluster->exec(m_database, statements, &error)) << error.toStdString();
    }
    QStringList tables()
    {
        QStringList out;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-tables"));
        PgUrl::parse(url(), nullptr)->configure(db);
        if (db.open())
            out = PgDialect::tables(db);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("pg-tables"));
        out.sort();
        return out;
    }

    PgCluster *m_cluster = nullptr;
    QString m_database;
};

} // namespace

TEST_F(PgStoreTest, CreatesTheSchemaWithItsMarker)
{
    QString error;
    auto store = Store::open(url(), Store::Mode::ReadWrite, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_EQ(store->schemaVersion(), Store::SchemaVersion);
    const QStringList have = tables();
    EXPECT_TRUE(have.contains(QStringLiteral("briefing_meta")));
    for (const QString &table : Schema::requiredTables(Store::SchemaVersion))
        EXPECT_TRUE(have.contains(table)) << table.toStdString();
    // Values keep their precision (REAL would be a 4-byte float on PostgreSQL).
    const qint64 id = store->saveReport(makeReport(QStringLiteral("示例县"), 2022, 85.123456789), QString(), &error);
    ASSERT_GT(id, 0) << error.toStdString();
    EXPECT_DOUBLE_EQ(*store->figures(id).at(0).value, 85.123456789);
    // The password never reaches a message.
    EXPECT_FALSE(Store::open(m_cluster->url(QStringLiteral("nosuchdb"), QStringLiteral("u"), QStringLiteral("secret")),
                             Store::Mode::ReadOnly, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nosuchdb"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("secret"))) << error.toStdString();
}

TEST_F(PgStoreTest, RefusesAnotherProgramsDatabaseUntouched)
{
    sql(QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY, total DOUBLE PRECISION)"));
    for (Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
        QString error;
        EXPECT_FALSE(Store::open(url(), mode, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("another program"))) << error.toStdString();
    }
    EXPECT_EQ(tables(), QStringList{QStringLiteral("invoices")});

    // A marker naming another application is refused the same way.
    sql(QStringLiteral("CREATE TABLE briefing_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                       "INSERT INTO briefing_meta VALUES ('application', 'ledger'), ('schema_version', '4')"));
    QString error;
    EXPECT_FALSE(Store::open(url(), Store::Mode::ReadWrite, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("another program"))) << error.toStdString();
}

TEST_F(PgStoreTest, RefusesANewerSchemaUntouched)
{
    QString error;
    ASSERT_TRUE(Store::open(url(), Store::Mode::ReadWrite, &error)) << error.toStdString();
    sql(QStringLiteral("UPDATE briefing_meta SET value = '99' WHERE key = 'schema_version'"));
    for (Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
        EXPECT_FALSE(Store::open(url(), mode, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("newer version"))) << error.toStdString();
    }
}

class PgMigrationTest : public PgStoreTest, public ::testing::WithParamInterface<int>
{
};

// A database left at every earlier schema version upgrades on the first writer and keeps its rows.
TEST_P(PgMigrationTest, UpgradesKeepingData)
{
    const int from = GetParam();
    QStringList statements;
    for (int v = 0; v < from; ++v) {
        for (const QString &s : Schema::migration(v))
            statements.append(PgDialect::translate(s));
    }
    statements.append(QStringLiteral("INSERT INTO reports (county, year, full_text, imported_at) "
                                     "VALUES ('旧县', 2019, '地区生产总值50亿元。', '2020-01-01T00:00:00.000Z')"));
    statements.append(QStringLiteral("INSERT INTO figures (report_id, ordinal, name, key, domain, value, unit) "
                                     "SELECT id, 0, '地区生产总值', '地区生产总值', 'economy', 50, '亿元' FROM reports"));
    statements.append(QStringLiteral("CREATE TABLE briefing_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    statements.append(QStringLiteral("INSERT INTO briefing_meta VALUES ('application', 'county-briefing'), "
                                     "('schema_version', '%1'), ('changes', '0')")
                          .arg(from));
    sql(statements.join(QStringLiteral(";\n")));

    QString error;
    // A reader does not upgrade; it says what to do.
    EXPECT_FALSE(Store::open(url(), Store::Mode::ReadOnly, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("older schema"))) << error.toStdString();
    auto store = Store::open(url(), Store::Mode::ReadWrite, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_EQ(store->schemaVersion(), Store::SchemaVersion);
    const auto latest = store->latestReport();
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->county, QStringLiteral("旧县"));
    const QList<Figure> figures = store->figures(latest->id);
    ASSERT_EQ(figures.size(), 1);
    EXPECT_DOUBLE_EQ(*figures.at(0).value, 50);
    EXPECT_EQ(figures.at(0).year, 2019);
    // And a new import continues the ids after the old rows.
    EXPECT_GT(store->saveReport(makeReport(QStringLiteral("旧县"), 2020, 55), QString(), &error), latest->id)
        << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, PgMigrationTest, ::testing::Range(1, Store::SchemaVersion));

// The README's two roles: walls read with SELECT only, the staff writes.
TEST_F(PgStoreTest, AWallRoleReadsAndCannotWrite)
{
    const QString wall = m_database + QStringLiteral("_wall");
    const QString writer = m_database + QStringLiteral("_writer");
    sql(QStringLiteral("CREATE ROLE %1 LOGIN; CREATE ROLE %2 LOGIN;"
                       "ALTER DATABASE %3 OWNER TO %2;"
                       "GRANT CONNECT ON DATABASE %3 TO %1;"
                       "GRANT USAGE ON SCHEMA public TO %1;"
                       "ALTER DEFAULT PRIVILEGES FOR ROLE %2 IN SCHEMA public GRANT SELECT ON TABLES TO %1")
            .arg(wall, writer, m_database));
    QString error;
    {
        auto store = Store::open(url(writer), Store::Mode::ReadWrite, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_GT(store->saveReport(makeReport(QStringLiteral("示例县"), 2022, 85.6), QString(), &error), 0)
            << error.toStdString();
    }
    auto reader = Store::open(url(wall), Store::Mode::ReadOnly, &error);
    ASSERT_TRUE(reader) << error.toStdString();
    const auto latest = reader->latestReport();
    ASSERT_TRUE(latest) << reader->lastError().toStdString();
    EXPECT_EQ(reader->figures(latest->id).size(), 4);
    EXPECT_EQ(reader->saveReport(makeReport(QStringLiteral("示例县"), 2023, 90), QString(), &error), 0);
    // Even opened as a writer, the wall's role cannot change a thing.
    auto pretender = Store::open(url(wall), Store::Mode::ReadWrite, &error);
    if (pretender)
        EXPECT_EQ(pretender->saveReport(makeReport(QStringLiteral("示例县"), 2023, 90), QString(), &error), 0);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(reader->reports().size(), 1);
}

// Two writers at once: the second waits for the first's commit instead of interleaving.
TEST_F(PgStoreTest, ConcurrentWritersTakeTurns)
{
    QString error;
    auto first = Store::open(url(), Store::Mode::ReadWrite, &error);
    ASSERT_TRUE(first) << error.toStdString();
    QSqlDatabase db = first->database();
    ASSERT_TRUE(PgDialect::beginWrite(db, &error)) << error.toStdString();

    std::atomic<bool> done{false};
    std::atomic<qint64> savedId{0};
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> finishedAt{0};
    const QString location = url();
    std::thread second([&] {
        QString why;
        auto store = Store::open(location, Store::Mode::ReadWrite, &why);
        if (store)
            savedId = store->saveReport(makeReport(QStringLiteral("示例县"), 2023, 90), QString(), &why);
        finishedAt = clock.elapsed();
        done = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    EXPECT_FALSE(done.load()) << "the second writer did not wait for the lock";
    const qint64 releasedAt = clock.elapsed();
    ASSERT_TRUE(PgDialect::commit(db, &error)) << error.toStdString();
    second.join();
    EXPECT_GT(savedId.load(), 0);
    EXPECT_GE(finishedAt.load(), releasedAt);

    // Many writers at once all get through, one after another.
    std::vector<std::thread> writers;
    std::atomic<int> saved{0};
    for (int i = 0; i < 4; ++i) {
        writers.emplace_back([&, i] {
            QString why;
            auto store = Store::open(location, Store::Mode::ReadWrite, &why);
            for (int y = 0; store && y < 5; ++y) {
                if (store->saveReport(makeReport(QStringLiteral("县%1").arg(i), 2000 + y, y), QString(), &why) > 0)
                    ++saved;
            }
        });
    }
    for (std::thread &t : writers)
        t.join();
    EXPECT_EQ(saved.load(), 20);
    EXPECT_EQ(first->reports().size(), 21);
}

// Every commit of a writer reaches a listening wall; what was not committed does not.
TEST_F(PgStoreTest, CommitsNotifyAndNothingElseDoes)
{
    QString error;
    auto store = Store::open(url(), Store::Mode::ReadWrite, &error);
    ASSERT_TRUE(store) << error.toStdString();
    PgListener listener(*PgUrl::parse(url(), &error));
    QSignalSpy listening(&listener, &PgListener::listening);
    QSignalSpy notified(&listener, &PgListener::notified);
    listener.start();
    ASSERT_TRUE(listening.wait(10000)) << listener.lastError().toStdString();

    const qint64 version = store->dataVersion();
    const qint64 id = store->saveReport(makeReport(QStringLiteral("示例县"), 2022, 85.6), QString(), &error);
    ASSERT_GT(id, 0) << error.toStdString();
    ASSERT_TRUE(notified.wait(1000));
    EXPECT_GT(store->dataVersion(), version);

    FillOptions dry;
    dry.dryRun = true;
    QList<FillOutcome> outcomes;
    const QList<FillRow> good = {{2, QStringLiteral("税收收入"), QStringLiteral("5.5"), QString()}};
    EXPECT_TRUE(store->fill(good, dry, &outcomes, &error)) << error.toStdString();
    EXPECT_FALSE(store->fill({{2, QStringLiteral("税收收入"), QStringLiteral("55"), QString()}}, FillOptions(), &outcomes,
                             &error));
    EXPECT_FALSE(notified.wait(300)) << "a dry run or a refused fill notified the walls";

    notified.clear();
    EXPECT_TRUE(store->fill(good, FillOptions(), &outcomes, &error)) << error.toStdString();
    ASSERT_TRUE(notified.wait(1000));
    EXPECT_EQ(notified.size(), 1);
}
