// Walls on a PostgreSQL server (issue 16): a fill reaches the wall within a second without
// polling; a wall whose server dies keeps its data with a quiet warning and comes back.
#include "Dashboard.h"
#include "PgCluster.h"
#include "ReportParser.h"
#include "Store.h"
#include "TestSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace {

ParsedReport draftReport()
{
    ParsedReport r = ReportParser::parse(testsupport::readUtf8(testsupport::dataDir()
                                                               + QStringLiteral("/county-work-report-draft.txt")));
    r.county = QStringLiteral("服务县");
    r.year = 2023;
    return r;
}

// A pending figure of the report and a value its mask accepts.
FillRow fillFor(Store &store, qint64 reportId, double *expected)
{
    for (const Figure &f : store.figures(reportId)) {
        if (f.pending && !f.growthPending && f.mask == QLatin1String("xx.x") && f.parentId == 0) {
            *expected = 42.5;
            return {2, QStringLiteral("#%1").arg(f.id), QStringLiteral("42.5"), QString()};
        }
    }
    return {};
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

} // namespace

TEST(PgWall, AFillReachesTheWallAndAKilledServerIsSurvived)
{
    // A server of its own: this test stops it.
    BRIEFING_REQUIRE_PRIVATE_PG(cluster);
    QString error;
    const QString url = cluster->url(QStringLiteral("postgres"));

    auto writer = Store::open(url, Store::Mode::ReadWrite, &error);
    ASSERT_TRUE(writer) << error.toStdString();
    const qint64 reportId = writer->saveReport(draftReport(), QString(), &error);
    ASSERT_GT(reportId, 0) << error.toStdString();

    Dashboard *wall = Dashboard::instance();
    ASSERT_TRUE(wall->openDatabase(url, &error)) << error.toStdString();
    EXPECT_EQ(wall->county(), QStringLiteral("服务县"));
    const int pending = wall->pendingCount();
    ASSERT_GT(pending, 0);
    // Wait until the wall listens (its first connection reloads once).
    QSignalSpy reloaded(wall, &Dashboard::reloaded);
    ASSERT_TRUE(reloaded.wait(10000));
    reloaded.clear();

    double expected = 0;
    const FillRow row = fillFor(*writer, reportId, &expected);
    ASSERT_FALSE(row.figure.isEmpty());
    QList<FillOutcome> outcomes;
    QElapsedTimer sinceCommit;
    ASSERT_TRUE(writer->fill({row}, QStringLiteral("fill"), &outcomes, &error)) << error.toStdString();
    sinceCommit.start();
    ASSERT_TRUE(reloaded.count() > 0 || reloaded.wait(1000)) << "the fill did not reach the wall within a second";
    EXPECT_LT(sinceCommit.elapsed(), 1000);
    EXPECT_EQ(wall->pendingCount(), pending - 1);
    EXPECT_TRUE(wall->warning().isEmpty());

    // The server dies: the wall keeps what it shows and says so, quietly.
    const int headlines = wall->headlines()->rowCount();
    ASSERT_GT(headlines, 0);
    writer.reset();
    ASSERT_TRUE(cluster->stop(PgCluster::StopMode::Immediate, &error)) << error.toStdString();
    ASSERT_TRUE(waitFor([&] { return !wall->warning().isEmpty(); }, 3000));
    EXPECT_TRUE(wall->hasData());
    EXPECT_EQ(wall->county(), QStringLiteral("服务县"));
    EXPECT_EQ(wall->pendingCount(), pending - 1);
    EXPECT_EQ(wall->headlines()->rowCount(), headlines);

    // It comes back by itself, and hears the next fill again.
    ASSERT_TRUE(cluster->start(&error)) << error.toStdString();
    ASSERT_TRUE(waitFor([&] { return wall->warning().isEmpty(); }, 20000)) << wall->warning().toStdString();
    writer = Store::open(url, Store::Mode::ReadWrite, &error);
    ASSERT_TRUE(writer) << error.toStdString();
    reloaded.clear();
    ASSERT_TRUE(writer->fill({{2, row.figure, QStringLiteral("43.5"), QString()}}, QStringLiteral("fill"), &outcomes,
                             &error))
        << error.toStdString() << " " << (outcomes.isEmpty() ? "" : outcomes.first().message.toStdString());
    ASSERT_TRUE(reloaded.count() > 0 || reloaded.wait(1000));
    EXPECT_EQ(wall->pendingCount(), pending - 1);
    EXPECT_TRUE(wall->warning().isEmpty());

    // The wall lets go of the server before it is removed.
    writer.reset();
    QString ignored;
    wall->openDatabase(QStringLiteral("/nonexistent/none.db"), &ignored);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
