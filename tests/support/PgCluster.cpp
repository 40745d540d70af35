#include "PgCluster.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVersionNumber>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QAtomicInteger<quint64> s_counter;

QString dataDir(const QString &folder)
{
    return folder + QStringLiteral("/data");
}

// Settings for a server that lives for one test run: nothing on the network, no fsync. Commits
// stay synchronous: a server killed on purpose (StopMode::Immediate) must not lose them.
QByteArray serverSettings(const QString &socketDir, int port)
{
    return QStringLiteral("\n# throwaway test server\n"
                          "listen_addresses = ''\n"
                          "unix_socket_directories = '%1'\n"
                          "port = %2\n"
                          "fsync = off\n"
                          "full_page_writes = off\n"
                          "max_connections = 120\n"
                          "shared_buffers = 16MB\n"
                          "log_min_messages = warning\n")
        .arg(socketDir)
        .arg(port)
        .toUtf8();
}

// PostgreSQL refuses to run as root: pick the account the server runs as.
bool unprivilegedAccount(uint *uid, uint *gid)
{
    for (const char *name : {"postgres", "nobody"}) {
        if (const passwd *pw = ::getpwnam(name)) {
            *uid = pw->pw_uid;
            *gid = pw->pw_gid;
            return true;
        }
    }
    return false;
}

} // namespace

PgCluster::~PgCluster()
{
    if (m_owned)
        destroy();
}

QString PgCluster::binDir()
{
    const QString env = qEnvironmentVariable("BRIEFING_PG_BINDIR");
    if (!env.isEmpty())
        return QFileInfo::exists(env + QStringLiteral("/initdb")) ? env : QString();
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString bestDir;
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")) && QFileInfo::exists(bin + QStringLiteral("/pg_ctl"))
            && number > best) {
            best = number;
            bestDir = bin;
        }
    }
    if (!bestDir.isEmpty())
        return bestDir;
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

std::unique_ptr<PgCluster> PgCluster::create(QString *error, bool *missing)
{
    if (missing)
        *missing = binDir().isEmpty();
    if (binDir().isEmpty()) {
        *error = QStringLiteral("initdb and pg_ctl not found (Debian: apt-get install postgresql)");
        return nullptr;
    }
    std::unique_ptr<PgCluster> cluster(new PgCluster);
    // Short: a Unix socket path must fit in 107 bytes.
    cluster->m_temp = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/briefing-pg-XXXXXX"));
    if (!cluster->m_temp->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(cluster->m_temp->errorString());
        return nullptr;
    }
    cluster->m_folder = cluster->m_temp->path();
    cluster->m_owned = true;
    if (!cluster->initialise(error) || !cluster->start(error))
        return nullptr;
    return cluster;
}

std::unique_ptr<PgCluster> PgCluster::createIn(const QString &folder, QString *error, bool *missing)
{
    if (missing)
        *missing = binDir().isEmpty();
    if (binDir().isEmpty()) {
        *error = QStringLiteral("initdb and pg_ctl not found (Debian: apt-get install postgresql)");
        return nullptr;
    }
    // A folder left by an interrupted run: stop its server and start over.
    if (QFileInfo::exists(folder)) {
        QString ignored;
        if (auto old = attach(folder, &ignored))
            old->destroy();
        QDir(folder).removeRecursively();
    }
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return nullptr;
    }
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    std::unique_ptr<PgCluster> cluster(new PgCluster);
    cluster->m_folder = QDir(folder).absolutePath();
    if (!cluster->initialise(error) || !cluster->start(error)) {
        cluster->destroy();
        return nullptr;
    }
    return cluster;
}

std::unique_ptr<PgCluster> PgCluster::attach(const QString &folder, QString *error)
{
    if (binDir().isEmpty() || !QFileInfo::exists(dataDir(folder) + QStringLiteral("/PG_VERSION"))) {
        *error = QStringLiteral("no PostgreSQL cluster in %1").arg(folder);
        return nullptr;
    }
    std::unique_ptr<PgCluster> cluster(new PgCluster);
    cluster->m_folder = QDir(folder).absolutePath();
    struct stat st;
    if (::geteuid() == 0 && ::stat(QFile::encodeName(folder).constData(), &st) == 0 && st.st_uid != 0) {
        cluster->m_runAsUid = st.st_uid;
        cluster->m_runAsGid = st.st_gid;
    }
    if (!cluster->isRunning()) {
        *error = QStringLiteral("the PostgreSQL cluster in %1 is not running").arg(folder);
        return nullptr;
    }
    return cluster;
}

