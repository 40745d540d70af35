// The store's files (issue 15): figures keep their sentence by reference and bounded, a
// re-import keeps the filled values that still match, another program's SQLite file is
// refused untouched, a read-only folder can still be shown, a blank leftover is recognised.
#include "Store.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "test_store_fixture.h"

TEST_F(StoreTest, AFigureStoresItsSentenceByReferenceAndBounded)
{
    auto store = openWriter();
    ASSERT_TRUE(store);
    // One "sentence" of 200,000 characters: text without punctuation.
    ParsedReport report = makeReport(QStringLiteral("示例县"), 2022, 85.6);
    report.text = QString(100000, u'字') + QStringLiteral("地区生产总值实现85.6亿元") + QString(100000, u'字');
    for (int i = 0; i < 400; ++i) {
        Figure f = makeFigure(QStringLiteral("指标%1").arg(i), i, QStringLiteral("个"));
        f.start = 100000;
        f.end = 100015;
        f.sentenceStart = 0;
        f.sentenceEnd = int(report.text.size());
        f.sentence = report.text;
        report.figures.append(f);
    }
    QString error;
    const qint64 id = store->saveReport(report, QString(), &error);
    ASSERT_GT(id, 0) << error.toStdString();
    const QList<Figure> figures = store->figures(id);
    const Figure &f = figures.at(4);
    EXPECT_LE(f.sentence.size(), 400);
    EXPECT_TRUE(f.sentence.contains(QStringLiteral("地区生产总值实现85.6亿元"))) << f.sentence.toStdString();
    EXPECT_EQ(f.sentence, report.text.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart));
    // The short sentences of an ordinary report come back as they were.
    EXPECT_EQ(figures.at(0).sentence, report.text.mid(0, 8));
    store.reset();
    // 400 copies of the sentence would be 160 MB; by reference the text is stored once.
    if (!onServer())
        EXPECT_LT(QFileInfo(dbPath()).size() + QFileInfo(dbPath() + QStringLiteral("-wal")).size(), 8 * 1024 * 1024);
}

TEST_F(StoreTest, AReimportKeepsFilledValuesThatStillMatchAndListsTheOthers)
{
    auto store = openWriter();
    ASSERT_TRUE(store);
    QString error;
    ASSERT_GT(store->saveReport(makeReport(QStringLiteral("示例县"), 2022, 85.6), QString(), &error), 0);
    QList<FillOutcome> outcomes;
    ASSERT_TRUE(store->fill({{2, QStringLiteral("税收收入"), QStringLiteral("4.2"), QString()},
                             {3, QStringLiteral("安居工程"), QStringLiteral("3.25"), QString()}},
                            QStringLiteral("fill"), &outcomes, &error))
        << error.toStdString();

    // The new version changes 安居工程's mask: that value cannot be kept.
    ParsedReport next = makeReport(QStringLiteral("示例县"), 2022, 85.6);
    next.figures[2].mask = QStringLiteral("xx.xx");
    SaveOutcome dry;
    ASSERT_TRUE(store->saveReport(next, QString(), true, &dry, &error)) << error.toStdString();
    EXPECT_TRUE(dry.replaced);
    EXPECT_EQ(dry.keptFills, 1);
    ASSERT_EQ(dry.lostFills.size(), 1);
    EXPECT_TRUE(dry.lostFills.at(0).contains(QStringLiteral("安居工程")));
    EXPECT_FALSE(store->figures(store->latestReport()->id).at(1).pending) << "a dry run writes nothing";

    SaveOutcome saved;
    ASSERT_TRUE(store->saveReport(next, QString(), false, &saved, &error)) << error.toStdString();
    const QList<Figure> figures = store->figures(saved.reportId);
    EXPECT_FALSE(figures.at(1).pending);
    EXPECT_DOUBLE_EQ(*figures.at(1).value, 4.2);
    EXPECT_TRUE(figures.at(2).pending);
    EXPECT_EQ(saved.lostFills, dry.lostFills);
}

TEST_F(StoreTest, AnotherProgramsFileWithOurSchemaNumberIsRefusedUntouched)
{
    BRIEFING_SQLITE_ONLY();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(dbPath());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileDigest(dbPath());
    for (Store::Mode mode : {Store::Mode::ReadOnly, Store::Mode::ReadWrite}) {
        QString error;
        EXPECT_FALSE(Store::open(dbPath(), mode, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("another program"))) << error.toStdString();
    }
    EXPECT_EQ(fileDigest(dbPath()), before);
    EXPECT_FALSE(QFileInfo::exists(dbPath() + QStringLiteral("-wal")));

    // What this program creates carries its application id in the header.
    const QString ours = m_dir.filePath(QStringLiteral("ours.db"));
    ASSERT_TRUE(Store::open(ours, Store::Mode::ReadWrite, nullptr));
    QFile f(ours);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.read(72).mid(68), QByteArrayLiteral("CBS1"));
}

TEST_F(StoreTest, ABlankLeftoverIsRecognisedAndARealDatabaseIsNot)
{
    BRIEFING_SQLITE_ONLY();
    QFile empty(dbPath());
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    EXPECT_TRUE(Store::isBlank(dbPath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blank"));
        db.setDatabaseName(dbPath());
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blank"));
    EXPECT_GT(QFileInfo(dbPath()).size(), 0);
    EXPECT_TRUE(Store::isBlank(dbPath()));
    auto store = openWriter();
    ASSERT_TRUE(store);
    store.reset();
    EXPECT_FALSE(Store::isBlank(dbPath()));
}

TEST_F(StoreTest, ADatabaseInAReadOnlyFolderCanBeShown)
{
    BRIEFING_SQLITE_ONLY();
    const QString folder = m_dir.filePath(QStringLiteral("shown"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/b.db");
    {
        auto store = Store::open(path, Store::Mode::ReadWrite, nullptr);
        ASSERT_TRUE(store);
        ASSERT_GT(store->saveReport(makeReport(QStringLiteral("示例县"), 2022, 85.6), QString(), nullptr), 0);
    }
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_TRUE(lockFolder(folder, m_dir.path()));
    const QByteArray before = fileDigest(path);
    const int code = exitCodeAsOrdinaryUser([&path] {
        QString error;
        auto store = Store::open(path, Store::Mode::ReadOnly, &error);
        if (!store)
            return 11;
        const auto latest = store->latestReport();
        if (!latest || latest->county != QStringLiteral("示例县") || store->figures(latest->id).size() != 4)
            return 12;
        return 0;
    });
    unlockFolder(folder);
    EXPECT_EQ(code, 0);
    EXPECT_EQ(fileDigest(path), before);
}

TEST_F(StoreTest, AReplacedBigReportGivesItsSpaceBack)
{
    BRIEFING_SQLITE_ONLY();
    auto store = openWriter();
    ASSERT_TRUE(store);
    ParsedReport big = makeReport(QStringLiteral("示例县"), 2022, 85.6);
    big.text += QString(8 * 1024 * 1024, u'字');
    QString error;
    ASSERT_GT(store->saveReport(big, QString(), &error), 0) << error.toStdString();
    ASSERT_GT(store->saveReport(makeReport(QStringLiteral("示例县"), 2022, 85.6), QString(), &error), 0);
    store.reset();
    EXPECT_LT(QFileInfo(dbPath()).size(), 4 * 1024 * 1024);
}
