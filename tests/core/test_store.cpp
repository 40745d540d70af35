#include "FillCsv.h"
#include "Mask.h"
#include "PriorYear.h"
#include "Store.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

#include "test_store_fixture.h"

TEST_F(StoreTest, CreatesCurrentSchemaInWalMode)
{
    BRIEFING_SQLITE_ONLY();
    auto store = openWriter();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), Store::SchemaVersion);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe-wal"));
    db.setDatabaseName(dbPath());
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe-wal"));
}

TEST_F(StoreTest, RoundTripKeepsEveryField)
{
    auto store = openWriter();
    ASSERT_TRUE(store);
    ParsedReport report = makeReport(QStringLiteral("浮山县"), 2018, 46.1);
    report.figures[0].qualifier = QStringLiteral("预计,左右");
    report.figures[0].rank = QStringLiteral("位列全市第二");
    report.figures[1].growthPending = true;
    report.figures[1].growthMask = QStringLiteral("xx.x");
    QString error;
    const qint64 id = store->saveReport(report, QStringLiteral("/tmp/report.txt"), &error);
    ASSERT_GT(id, 0) << error.toStdString();

    const auto info = store->report(id);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->county, QStringLiteral("浮山县"));
    EXPECT_EQ(info->year, 2018);
    EXPECT_EQ(info->figureCount, 4);
    EXPECT_EQ(info->pendingCount, 3);
    EXPECT_EQ(store->reportText(id), report.text);
    EXPECT_EQ(store->sections(id).size(), 2);
    EXPECT_EQ(store->sections(id).at(1).parentIndex, 0);
    ASSERT_EQ(store->highlights(id).size(), 1);
    EXPECT_EQ(store->highlights(id).at(0).sentence, report.highlights.at(0).sentence);

    const QList<Figure> figures = store->figures(id);
    ASSERT_EQ(figures.size(), 4);
    EXPECT_EQ(figures.at(0).name, QStringLiteral("地区生产总值"));
    ASSERT_TRUE(figures.at(0).value);
    EXPECT_DOUBLE_EQ(*figures.at(0).value, 46.1);
    ASSERT_TRUE(figures.at(0).growth);
    EXPECT_DOUBLE_EQ(*figures.at(0).growth, 6.5);
    EXPECT_EQ(figures.at(0).qualifier, QStringLiteral("预计,左右"));
    EXPECT_EQ(figures.at(0).rank, QStringLiteral("位列全市第二"));
    EXPECT_FALSE(figures.at(1).value);
    EXPECT_TRUE(figures.at(1).pending);
    EXPECT_EQ(figures.at(1).mask, QStringLiteral("x.x"));
    EXPECT_TRUE(figures.at(1).growthPending);
    EXPECT_EQ(figures.at(1).growthMask, QStringLiteral("xx.x"));
    EXPECT_EQ(figures.at(3).parentId, figures.at(2).id);
    const QList<Figure> parts = store->children(figures.at(2).id);
    ASSERT_EQ(parts.size(), 1);
    EXPECT_EQ(parts.at(0).name, QStringLiteral("老旧小区"));
}

TEST_F(StoreTest, ReimportingSameCountyAndYearReplaces)
{
    auto store = openWriter();
    ASSERT_TRUE(store);
    QString error;
    ASSERT_GT(store->saveReport(makeReport(QStringLiteral("建宁县"), 2022, 160), QString(), &error), 0);
    ASSERT_GT(store->saveReport(makeReport(QStringLiteral("建宁县"), 2022, 164), QString(), &error), 0);
    ASSERT_GT(store->saveReport(makeReport(QStringLiteral("建宁县"), 2021, 150), QString(), &error), 0);
    const QList<ReportInfo> reports = store->reports();
    ASSERT_EQ(reports.size(), 2);
    const auto latest = store->latestReport();
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->year, 2022);
    EXPECT_DOUBLE_EQ(*store->figures(latest->id).at(0).value, 164);
}

