#include "store/PgUrl.h"

#include <QSqlDatabase>
#include <gtest/gtest.h>

namespace {

PgUrl parsed(const QString &text)
{
    QString error;
    const auto url = PgUrl::parse(text, &error);
    EXPECT_TRUE(url.has_value()) << error.toStdString();
    return url.value_or(PgUrl());
}

QString refusal(const QString &text)
{
    QString error;
    EXPECT_FALSE(PgUrl::parse(text, &error).has_value()) << text.toStdString();
    return error;
}

QString keyword(const PgUrl &url, const QString &key)
{
    for (const auto &[k, v] : url.keywords()) {
        if (k == key)
            return v;
    }
    return QStringLiteral("<absent>");
}

} // namespace

TEST(PgUrl, TellsUrlsFromFileNames)
{
    EXPECT_TRUE(PgUrl::looksLike(QStringLiteral("postgresql://h/db")));
    EXPECT_TRUE(PgUrl::looksLike(QStringLiteral("POSTGRES://h/db")));
    EXPECT_FALSE(PgUrl::looksLike(QStringLiteral("postgresql.db")));
    EXPECT_FALSE(PgUrl::looksLike(QStringLiteral("/srv/postgresql://x")));
    EXPECT_FALSE(refusal(QStringLiteral("county.db")).isEmpty());
}

TEST(PgUrl, ReadsEveryPart)
{
    const PgUrl url = parsed(QStringLiteral("postgresql://wall:s%40cret@db.county.local:6543/briefing"));
    EXPECT_EQ(url.user, QStringLiteral("wall"));
    EXPECT_EQ(url.password, QStringLiteral("s@cret"));
    EXPECT_EQ(url.host, QStringLiteral("db.county.local"));
    EXPECT_EQ(url.port, 6543);
    EXPECT_EQ(url.database, QStringLiteral("briefing"));
    // The password never shows in messages.
    EXPECT_EQ(url.display(), QStringLiteral("postgresql://wall@db.county.local:6543/briefing"));
}

TEST(PgUrl, LeavesMissingFieldsToLibpq)
{
    // Empty fields come from PGHOST, PGUSER, PGDATABASE, ~/.pgpass: nothing is made up here.
    const PgUrl url = parsed(QStringLiteral("postgresql:///"));
    EXPECT_TRUE(url.user.isEmpty());
    EXPECT_TRUE(url.password.isEmpty());
    EXPECT_TRUE(url.host.isEmpty());
    EXPECT_EQ(url.port, 0);
    EXPECT_TRUE(url.database.isEmpty());
    EXPECT_EQ(keyword(url, QStringLiteral("host")), QStringLiteral("<absent>"));
    EXPECT_EQ(keyword(url, QStringLiteral("password")), QStringLiteral("<absent>"));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgurl-empty"));
    url.configure(db);
    EXPECT_TRUE(db.hostName().isEmpty());
    EXPECT_EQ(db.port(), -1);
    EXPECT_TRUE(db.userName().isEmpty());
    EXPECT_TRUE(db.databaseName().isEmpty());
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("pgurl-empty"));
}

TEST(PgUrl, SocketFoldersAndIpv6)
{
    EXPECT_EQ(parsed(QStringLiteral("postgresql://%2Frun%2Fpostgresql/briefing")).host, QStringLiteral("/run/postgresql"));
    const PgUrl query = parsed(QStringLiteral("postgresql://reader@/briefing?host=/tmp/pg&port=5433"));
    EXPECT_EQ(query.host, QStringLiteral("/tmp/pg"));
    EXPECT_EQ(query.port, 5433);
    EXPECT_EQ(query.user, QStringLiteral("reader"));
    EXPECT_EQ(query.display(), QStringLiteral("postgresql://reader@:5433/briefing?host=/tmp/pg"));
    const PgUrl v6 = parsed(QStringLiteral("postgresql://[::1]:5432/b"));
    EXPECT_EQ(v6.host, QStringLiteral("::1"));
    EXPECT_EQ(v6.port, 5432);
}

TEST(PgUrl, PassesOtherParametersAndKeepsSafeDefaults)
{
    const PgUrl url = parsed(QStringLiteral("postgresql://h/db?sslmode=require&connect_timeout=2"));
    EXPECT_EQ(keyword(url, QStringLiteral("sslmode")), QStringLiteral("require"));
    EXPECT_EQ(keyword(url, QStringLiteral("connect_timeout")), QStringLiteral("2"));
    // A wall never waits forever for a server that does not answer.
    EXPECT_EQ(keyword(parsed(QStringLiteral("postgresql://h/db")), QStringLiteral("connect_timeout")),
              QStringLiteral("5"));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgurl-options"));
    url.configure(db);
    EXPECT_TRUE(db.connectOptions().contains(QStringLiteral("sslmode='require'")));
    EXPECT_FALSE(db.connectOptions().contains(QStringLiteral("connect_timeout='5'")));
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("pgurl-options"));
}

TEST(PgUrl, RefusesMalformedUrls)
{
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://h:99999/db")).contains(QStringLiteral("port")));
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://h:abc/db")).contains(QStringLiteral("port")));
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://a,b/db")).contains(QStringLiteral("several hosts")));
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://[::1/db")).contains(QStringLiteral("[")));
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://h/db/extra")).contains(QStringLiteral("'/'")));
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://h/db?bad key=1")).contains(QStringLiteral("parameter")));
}
