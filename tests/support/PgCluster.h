#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

// A throwaway PostgreSQL server for the tests: initdb and pg_ctl from Debian's postgresql
// package, listening only on a Unix socket in a temporary folder; no system service, no TCP.
// PostgreSQL refuses to run as root, so when the tests run as root (CI does) the server runs
// as the `postgres` system user (or `nobody`) and the folder is handed to that user.
//
// Tests share one server: the one CTest started for the whole run (fixture `pg_cluster`,
// folder in BRIEFING_PG_CLUSTER), else one this process starts on first use and stops at exit.
// Each test takes a fresh database of its own (createDatabase).
class PgCluster
{
public:
    enum class StopMode { Fast, Immediate };

    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // The folder holding initdb and pg_ctl (BRIEFING_PG_BINDIR, else the newest
    // /usr/lib/postgresql/N/bin, else PATH); empty when PostgreSQL is not installed.
    static QString binDir();

    // A new private server in a new temporary folder, started. Null with *error on failure;
    // *missing tells that the PostgreSQL binaries are not installed (the caller skips).
    static std::unique_ptr<PgCluster> create(QString *error, bool *missing = nullptr);
    // A new server in `folder` (created, or emptied first), left running when this object
    // dies: the CTest fixture's start step.
    static std::unique_ptr<PgCluster> createIn(const QString &folder, QString *error, bool *missing = nullptr);
    // The server another process started in `folder` (it must be running).
    static std::unique_ptr<PgCluster> attach(const QString &folder, QString *error);
    // The server the tests of this process share (see above).
    static PgCluster *shared(QString *error, bool *missing);

    bool start(QString *error);
    // Fast: lets sessions end; Immediate: the server dies at once, as on a crash.
    bool stop(StopMode mode, QString *error);
    bool isRunning() const;
    // Stops the server and removes its folder.
    void destroy();

    QString folder() const { return m_folder; }
    QString socketDir() const { return m_folder; }
    int port() const { return kPort; }
    static QString superuser() { return QStringLiteral("postgres"); }

    // postgresql://user@/database?host=<socket folder>&port=<port>
    QString url(const QString &database, const QString &user = superuser(), const QString &password = {}) const;

    // A new empty database with a name of its own; returns the name, empty with *error.
    QString createDatabase(QString *error);
    // Runs statements (separated by ';') as the superuser in `database`.
    bool exec(const QString &database, const QString &sql, QString *error);

private:
    PgCluster() = default;
    bool initialise(QString *error);
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs, QString *output);

    static constexpr int kPort = 54329;
    std::unique_ptr<QTemporaryDir> m_temp;   // null for a fixture's folder, which outlives us
    QString m_folder;
    bool m_owned = false;                    // stop and remove the server when this object dies
    uint m_runAsUid = 0;                     // 0: run the tools as ourselves
    uint m_runAsGid = 0;
};

// In a test body: the shared server, or the test is skipped when PostgreSQL is not installed
// (and fails when it is installed but does not start).
#define BRIEFING_REQUIRE_PG(var)                                                     \
    PgCluster *var = nullptr;                                                        \
    do {                                                                             \
        QString pgWhy_;                                                              \
        bool pgMissing_ = false;                                                     \
        var = PgCluster::shared(&pgWhy_, &pgMissing_);                               \
        if (!var && pgMissing_)                                                      \
            GTEST_SKIP() << "PostgreSQL is not installed: " << pgWhy_.toStdString(); \
        ASSERT_NE(var, nullptr) << pgWhy_.toStdString();                             \
    } while (false)

// The same for a server of the test's own (std::unique_ptr<PgCluster> var), for tests that stop it.
#define BRIEFING_REQUIRE_PRIVATE_PG(var)                                             \
    std::unique_ptr<PgCluster> var;                                                  \
    do {                                                                             \
        QString pgWhy_;                                                              \
        bool pgMissing_ = false;                                                     \
        var = PgCluster::create(&pgWhy_, &pgMissing_);                               \
        if (!var && pgMissing_)                                                      \
            GTEST_SKIP() << "PostgreSQL is not installed: " << pgWhy_.toStdString(); \
        ASSERT_NE(var, nullptr) << pgWhy_.toStdString();                             \
    } while (false)