TEST_F(StoreTest, TrendOrdersReportedYearsAndDerivesNothing)
{
    auto store = openWriter();
    ASSERT_TRUE(store);
    QString error;
    ASSERT_GT(store->saveReport(makeReport(QStringLiteral("建宁县"), 2022, 164), QString(), &error), 0);
    ASSERT_GT(store->saveReport(makeReport(QStringLiteral("建宁县"), 2020, 150), QString(), &error), 0);
    ASSERT_GT(store->saveReport(makeReport(QStringLiteral("浮山县"), 2021, 46), QString(), &error), 0);
    const QList<TrendPoint> trend = store->trend(QStringLiteral("建宁县"), QStringLiteral("地区生产总值"));
    ASSERT_EQ(trend.size(), 2);
    EXPECT_EQ(trend.at(0).year, 2020);
    EXPECT_FALSE(trend.at(0).derived);
    EXPECT_EQ(trend.at(1).year, 2022);
    EXPECT_DOUBLE_EQ(*trend.at(1).value, 164);
    // Derived years join in one place: 2019 and 2021 from the next year's change.
    const QList<TrendPoint> full = withDerivedPriorYears(trend);
    ASSERT_EQ(full.size(), 4);
    EXPECT_EQ(full.at(0).year, 2019);
    EXPECT_TRUE(full.at(0).derived);
    EXPECT_NEAR(*full.at(0).value, 150 / 1.065, 1e-9);
    EXPECT_EQ(full.at(2).year, 2021);
    EXPECT_TRUE(full.at(2).derived);
}

TEST_F(StoreTest, TrendTakesAYearsStatedResultNotATargetOrAChangeOnly)
{
    auto store = openWriter();
    ASSERT_TRUE(store);
    ParsedReport r = makeReport(QStringLiteral("建宁县"), 2022, 164);
    // Before the result: the same indicator as a change only; after it, next year's target.
    Figure changeOnly = makeFigure(QStringLiteral("地区生产总值"), std::nullopt, QString(), 7.0);
    Figure target = makeFigure(QStringLiteral("地区生产总值"), 175, QStringLiteral("亿元"), 6.5);
    target.role = QStringLiteral("target");
    r.figures.prepend(changeOnly);
    for (Figure &f : r.figures)
        f.parentIndex += f.parentIndex >= 0 ? 1 : 0;
    r.figures.append(target);
    QString error;
    ASSERT_GT(store->saveReport(r, QString(), &error), 0) << error.toStdString();
    const QList<TrendPoint> trend = store->trend(QStringLiteral("建宁县"), QStringLiteral("地区生产总值"));
    ASSERT_EQ(trend.size(), 1);
    ASSERT_TRUE(trend.at(0).value);
    EXPECT_DOUBLE_EQ(*trend.at(0).value, 164);
}

TEST_F(StoreTest, FillChecksMasksAndIsAllOrNothing)
{
    auto store = openWriter();
    ASSERT_TRUE(store);
    QString error;
    ASSERT_GT(store->saveReport(makeReport(QStringLiteral("示例县"), 2022, 85.6), QString(), &error), 0);

    QList<FillOutcome> outcomes;
    // 12.5 does not fit x.x (0.0 .. 9.9): the whole file is refused, the good row included.
    QList<FillRow> rows{{2, QStringLiteral("安居工程"), QStringLiteral("3.25"), QString()},
                        {3, QStringLiteral("税收收入"), QStringLiteral("12.5"), QString()}};
    EXPECT_FALSE(store->fill(rows, QStringLiteral("fill"), &outcomes, &error));
    ASSERT_EQ(outcomes.size(), 2);
    EXPECT_TRUE(outcomes.at(0).accepted);
    EXPECT_FALSE(outcomes.at(1).accepted);
    EXPECT_TRUE(outcomes.at(1).message.contains(QStringLiteral("x.x")));
    const auto latest = store->latestReport();
    EXPECT_EQ(latest->pendingCount, 3);
    EXPECT_FALSE(store->figures(latest->id).at(2).value);

    rows[1].value = QStringLiteral("4.2");
    ASSERT_TRUE(store->fill(rows, QStringLiteral("demo"), &outcomes, &error)) << error.toStdString();
    const QList<Figure> figures = store->figures(latest->id);
    EXPECT_DOUBLE_EQ(*figures.at(1).value, 4.2);
    EXPECT_FALSE(figures.at(1).pending);
    EXPECT_TRUE(figures.at(1).demo);
    EXPECT_DOUBLE_EQ(*figures.at(2).value, 3.25);
    EXPECT_EQ(store->latestReport()->pendingCount, 1);
    EXPECT_TRUE(store->latestReport()->demo);
}

