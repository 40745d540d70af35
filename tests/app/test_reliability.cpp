// The screen's data source under the things that happen to a database over weeks on a wall:
// imports while it shows, a writer killed mid-import, the file replaced, truncated or
// corrupted. It must keep the last good data, say so, and recover.
#include "Dashboard.h"
#include "ReportParser.h"
#include "Store.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

namespace {

ParsedReport draftReport(const QString &county, int year)
{
    ParsedReport r = ReportParser::parse(testsupport::readUtf8(testsupport::dataDir()
                                                               + QStringLiteral("/county-work-report-draft.txt")));
    r.county = county;
    r.year = year;
    return r;
}

class Reliability : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        write(m_path, QStringLiteral("可靠县"), 2021);
        QString error;
        ASSERT_TRUE(Dashboard::instance()->openDatabase(m_path, &error)) << error.toStdString();
        ASSERT_EQ(Dashboard::instance()->county(), QStringLiteral("可靠县"));
        ASSERT_TRUE(Dashboard::instance()->warning().isEmpty());
    }

    static void write(const QString &path, const QString &county, int year)
    {
        QString error;
        auto store = Store::open(path, Store::Mode::ReadWrite, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_GT(store->saveReport(draftReport(county, year), QString(), &error), 0) << error.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("screen.db"));
};

} // namespace

TEST_F(Reliability, AnImportWhileShowingUpdatesInPlace)
{
    auto *dashboard = Dashboard::instance();
    QSignalSpy changed(dashboard, &Dashboard::reportChanged);
    const int figures = dashboard->figureCount();
    write(m_path, QStringLiteral("可靠县"), 2022);
    dashboard->poll();
    EXPECT_EQ(dashboard->year(), 2022);
    EXPECT_EQ(dashboard->figureCount(), figures);
    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(dashboard->warning().isEmpty());
    // Nothing changed: no reload signal, no flicker.
    changed.clear();
    dashboard->poll();
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(Reliability, AFillWhileShowingUpdatesThePendingCount)
{
    auto *dashboard = Dashboard::instance();
    const int pending = dashboard->pendingCount();
    ASSERT_GT(pending, 0);
    {
        QString error;
        auto store = Store::open(m_path, Store::Mode::ReadWrite, &error);
        QList<FillOutcome> outcomes;
        ASSERT_TRUE(store->fill({{2, QStringLiteral("地区生产总值"), QStringLiteral("85.6"), QStringLiteral("6.3")}},
                                QStringLiteral("fill"), &outcomes, &error))
            << error.toStdString();
    }
    dashboard->poll();
    EXPECT_EQ(dashboard->pendingCount(), pending - 1);
}

TEST_F(Reliability, AWriterKilledMidImportLeavesTheScreenOnThePreviousData)
{
    auto *dashboard = Dashboard::instance();
    const int figures = dashboard->figureCount();
    ParsedReport big = draftReport(QStringLiteral("可靠县"), 2021);
    const QList<Figure> one = big.figures;
    for (int i = 0; i < 2000; ++i)
        big.figures.append(one);
    for (Figure &f : big.figures)
        f.parentIndex = -1;

    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        QString error;
        auto store = Store::open(m_path, Store::Mode::ReadWrite, &error);
        if (store)
            store->saveReport(big, QString(), &error);
        ::_exit(0);
    }
    const QString wal = m_path + QStringLiteral("-wal");
    for (int i = 0; i < 3000 && QFileInfo(wal).size() < 512 * 1024; ++i)
        ::usleep(1000);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer finished before it could be killed";

    dashboard->poll();
    EXPECT_EQ(dashboard->figureCount(), figures);
    EXPECT_EQ(dashboard->county(), QStringLiteral("可靠县"));

    write(m_path, QStringLiteral("可靠县"), 2023);
    dashboard->poll();
    EXPECT_EQ(dashboard->year(), 2023);
    EXPECT_TRUE(dashboard->warning().isEmpty());
}

TEST_F(Reliability, AFileReplacedByGarbageKeepsTheLastGoodDataAndRecovers)
{
    auto *dashboard = Dashboard::instance();
    const int figures = dashboard->figureCount();
    const QString garbage = m_dir.filePath(QStringLiteral("garbage"));
    ASSERT_TRUE(testsupport::writeFile(garbage, QByteArray(64 * 1024, '\x5a')));
    ASSERT_TRUE(QFile::remove(m_path));
    ASSERT_TRUE(QFile::rename(garbage, m_path));
    dashboard->poll();
    EXPECT_FALSE(dashboard->warning().isEmpty());
    EXPECT_EQ(dashboard->figureCount(), figures);
    EXPECT_EQ(dashboard->county(), QStringLiteral("可靠县"));

    // A good file comes back (a copy from another machine, say).
    const QString good = m_dir.filePath(QStringLiteral("good.db"));
    write(good, QStringLiteral("恢复县"), 2022);
    ASSERT_TRUE(QFile::remove(m_path));
    ASSERT_TRUE(QFile::rename(good, m_path));
    dashboard->poll();
    EXPECT_TRUE(dashboard->warning().isEmpty()) << dashboard->warning().toStdString();
    EXPECT_EQ(dashboard->county(), QStringLiteral("恢复县"));
}

TEST_F(Reliability, AFileTruncatedInPlaceKeepsTheLastGoodData)
{
    auto *dashboard = Dashboard::instance();
    const int figures = dashboard->figureCount();
    {
        QFile f(m_path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.resize(f.size() / 3 + 17));
    }
    dashboard->poll();
    EXPECT_FALSE(dashboard->warning().isEmpty());
    EXPECT_EQ(dashboard->figureCount(), figures);
}

TEST_F(Reliability, AFileDeletedKeepsTheLastGoodDataAndRecovers)
{
    auto *dashboard = Dashboard::instance();
    ASSERT_TRUE(QFile::remove(m_path));
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    dashboard->poll();
    EXPECT_FALSE(dashboard->warning().isEmpty());
    EXPECT_EQ(dashboard->county(), QStringLiteral("可靠县"));
    write(m_path, QStringLiteral("可靠县"), 2024);
    dashboard->poll();
    EXPECT_TRUE(dashboard->warning().isEmpty());
    EXPECT_EQ(dashboard->year(), 2024);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
