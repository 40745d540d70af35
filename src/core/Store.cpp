#include "Store.h"

#include "store/FillWriter.h"
#include "store/ReportWriter.h"
#include "store/Dialect.h"
#include "store/PgUrl.h"
#include "store/Schema.h"
#include "store/SqliteDialect.h"
#include "store/StoreReader.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

static_assert(Store::SchemaVersion == Schema::Version, "the store and its schema agree on the version");

namespace {

QAtomicInteger<quint64> s_connectionCounter;

// Refuses a path before anything is opened: a folder, a missing file for a reader, a folder
// or file a writer cannot write.
bool checkPath(const QFileInfo &info, Store::Mode mode, QString *error)
{
    const QString path = info.filePath();
    if (info.exists() && !info.isFile()) {
        *error = QStringLiteral("%1 is not a file").arg(path);
        return false;
    }
    if (!info.exists() && mode == Store::Mode::ReadOnly) {
        *error = QStringLiteral("database %1 does not exist").arg(path);
        return false;
    }
    if (mode == Store::Mode::ReadWrite) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists()) {
            *error = QStringLiteral("folder %1 does not exist").arg(info.absolutePath());
            return false;
        }
        // SQLite's WAL and journal files live beside the database.
        if (!dir.isWritable()) {
            *error = QStringLiteral("folder %1 is not writable").arg(info.absolutePath());
            return false;
        }
        if (info.exists() && !info.isWritable()) {
            *error = QStringLiteral("database %1 is read-only").arg(path);
            return false;
        }
    }
    return !info.exists() || SqliteDialect::checkFile(path, error);
}

// A reader in a folder it cannot write: SQLite could not create the -shm of a WAL database.
bool folderReadOnly(const QFileInfo &info)
{
    return !QFileInfo(info.absolutePath()).isWritable()
           && !QFileInfo(info.absoluteFilePath() + QStringLiteral("-shm")).isWritable();
}

} // namespace

Store::Store(const QString &path, Mode mode)
    : m_connection(QStringLiteral("briefing-store-%1").arg(++s_connectionCounter))
    , m_path(path)
    , m_mode(mode)
{
}

Store::~Store()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Store> Store::open(const QString &path, Mode mode, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (PgUrl::looksLike(path))
        return openServer(path, mode, &err);
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (!checkPath(info, mode, &err))
        return nullptr;

    std::unique_ptr<Store> store(new Store(path, mode));
    store->m_db = QSqlDatabase::addDatabase(SqliteDialect::driverName(), store->m_connection);
    if (!store->m_db.isValid()) {
        err = QStringLiteral("the Qt SQLite driver (%1) is not available").arg(SqliteDialect::driverName());
        return nullptr;
    }
    SqliteDialect::configure(store->m_db, path, mode == Mode::ReadOnly, mode == Mode::ReadOnly && folderReadOnly(info));
    if (!store->m_db.open()) {
        err = QStringLiteral("cannot open %1: %2").arg(path, store->m_db.lastError().text());
        return nullptr;
    }
    int version = 0;
    if (!store->recognise(existed, &version, &err))
        return nullptr;
    if (mode == Mode::ReadOnly)
        return store->readerAccepts(version, &err) ? std::move(store) : nullptr;
    if (!SqliteDialect::prepareWriter(store->m_db, &err)) {
        err = QStringLiteral("%1: %2").arg(path, err);
        return nullptr;
    }
    if (!store->migrate(&err))
        return nullptr;
    return store;
}