TEST_F(StoreTest, FillByIdCorrectsAReportedFigureAndRecordsHistory)
{
    auto store = openWriter();
    ASSERT_TRUE(store);
    QString error;
    const qint64 id = store->saveReport(makeReport(QStringLiteral("示例县"), 2022, 85.6), QString(), &error);
    const qint64 gdpId = store->figures(id).at(0).id;
    QList<FillOutcome> outcomes;
    ASSERT_TRUE(store->fill({{2, QStringLiteral("#%1").arg(gdpId), QStringLiteral("86.1"), QStringLiteral("-0.5")}},
                            QStringLiteral("fill"), &outcomes, &error))
        << error.toStdString();
    const auto gdp = store->figure(gdpId);
    EXPECT_DOUBLE_EQ(*gdp->value, 86.1);
    EXPECT_DOUBLE_EQ(*gdp->growth, -0.5);
    EXPECT_FALSE(gdp->demo);

    QSqlDatabase db = openProbe(QStringLiteral("probe-history"));
    ASSERT_TRUE(db.isOpen());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT field, old_value, new_value FROM fill_history ORDER BY id")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("value"));
        EXPECT_DOUBLE_EQ(q.value(1).toDouble(), 85.6);
        EXPECT_DOUBLE_EQ(q.value(2).toDouble(), 86.1);
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("growth"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe-history"));
}

TEST_F(StoreTest, FillRefusesUnknownAndAmbiguousNames)
{
    auto store = openWriter();
    ASSERT_TRUE(store);
    ParsedReport report = makeReport(QStringLiteral("示例县"), 2022, 85.6);
    report.figures.append(makeFigure(QStringLiteral("税收收入"), std::nullopt, QStringLiteral("亿元"), std::nullopt,
                                     QStringLiteral("x.x")));
    QString error;
    ASSERT_GT(store->saveReport(report, QString(), &error), 0);
    QList<FillOutcome> outcomes;
    EXPECT_FALSE(store->fill({{2, QStringLiteral("不存在的指标"), QStringLiteral("1"), QString()}},
                             QStringLiteral("fill"), &outcomes, &error));
    EXPECT_TRUE(outcomes.at(0).message.contains(QStringLiteral("no figure")));
    EXPECT_FALSE(store->fill({{2, QStringLiteral("税收收入"), QStringLiteral("1.5"), QString()}},
                             QStringLiteral("fill"), &outcomes, &error));
    EXPECT_TRUE(outcomes.at(0).message.contains(QStringLiteral("use an id")));
    EXPECT_FALSE(store->fill({{2, QStringLiteral("地区生产总值"), QStringLiteral("abc"), QString()}},
                             QStringLiteral("fill"), &outcomes, &error));
    EXPECT_TRUE(outcomes.at(0).message.contains(QStringLiteral("not a number")));
}

TEST_F(StoreTest, ReadOnlyConnectionCannotWrite)
{
    {
        auto writer = openWriter();
        ASSERT_TRUE(writer);
    }
    QString error;
    auto reader = Store::open(dbPath(), Store::Mode::ReadOnly, &error);
    ASSERT_TRUE(reader) << error.toStdString();
    EXPECT_EQ(reader->saveReport(makeReport(QStringLiteral("a县"), 2020, 1), QString(), &error), 0);
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(StoreTest, ReadOnlyOpenOfMissingFileFails)
{
    BRIEFING_SQLITE_ONLY();
    QString error;
    EXPECT_FALSE(Store::open(dbPath(), Store::Mode::ReadOnly, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFileInfo::exists(dbPath()));
}

// --- migrations -------------------------------------------------------------------------

namespace {

// The schema as version 1 and version 2 of the program wrote it.
const char *const kSchemaV1 = R"sql(
CREATE TABLE reports (id INTEGER PRIMARY KEY, county TEXT NOT NULL, year INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '', source_file TEXT NOT NULL DEFAULT '', full_text TEXT NOT NULL,
  imported_at TEXT NOT NULL, UNIQUE (county, year));
CREATE TABLE sections (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL, idx INTEGER NOT NULL,
  level INTEGER NOT NULL, ordinal INTEGER NOT NULL, title TEXT NOT NULL, start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL, parent_idx INTEGER NOT NULL DEFAULT -1);
CREATE TABLE figures (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL, parent_id INTEGER,
  ordinal INTEGER NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, domain TEXT NOT NULL, value REAL,
  unit TEXT NOT NULL DEFAULT '', growth REAL, growth_kind TEXT NOT NULL DEFAULT '',
  pending INTEGER NOT NULL DEFAULT 0, mask TEXT NOT NULL DEFAULT '', qualifier TEXT NOT NULL DEFAULT '',
  rank TEXT NOT NULL DEFAULT '', section TEXT NOT NULL DEFAULT '', section_idx INTEGER NOT NULL DEFAULT -1,
  sentence TEXT NOT NULL DEFAULT '', start_offset INTEGER NOT NULL DEFAULT -1,
  end_offset INTEGER NOT NULL DEFAULT -1, sentence_start INTEGER NOT NULL DEFAULT -1,
  sentence_end INTEGER NOT NULL DEFAULT -1);
CREATE TABLE highlights (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL, ordinal INTEGER NOT NULL,
  sentence TEXT NOT NULL, section TEXT NOT NULL DEFAULT '', section_idx INTEGER NOT NULL DEFAULT -1,
  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, score REAL NOT NULL DEFAULT 0);
INSERT INTO reports VALUES (1, '旧县', 2019, '政府工作报告', '', '地区生产总值50亿元。', '2020-01-01T00:00:00.000Z');
INSERT INTO figures (id, report_id, ordinal, name, key, domain, value, unit, pending, mask)
  VALUES (1, 1, 0, '地区生产总值', '地区生产总值', 'economy', 50, '亿元', 0, '');
INSERT INTO figures (id, report_id, ordinal, name, key, domain, value, unit, pending, mask)
  VALUES (2, 1, 1, '税收收入', '税收收入', 'economy', NULL, '亿元', 1, 'x.x');
PRAGMA user_version = 1;
)sql";

const char *const kSchemaV2Extra = R"sql(
ALTER TABLE figures ADD COLUMN growth_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE figures ADD COLUMN growth_mask TEXT NOT NULL DEFAULT '';
CREATE TABLE fill_history (id INTEGER PRIMARY KEY, figure_id INTEGER, report_id INTEGER,
  figure_name TEXT NOT NULL, field TEXT NOT NULL, old_value REAL, new_value REAL, source TEXT NOT NULL,
  filled_at TEXT NOT NULL);
PRAGMA user_version = 2;
)sql";

void runScript(const QString &path, const QStringList &scripts)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("script"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &script : scripts) {
            for (const QString &statement : script.split(u';', Qt::SkipEmptyParts)) {
                if (!statement.trimmed().isEmpty())
                    ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("script"));
}

} // namespace

class MigrationTest : public StoreTest, public ::testing::WithParamInterface<int>
{
};

TEST_P(MigrationTest, UpgradesKeepingData)
{
    BRIEFING_SQLITE_ONLY();
    const int from = GetParam();
    QStringList scripts{QString::fromUtf8(kSchemaV1)};
    if (from >= 2)
        scripts.append(QString::fromUtf8(kSchemaV2Extra));
    runScript(dbPath(), scripts);

    QString error;
    // A reader does not upgrade: it says what to do instead and leaves the file alone.
    const QByteArray before = fileDigest(dbPath());
    EXPECT_FALSE(Store::open(dbPath(), Store::Mode::ReadOnly, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("older schema")));
    EXPECT_EQ(fileDigest(dbPath()), before);

    auto store = openWriter();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), Store::SchemaVersion);
    const auto latest = store->latestReport();
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->county, QStringLiteral("旧县"));
    const QList<Figure> figures = store->figures(latest->id);
    ASSERT_EQ(figures.size(), 2);
    EXPECT_DOUBLE_EQ(*figures.at(0).value, 50);
    EXPECT_TRUE(figures.at(1).pending);
    EXPECT_FALSE(figures.at(1).growthPending);
    EXPECT_FALSE(figures.at(1).demo);
    QList<FillOutcome> outcomes;
    EXPECT_TRUE(store->fill({{2, QStringLiteral("税收收入"), QStringLiteral("3.3"), QString()}},
                            QStringLiteral("demo"), &outcomes, &error))
        << error.toStdString();
    EXPECT_TRUE(store->figure(figures.at(1).id)->demo);
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, MigrationTest, ::testing::Values(1, 2));

