#include "PgCluster.h"
#include "TestSupport.h"
#include "store/PgListener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace {

PgUrl urlOf(const QString &text)
{
    QString error;
    return PgUrl::parse(text, &error).value_or(PgUrl());
}

QString notifySql(const QString &payload)
{
    return QStringLiteral("SELECT pg_notify('%1', '%2')").arg(PgListener::channel(), payload);
}

} // namespace

TEST(PgListener, HearsACommitWithinASecond)
{
    testsupport::ensureCoreApplication();
    BRIEFING_REQUIRE_PG(cluster);
    QString error;
    const QString db = cluster->createDatabase(&error);
    ASSERT_FALSE(db.isEmpty()) << error.toStdString();

    PgListener listener(urlOf(cluster->url(db)));
    QSignalSpy listening(&listener, &PgListener::listening);
    QSignalSpy notified(&listener, &PgListener::notified);
    listener.start();
    ASSERT_TRUE(listening.wait(10000)) << listener.lastError().toStdString();
    EXPECT_TRUE(listener.isListening());

    // Inside a transaction that rolls back, nothing is heard; after the commit, it is.
    ASSERT_TRUE(cluster->exec(db, QStringLiteral("BEGIN; %1; ROLLBACK").arg(notifySql(QStringLiteral("undone"))), &error))
        << error.toStdString();
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(cluster->exec(db, QStringLiteral("BEGIN; %1; COMMIT").arg(notifySql(QStringLiteral("fill"))), &error))
        << error.toStdString();
    ASSERT_TRUE(notified.count() > 0 || notified.wait(1000));
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_EQ(notified.count(), 1);
    EXPECT_EQ(notified.first().first().toString(), QStringLiteral("fill"));
}

TEST(PgListener, RetriesWhileTheServerIsUnreachable)
{
    testsupport::ensureCoreApplication();
    PgListener listener(urlOf(QStringLiteral("postgresql://nobody@/none?host=/nonexistent-folder&port=5999")));
    listener.setMaxRetryMs(200);
    QSignalSpy lost(&listener, &PgListener::lost);
    listener.start();
    // A first failure and at least one retry that failed again, without blocking the loop.
    QElapsedTimer clock;
    clock.start();
    while (lost.count() < 2 && clock.elapsed() < 5000)
        lost.wait(1000);
    EXPECT_GE(lost.count(), 2);
    EXPECT_FALSE(listener.isListening());
    EXPECT_FALSE(listener.lastError().isEmpty());
}

// Its own server: stopping the shared one would break the tests running beside it.
TEST(PgListener, NoticesAKilledServerAndComesBack)
{
    testsupport::ensureCoreApplication();
    BRIEFING_REQUIRE_PRIVATE_PG(cluster);
    QString error;

    PgListener listener(urlOf(cluster->url(QStringLiteral("postgres"))));
    listener.setMaxRetryMs(300);
    QSignalSpy listening(&listener, &PgListener::listening);
    QSignalSpy lost(&listener, &PgListener::lost);
    QSignalSpy notified(&listener, &PgListener::notified);
    listener.start();
    ASSERT_TRUE(listening.wait(10000)) << listener.lastError().toStdString();

    ASSERT_TRUE(cluster->stop(PgCluster::StopMode::Immediate, &error)) << error.toStdString();
    ASSERT_TRUE(lost.count() > 0 || lost.wait(3000));
    EXPECT_FALSE(listener.isListening());

    ASSERT_TRUE(cluster->start(&error)) << error.toStdString();
    ASSERT_TRUE(listening.count() > 1 || listening.wait(10000)) << listener.lastError().toStdString();
    EXPECT_TRUE(listener.isListening());
    ASSERT_TRUE(cluster->exec(QStringLiteral("postgres"), notifySql(QStringLiteral("again")), &error))
        << error.toStdString();
    ASSERT_TRUE(notified.wait(1000));
    EXPECT_EQ(notified.last().first().toString(), QStringLiteral("again"));
}