// Looks before writing anything: a file from a newer program, another program's file or a
// damaged file is refused untouched.
bool Store::recognise(bool existed, int *version, QString *error)
{
    *version = SqliteDialect::schemaVersion(m_db);
    if (*version < 0) {
        *error = QStringLiteral("%1 is not a readable database: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    if (!versionKnown(*version, error))
        return false;
    if (!existed)
        return true;
    const QString problem = SqliteDialect::integrityProblem(m_db);
    if (!problem.isEmpty()) {
        *error = QStringLiteral("%1 is damaged: %2").arg(m_path, problem);
        return false;
    }
    const int appId = SqliteDialect::applicationId(m_db);
    const QStringList tables = SqliteDialect::tables(m_db);
    // Databases from before the application id carry 0 there; they are ours when they have
    // every table their schema version promises.
    bool ours = appId == SqliteDialect::ApplicationId || (appId == 0 && *version == 0 && tables.isEmpty());
    if (appId == 0 && *version > 0) {
        const QStringList required = Schema::requiredTables(*version);
        ours = std::all_of(required.cbegin(), required.cend(), [&](const QString &t) { return tables.contains(t); });
    }
    if (!ours) {
        *error = QStringLiteral("%1 is an SQLite database of another program").arg(m_path);
        return false;
    }
    return true;
}

bool Store::versionKnown(int version, QString *error) const
{
    if (version <= SchemaVersion)
        return true;
    *error = QStringLiteral("%1 was written by a newer version (schema %2; this program reads up to %3)")
                 .arg(m_path)
                 .arg(version)
                 .arg(SchemaVersion);
    return false;
}

bool Store::readerAccepts(int version, QString *error) const
{
    if (version >= SchemaVersion)
        return true;
    *error = QStringLiteral("%1 has an older schema (%2); open it once with a writer (import or fill) to upgrade it")
                 .arg(m_path)
                 .arg(version);
    return false;
}

bool Store::isBlank(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    if (info.size() == 0)
        return true;
    QString error;
    if (!SqliteDialect::checkFile(path, &error))
        return false;
    const QString connection = QStringLiteral("briefing-blank-%1").arg(++s_connectionCounter);
    bool blank = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDialect::driverName(), connection);
        SqliteDialect::configure(db, path, true, false);
        if (db.open())
            blank = SqliteDialect::schemaVersion(db) == 0 && SqliteDialect::tables(db).isEmpty();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return blank;
}

bool Store::migrate(QString *error)
{
    QString why;
    if (!Dialect::beginWrite(m_db, &why)) {
        *error = QStringLiteral("cannot lock %1: %2").arg(m_path, why);
        return false;
    }
    // Read again under the lock: another writer may have migrated meanwhile.
    const int version = std::max(0, Dialect::schemaVersion(m_db));
    QSqlQuery q(m_db);
    for (int v = version; v < SchemaVersion; ++v) {
        for (const QString &statement : Schema::migration(v)) {
            if (!q.exec(Dialect::schemaStatement(m_db, statement))) {
                *error = QStringLiteral("cannot upgrade %1 to schema %2: %3").arg(m_path).arg(v + 1).arg(q.lastError().text());
                Dialect::rollback(m_db);
                return false;
            }
        }
    }
    // Stamped only when something changes: opening a current database writes nothing (and on
    // a server tells no wall about a change).
    if (version == SchemaVersion && Dialect::isStamped(m_db, SchemaVersion)) {
        Dialect::rollback(m_db);
        return true;
    }
    if (!Dialect::stamp(m_db, SchemaVersion, &why) || !Dialect::commit(m_db, &why)) {
        *error = QStringLiteral("cannot upgrade %1: %2").arg(m_path, why);
        Dialect::rollback(m_db);
        return false;
    }
    return true;
}

int Store::schemaVersion()
{
    return Dialect::schemaVersion(m_db);
}

qint64 Store::dataVersion()
{
    const qint64 v = Dialect::dataVersion(m_db);
    if (v < 0)
        m_lastError = m_db.lastError().text();
    return v;
}

bool Store::healthy(QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (!Dialect::isServer(m_db) && !QFileInfo::exists(m_path)) {
        err = QStringLiteral("database %1 is missing").arg(m_path);
        return false;
    }
    if (!Dialect::isServer(m_db) && !SqliteDialect::checkFile(m_path, &err))
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM reports")) || !q.next()) {
        err = QStringLiteral("database %1 cannot be read: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

qint64 Store::saveReport(const ParsedReport &report, const QString &sourceFile, QString *error)
{
    SaveOutcome outcome;
    return saveReport(report, sourceFile, false, &outcome, error) ? outcome.reportId : 0;
}

bool Store::saveReport(const ParsedReport &report, const QString &sourceFile, bool dryRun, SaveOutcome *outcome,
                       QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (m_mode != Mode::ReadWrite) {
        err = QStringLiteral("the database is open read-only");
        return false;
    }
    return ReportWriter(m_db).save(report, sourceFile, dryRun, outcome, &err);
}

bool Store::fill(const QList<FillRow> &rows, const FillOptions &options, QList<FillOutcome> *outcomes, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    QList<FillOutcome> local;
    QList<FillOutcome> &out = outcomes ? *outcomes : local;
    out.clear();
    if (m_mode != Mode::ReadWrite) {
        err = QStringLiteral("the database is open read-only");
        return false;
    }
    return FillWriter(m_db).run(rows, options, &out, &err);
}

bool Store::fill(const QList<FillRow> &rows, const QString &source, QList<FillOutcome> *outcomes, QString *error)
{
    FillOptions options;
    options.source = source;
    return fill(rows, options, outcomes, error);
}

QList<ReportInfo> Store::reports()
{
    return StoreReader(m_db, &m_lastError).reports();
}

std::optional<ReportInfo> Store::report(qint64 reportId)
{
    return StoreReader(m_db, &m_lastError).report(reportId);
}

std::optional<ReportInfo> Store::latestReport()
{
    return StoreReader(m_db, &m_lastError).latestReport();
}

QString Store::reportText(qint64 reportId)
{
    return StoreReader(m_db, &m_lastError).reportText(reportId);
}

QList<Section> Store::sections(qint64 reportId)
{
    return StoreReader(m_db, &m_lastError).sections(reportId);
}

QList<Figure> Store::figures(qint64 reportId)
{
    return StoreReader(m_db, &m_lastError).figures(reportId);
}

std::optional<Figure> Store::figure(qint64 figureId)
{
    return StoreReader(m_db, &m_lastError).figure(figureId);
}

QList<Figure> Store::children(qint64 figureId)
{
    return StoreReader(m_db, &m_lastError).children(figureId);
}

QList<Highlight> Store::highlights(qint64 reportId)
{
    return StoreReader(m_db, &m_lastError).highlights(reportId);
}

QList<TrendPoint> Store::trend(const QString &county, const QString &key)
{
    return StoreReader(m_db, &m_lastError).trend(county, key);
}