// --- bad files: a clear error, and the file is never modified -----------------------------

TEST_F(StoreTest, RefusesAFileThatIsNotSqlite)
{
    BRIEFING_SQLITE_ONLY();
    ASSERT_TRUE(testsupport::writeFile(dbPath(), QByteArrayLiteral("地区生产总值 85.6 亿元\nnot a database\n")));
    const QByteArray before = fileDigest(dbPath());
    QString error;
    EXPECT_FALSE(Store::open(dbPath(), Store::Mode::ReadWrite, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not an SQLite file"))) << error.toStdString();
    EXPECT_FALSE(Store::open(dbPath(), Store::Mode::ReadOnly, &error));
    EXPECT_EQ(fileDigest(dbPath()), before);
    EXPECT_FALSE(QFileInfo::exists(dbPath() + QStringLiteral("-wal")));
}

TEST_F(StoreTest, RefusesADatabaseFromANewerSchema)
{
    BRIEFING_SQLITE_ONLY();
    runScript(dbPath(), {QStringLiteral("CREATE TABLE reports (id INTEGER PRIMARY KEY)"),
                         QStringLiteral("PRAGMA user_version = %1").arg(Store::SchemaVersion + 1)});
    const QByteArray before = fileDigest(dbPath());
    QString error;
    EXPECT_FALSE(Store::open(dbPath(), Store::Mode::ReadWrite, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer version"))) << error.toStdString();
    EXPECT_EQ(fileDigest(dbPath()), before);
}

TEST_F(StoreTest, RefusesAnotherProgramsDatabase)
{
    BRIEFING_SQLITE_ONLY();
    runScript(dbPath(), {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")});
    const QByteArray before = fileDigest(dbPath());
    QString error;
    EXPECT_FALSE(Store::open(dbPath(), Store::Mode::ReadWrite, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("another program"))) << error.toStdString();
    EXPECT_EQ(fileDigest(dbPath()), before);
}

TEST_F(StoreTest, RefusesATruncatedFile)
{
    BRIEFING_SQLITE_ONLY();
    {
        auto store = openWriter();
        ASSERT_TRUE(store);
        QString error;
        for (int year = 2000; year < 2040; ++year)
            ASSERT_GT(store->saveReport(makeReport(QStringLiteral("浮山县"), year, 40 + year % 7), QString(), &error), 0);
    }
    QFile f(dbPath());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 8192);
    ASSERT_TRUE(f.resize(size / 2 + 100));
    f.close();
    const QByteArray before = fileDigest(dbPath());
    QString error;
    EXPECT_FALSE(Store::open(dbPath(), Store::Mode::ReadWrite, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("truncated")) || error.contains(QStringLiteral("damaged")))
        << error.toStdString();
    EXPECT_FALSE(Store::open(dbPath(), Store::Mode::ReadOnly, &error));
    EXPECT_EQ(fileDigest(dbPath()), before);
}

TEST_F(StoreTest, RefusesAReadOnlyFolder)
{
    BRIEFING_SQLITE_ONLY();
    const QString folder = m_dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    {
        auto store = Store::open(folder + QStringLiteral("/b.db"), Store::Mode::ReadWrite, nullptr);
        ASSERT_TRUE(store);
    }
    const QByteArray before = fileDigest(folder + QStringLiteral("/b.db"));
    ASSERT_TRUE(lockFolder(folder, m_dir.path()));
    const int code = exitCodeAsOrdinaryUser([&folder] {
        QString error;
        if (Store::open(folder + QStringLiteral("/new.db"), Store::Mode::ReadWrite, &error))
            return 11;
        if (!error.contains(QStringLiteral("not writable")))
            return 12;
        if (Store::open(folder + QStringLiteral("/b.db"), Store::Mode::ReadWrite, &error))
            return 13;
        return 0;
    });
    unlockFolder(folder);
    EXPECT_EQ(code, 0);
    EXPECT_FALSE(QFileInfo::exists(folder + QStringLiteral("/new.db")));
    EXPECT_EQ(fileDigest(folder + QStringLiteral("/b.db")), before);
}

TEST_F(StoreTest, RefusesAMissingFolder)
{
    BRIEFING_SQLITE_ONLY();
    QString error;
    EXPECT_FALSE(Store::open(m_dir.filePath(QStringLiteral("no/such/folder/b.db")), Store::Mode::ReadWrite, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
}

TEST_F(StoreTest, HealthNoticesAFileReplacedByGarbage)
{
    BRIEFING_SQLITE_ONLY();
    {
        auto writer = openWriter();
        QString error;
        ASSERT_GT(writer->saveReport(makeReport(QStringLiteral("浮山县"), 2018, 46.1), QString(), &error), 0);
    }
    QString error;
    auto reader = Store::open(dbPath(), Store::Mode::ReadOnly, &error);
    ASSERT_TRUE(reader);
    EXPECT_TRUE(reader->healthy(&error)) << error.toStdString();
    ASSERT_TRUE(QFile::remove(dbPath()));
    ASSERT_TRUE(testsupport::writeFile(dbPath(), QByteArray(4096, 'z')));
    EXPECT_FALSE(reader->healthy(&error));
    EXPECT_FALSE(error.isEmpty());
}

// --- concurrency and crashes --------------------------------------------------------------

TEST_F(StoreTest, ReaderKeepsReadingWhileAWriterCommits)
{
    auto writer = openWriter();
    ASSERT_TRUE(writer);
    QString error;
    ASSERT_GT(writer->saveReport(makeReport(QStringLiteral("浮山县"), 2018, 46.1), QString(), &error), 0);
    auto reader = Store::open(dbPath(), Store::Mode::ReadOnly, &error);
    ASSERT_TRUE(reader) << error.toStdString();
    const qint64 version = reader->dataVersion();
    for (int i = 0; i < 20; ++i) {
        ASSERT_GT(writer->saveReport(makeReport(QStringLiteral("浮山县"), 1990 + i, 40 + i), QString(), &error), 0);
        const auto latest = reader->latestReport();
        ASSERT_TRUE(latest) << reader->lastError().toStdString();
        EXPECT_EQ(latest->year, 2018);
        EXPECT_EQ(reader->figures(latest->id).size(), 4);
    }
    EXPECT_NE(reader->dataVersion(), version);
    EXPECT_EQ(reader->reports().size(), 21);
}

TEST_F(StoreTest, WriterKilledMidTransactionLeavesPreviousDataIntact)
{
    BRIEFING_SQLITE_ONLY();
    {
        auto writer = openWriter();
        QString error;
        ASSERT_GT(writer->saveReport(makeReport(QStringLiteral("浮山县"), 2018, 46.1), QString(), &error), 0);
    }
    ParsedReport big = makeReport(QStringLiteral("浮山县"), 2018, 99.9);
    const Figure sample = big.figures.at(0);
    for (int i = 0; i < 400000; ++i)
        big.figures.append(sample);

    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(ready[0]);
        QString error;
        auto store = Store::open(dbPath(), Store::Mode::ReadWrite, &error);
        if (!store)
            ::_exit(2);
        char c = 'r';
        if (::write(ready[1], &c, 1) != 1)
            ::_exit(3);
        store->saveReport(big, QString(), &error); // replaces 2018 inside one transaction
        ::_exit(0);
    }
    ::close(ready[1]);
    char c = 0;
    ASSERT_EQ(::read(ready[0], &c, 1), 1);
    ::close(ready[0]);
    // Wait until the transaction has written into the WAL, then kill the writer.
    const QString wal = dbPath() + QStringLiteral("-wal");
    for (int i = 0; i < 2000 && QFileInfo(wal).size() < 256 * 1024; ++i)
        ::usleep(1000);
    ASSERT_GE(QFileInfo(wal).size(), 256 * 1024) << "the writer never started writing";
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer finished before it could be killed";

    QString error;
    auto store = Store::open(dbPath(), Store::Mode::ReadWrite, &error);
    ASSERT_TRUE(store) << error.toStdString();
    const auto latest = store->latestReport();
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->figureCount, 4);
    EXPECT_DOUBLE_EQ(*store->figures(latest->id).at(0).value, 46.1);
    // And the next import works.
    ASSERT_GT(store->saveReport(makeReport(QStringLiteral("浮山县"), 2019, 48.0), QString(), &error), 0)
        << error.toStdString();
    EXPECT_EQ(store->reports().size(), 2);
}

// --- masks and fill files ---------------------------------------------------------------

TEST(Mask, RecognisesPlaceholders)
{
    EXPECT_TRUE(Mask::isMask(QStringLiteral("xx.x")));
    EXPECT_TRUE(Mask::isMask(QStringLiteral("XXXX")));
    EXPECT_TRUE(Mask::isMask(QStringLiteral("x")));
    EXPECT_FALSE(Mask::isMask(QStringLiteral("x.")));
    EXPECT_FALSE(Mask::isMask(QStringLiteral(".x")));
    EXPECT_FALSE(Mask::isMask(QStringLiteral("x.x.x")));
    EXPECT_FALSE(Mask::isMask(QStringLiteral("12.3")));
    EXPECT_FALSE(Mask::isMask(QString()));
}

TEST(Mask, ChecksValuesAgainstTheirSlot)
{
    EXPECT_TRUE(Mask::accepts(QStringLiteral("xx.x"), 10.0));
    EXPECT_TRUE(Mask::accepts(QStringLiteral("xx.x"), 99.9));
    EXPECT_TRUE(Mask::accepts(QStringLiteral("xx.x"), 42));
    EXPECT_FALSE(Mask::accepts(QStringLiteral("xx.x"), 9.9));
    EXPECT_FALSE(Mask::accepts(QStringLiteral("xx.x"), 100.0));
    EXPECT_FALSE(Mask::accepts(QStringLiteral("xx.x"), 42.55));
    EXPECT_TRUE(Mask::accepts(QStringLiteral("x.xx"), 0.86));
    EXPECT_TRUE(Mask::accepts(QStringLiteral("xxxx"), 1000));
    EXPECT_FALSE(Mask::accepts(QStringLiteral("xxxx"), 999));
    EXPECT_FALSE(Mask::accepts(QStringLiteral("xxxx"), 1000.5));
    QString why;
    EXPECT_FALSE(Mask::accepts(QStringLiteral("xx.x"), 856, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("10.0"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("99.9"))) << why.toStdString();
}

TEST(FillCsv, ReadsQuotedAndFullWidthCells)
{
    const FillCsvResult r = parseFillCsv(QByteArrayLiteral("\xEF\xBB\xBF")
                                         + QStringLiteral("figure,value,growth\n"
                                                          "地区生产总值,85.6,6.3\n"
                                                          "\"税收收入, 含附加\"，3.1，\n"
                                                          "\n"
                                                          "#12，4\r\n")
                                               .toUtf8());
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    ASSERT_EQ(r.rows.size(), 3);
    EXPECT_EQ(r.rows.at(0).figure, QStringLiteral("地区生产总值"));
    EXPECT_EQ(r.rows.at(0).growth, QStringLiteral("6.3"));
    EXPECT_EQ(r.rows.at(1).figure, QStringLiteral("税收收入, 含附加"));
    EXPECT_EQ(r.rows.at(1).value, QStringLiteral("3.1"));
    EXPECT_EQ(r.rows.at(2).figure, QStringLiteral("#12"));
    EXPECT_EQ(r.rows.at(2).line, 5);
}

TEST(FillCsv, RejectsMissingHeaderAndBrokenQuotes)
{
    EXPECT_FALSE(parseFillCsv(QByteArrayLiteral("a,b\n1,2\n")).ok);
    EXPECT_FALSE(parseFillCsv(QByteArrayLiteral("")).ok);
    const FillCsvResult r = parseFillCsv(QByteArrayLiteral("figure,value\n\"open,1\n"));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("line 2")));
    EXPECT_FALSE(parseFillCsv(QByteArray("figure,value\n\0\0\0", 16)).ok);
}