PgCluster *PgCluster::shared(QString *error, bool *missing)
{
    static std::unique_ptr<PgCluster> cluster;
    static QString failure;
    static bool binariesMissing = false;
    if (!cluster && failure.isEmpty()) {
        const QString fixture = qEnvironmentVariable("BRIEFING_PG_CLUSTER");
        if (!fixture.isEmpty())
            cluster = attach(fixture, &failure);
        if (!cluster) {
            failure.clear();
            cluster = create(&failure, &binariesMissing);
        }
    }
    if (!cluster) {
        *error = failure;
        *missing = binariesMissing;
    }
    return cluster.get();
}

bool PgCluster::initialise(QString *error)
{
    if (::geteuid() == 0) {
        if (!unprivilegedAccount(&m_runAsUid, &m_runAsGid)) {
            *error = QStringLiteral("running as root and neither a postgres nor a nobody account exists");
            return false;
        }
        if (::chown(QFile::encodeName(m_folder).constData(), m_runAsUid, m_runAsGid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the server's account").arg(m_folder);
            return false;
        }
    }
    QString output;
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(m_folder), QStringLiteral("-U"), superuser(), QStringLiteral("-A"),
                  QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                  QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
                 120000, &output)) {
        *error = QStringLiteral("initdb failed: %1").arg(output);
        return false;
    }
    QFile conf(dataDir(m_folder) + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append) || conf.write(serverSettings(socketDir(), kPort)) < 0) {
        *error = QStringLiteral("cannot write %1").arg(conf.fileName());
        return false;
    }
    return true;
}

bool PgCluster::runTool(const QString &tool, const QStringList &arguments, int timeoutMs, QString *output)
{
    QProcess process;
    process.setProgram(binDir() + u'/' + tool);
    process.setArguments(arguments);
    process.setWorkingDirectory(m_folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(env);
    if (m_runAsUid != 0) {
        const uid_t uid = m_runAsUid;
        const gid_t gid = m_runAsGid;
        process.setChildProcessModifier([uid, gid] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        });
    }
    process.start();
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished(2000);
        if (output)
            output->append(QStringLiteral(" (timed out)"));
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgCluster::start(QString *error)
{
    QString output;
    if (runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("start"), QStringLiteral("-D"), dataDir(m_folder), QStringLiteral("-l"),
                 m_folder + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                 QStringLiteral("60")},
                70000, &output))
        return true;
    QFile log(m_folder + QStringLiteral("/server.log"));
    if (log.open(QIODevice::ReadOnly))
        output += u'\n' + QString::fromUtf8(log.readAll().right(2000));
    if (error)
        *error = QStringLiteral("pg_ctl start failed: %1").arg(output);
    return false;
}

bool PgCluster::stop(StopMode mode, QString *error)
{
    QString output;
    if (runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(m_folder), QStringLiteral("-m"),
                 mode == StopMode::Fast ? QStringLiteral("fast") : QStringLiteral("immediate"), QStringLiteral("-w"),
                 QStringLiteral("-t"), QStringLiteral("30")},
                40000, &output))
        return true;
    if (error)
        *error = QStringLiteral("pg_ctl stop failed: %1").arg(output);
    return false;
}

bool PgCluster::isRunning() const
{
    // pg_ctl status reads only the pid file and signals the server; it changes nothing.
    return const_cast<PgCluster *>(this)->runTool(
        QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), dataDir(m_folder)}, 10000, nullptr);
}

void PgCluster::destroy()
{
    if (m_folder.isEmpty())
        return;
    if (QFileInfo::exists(dataDir(m_folder) + QStringLiteral("/postmaster.pid")))
        stop(StopMode::Immediate, nullptr);
    if (m_temp)
        m_temp.reset();
    else
        QDir(m_folder).removeRecursively();
    m_folder.clear();
    m_owned = false;
}

QString PgCluster::url(const QString &database, const QString &user, const QString &password) const
{
    const QString credentials = password.isEmpty() ? user : user + u':' + password;
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(credentials, ":")), database,
             QString::fromUtf8(QUrl::toPercentEncoding(socketDir(), "/")))
        .arg(kPort);
}

bool PgCluster::exec(const QString &database, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("pgcluster-%1").arg(++s_counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketDir());
        db.setPort(kPort);
        db.setUserName(superuser());
        db.setDatabaseName(database);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString PgCluster::createDatabase(QString *error)
{
    const QString name = QStringLiteral("t%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(++s_counter)
                             .arg(QRandomGenerator::global()->bounded(1000000));
    if (!exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(name), error))
        return {};
    return name;
}
