#include "SqliteDialect.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>
#include <QtEndian>

namespace SqliteDialect {

namespace {

qint64 pragmaNumber(QSqlDatabase &db, const char *pragma)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

QString driverName()
{
    return QStringLiteral("QSQLITE");
}

// Reads the 100-byte SQLite header. Refuses what is not SQLite, or a file shorter than the
// page count its header claims (a truncated copy), without opening it through SQLite.
bool checkFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    const qint64 size = f.size();
    if (size == 0)
        return true;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error = QStringLiteral("%1 is not a County Briefing database (not an SQLite file)").arg(path);
        return false;
    }
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 versionValidFor = qFromBigEndian<quint32>(header.constData() + 92);
    // The in-header size is only trustworthy when the version-valid-for number matches.
    const bool headerSizeValid = pageCount > 0 && changeCounter == versionValidFor;
    if (pageSize < 512 || (size % pageSize) != 0
        || (headerSizeValid && qint64(pageCount) * pageSize > size
            && !QFileInfo::exists(path + QStringLiteral("-wal")))) {
        *error = QStringLiteral("%1 is truncated or damaged (%2 bytes)").arg(path).arg(size);
        return false;
    }
    return true;
}

void configure(QSqlDatabase &db, const QString &path, bool readOnly, bool readOnlyFolder)
{
    if (readOnly && readOnlyFolder) {
        // SQLite cannot create the -shm beside a WAL database here; immutable reads the file
        // as it is, which is all a display can do with a folder nobody may write.
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        return;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
}

bool prepareWriter(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        *error = QStringLiteral("cannot switch to WAL: %1").arg(q.lastError().text());
        return false;
    }
    q.finish();
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return true;
}

int schemaVersion(QSqlDatabase &db)
{
    return int(pragmaNumber(db, "user_version"));
}

int applicationId(QSqlDatabase &db)
{
    return int(pragmaNumber(db, "application_id"));
}

bool stamp(QSqlDatabase &db, int version, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
        || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QStringList tables(QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

QString integrityProblem(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return q.lastError().text();
    const QString result = q.value(0).toString();
    return result == QLatin1String("ok") ? QString() : result;
}

qint64 dataVersion(QSqlDatabase &db)
{
    return pragmaNumber(db, "data_version");
}

bool beginWrite(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *error = q.lastError().text();
    return false;
}

bool commit(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    *error = q.lastError().text();
    rollback(db);
    return false;
}

void rollback(QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

void compactIfWorthIt(QSqlDatabase &db)
{
    const qint64 freePages = pragmaNumber(db, "freelist_count");
    const qint64 pages = pragmaNumber(db, "page_count");
    const qint64 pageSize = pragmaNumber(db, "page_size");
    // A few MB of free pages, and over a quarter of the file: the file would otherwise keep
    // the size of the biggest report ever imported.
    if (freePages <= 0 || pages <= 0 || freePages * pageSize < 4 * 1024 * 1024 || freePages * 4 < pages)
        return;
    QSqlQuery q(db);
    q.exec(QStringLiteral("VACUUM"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace SqliteDialect
