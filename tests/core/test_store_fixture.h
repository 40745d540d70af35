#pragma once

// Builders and the fixture the store tests share: a small report with a stated figure,
// pending ones (masks x.x, x.xx, xx) and a child, written to a database in a temporary folder.
#include "PgCluster.h"
#include "Store.h"
#include "store/PgUrl.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <functional>
#include <sys/wait.h>
#include <unistd.h>

namespace {

Figure makeFigure(const QString &name, std::optional<double> value, const QString &unit,
                  std::optional<double> growth = std::nullopt, const QString &mask = QString())
{
    Figure f;
    f.name = name;
    f.key = name;
    f.domain = QStringLiteral("economy");
    f.value = value;
    f.unit = unit;
    f.growth = growth;
    f.growthKind = growth ? QStringLiteral("同比") : QString();
    f.pending = !mask.isEmpty();
    f.mask = mask;
    f.section = QStringLiteral("（二）经济运行实现新突破");
    f.sectionIndex = 1;
    f.sentence = QStringLiteral("%1实现。").arg(name);
    f.start = 0;
    f.end = 4;
    f.sentenceStart = 0;
    f.sentenceEnd = 8;
    return f;
}

ParsedReport makeReport(const QString &county, int year, double gdp)
{
    ParsedReport r;
    r.title = QStringLiteral("政府工作报告");
    r.county = county;
    r.year = year;
    r.text = QStringLiteral("一、经济\n地区生产总值实现%1亿元，同比增长6.5%。").arg(gdp);
    Section top;
    top.level = 1;
    top.ordinal = 1;
    top.title = QStringLiteral("一、经济");
    top.start = 0;
    top.end = int(r.text.size());
    r.sections.append(top);
    Section sub = top;
    sub.level = 2;
    sub.parentIndex = 0;
    r.sections.append(sub);
    r.figures.append(makeFigure(QStringLiteral("地区生产总值"), gdp, QStringLiteral("亿元"), 6.5));
    r.figures.append(makeFigure(QStringLiteral("税收收入"), std::nullopt, QStringLiteral("亿元"), std::nullopt,
                                QStringLiteral("x.x")));
    Figure invest = makeFigure(QStringLiteral("安居工程"), std::nullopt, QStringLiteral("亿元"), std::nullopt,
                               QStringLiteral("x.xx"));
    invest.domain = QStringLiteral("urban");
    r.figures.append(invest);
    Figure part = makeFigure(QStringLiteral("老旧小区"), std::nullopt, QStringLiteral("个"), std::nullopt,
                             QStringLiteral("xx"));
    part.domain = QStringLiteral("urban");
    part.parentIndex = 2;
    r.figures.append(part);
    Highlight h;
    h.sentence = QStringLiteral("地区生产总值实现%1亿元，同比增长6.5%。").arg(gdp);
    h.section = sub.title;
    h.sectionIndex = 1;
    h.start = 5;
    h.end = int(r.text.size());
    h.score = 3;
    r.highlights.append(h);
    return r;
}

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// BRIEFING_TEST_BACKEND=postgresql (CTest's "/pg" runs) puts every test's database on the
// throwaway test server instead; the tests about SQLite files skip themselves there.
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariable("BRIEFING_TEST_BACKEND") != QLatin1String("postgresql"))
            return;
        BRIEFING_REQUIRE_PG(cluster);
        QString error;
        const QString database = cluster->createDatabase(&error);
        ASSERT_FALSE(database.isEmpty()) << error.toStdString();
        m_location = cluster->url(database);
    }
    bool onServer() const { return !m_location.isEmpty(); }
    QString dbPath() const { return onServer() ? m_location : m_dir.filePath(QStringLiteral("briefing.db")); }
    // A plain connection to the test's database on either backend, to look behind the store.
    QSqlDatabase openProbe(const QString &name) const
    {
        QSqlDatabase db;
        if (onServer()) {
            QString error;
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            PgUrl::parse(m_location, &error)->configure(db);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
        }
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        return db;
    }
    std::unique_ptr<Store> openWriter()
    {
        QString error;
        auto store = Store::open(dbPath(), Store::Mode::ReadWrite, &error);
        EXPECT_TRUE(store) << error.toStdString();
        return store;
    }
    QTemporaryDir m_dir;
    QString m_location;
};

// The first line of a test about SQLite files and their folders.
#define BRIEFING_SQLITE_ONLY()                                    \
    do {                                                          \
        if (onServer())                                           \
            GTEST_SKIP() << "about SQLite files; not a server's"; \
    } while (false)

// Makes a folder read-only for everyone (its parent stays writable for the owner, so the
// temporary folder can be removed), and gives write access back with unlockFolder().
inline const QFileDevice::Permissions kEveryoneReads = QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                       | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                       | QFileDevice::ReadOther | QFileDevice::ExeOther;

bool lockFolder(const QString &folder, const QString &parent)
{
    return QFile::setPermissions(folder, kEveryoneReads)
           && QFile::setPermissions(parent, kEveryoneReads | QFileDevice::WriteOwner);
}

void unlockFolder(const QString &folder)
{
    QFile::setPermissions(folder, kEveryoneReads | QFileDevice::WriteOwner);
}

// Root reads and writes anywhere: runs body as an ordinary user in a child process and
// returns its exit code (10 when the user could not be changed, -1 when it crashed).
int exitCodeAsOrdinaryUser(const std::function<int()> &body)
{
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        if (::geteuid() == 0 && ::setuid(65534) != 0)
            ::_exit(10);
        ::_exit(body());
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace
