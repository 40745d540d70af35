#include "PgDialect.h"

#include "PgListener.h"
#include "PgUrl.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace PgDialect {

namespace {

const QString kMarker = QStringLiteral("briefing_meta");

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// 1: the marker table is there, 0: it is not, -1: the question failed.
int markerState(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(kMarker)) || !q.next())
        return -1;
    return q.value(0).toBool() ? 1 : 0;
}

bool hasMarker(QSqlDatabase &db)
{
    return markerState(db) == 1;
}

QString markerValue(QSqlDatabase &db, const char *key, bool *ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(kMarker));
    q.addBindValue(QString::fromLatin1(key));
    *ok = q.exec();
    return *ok && q.next() ? q.value(0).toString() : QString();
}

} // namespace

QString driverName()
{
    return QStringLiteral("QPSQL");
}

void configure(QSqlDatabase &db, const PgUrl &url)
{
    url.configure(db);
}

bool prepareSession(QSqlDatabase &db, bool readOnly, QString *error)
{
    if (readOnly)
        return run(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), error);
    return run(db, QStringLiteral("SET lock_timeout = '30s'"), error)
           && run(db, QStringLiteral("SET client_min_messages = warning"), error);
}

int schemaVersion(QSqlDatabase &db)
{
    const int state = markerState(db);
    if (state <= 0)
        return state;
    bool ok = false;
    const QString value = markerValue(db, "schema_version", &ok);
    return ok ? value.toInt() : -1;
}

QString application(QSqlDatabase &db)
{
    if (!hasMarker(db))
        return {};
    bool ok = false;
    return markerValue(db, "application", &ok);
}

QString ourApplication()
{
    return QStringLiteral("county-briefing");
}

bool stamp(QSqlDatabase &db, int version, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (key TEXT PRIMARY KEY, value TEXT NOT NULL)").arg(kMarker))) {
        *error = q.lastError().text();
        return false;
    }
    const QString upsert = QStringLiteral("INSERT INTO %1 (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value").arg(kMarker);
    const QList<QPair<QString, QString>> rows = {{QStringLiteral("application"), ourApplication()},
                                                 {QStringLiteral("schema_version"), QString::number(version)}};
    for (const auto &[key, value] : rows) {
        q.prepare(upsert);
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!q.exec(QStringLiteral("INSERT INTO %1 (key, value) VALUES ('changes', '0') ON CONFLICT (key) DO NOTHING")
                    .arg(kMarker))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QStringList tables(QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"))) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

qint64 dataVersion(QSqlDatabase &db)
{
    bool ok = false;
    const QString value = markerValue(db, "changes", &ok);
    return ok ? value.toLongLong() : -1;
}

bool beginWrite(QSqlDatabase &db, QString *error)
{
    if (!run(db, QStringLiteral("BEGIN"), error))
        return false;
    if (run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(LockKey), error))
        return true;
    rollback(db);
    return false;
}

bool commit(QSqlDatabase &db, QString *error)
{
    // A database being created has no marker yet when its first migration commits.
    const bool counted = !hasMarker(db)
                         || run(db, QStringLiteral("UPDATE %1 SET value = (value::bigint + 1)::text WHERE key = 'changes'")
                                        .arg(kMarker),
                                error);
    if (counted && run(db, QStringLiteral("SELECT pg_notify('%1', 'commit')").arg(PgListener::channel()), error)
        && run(db, QStringLiteral("COMMIT"), error))
        return true;
    rollback(db);
    return false;
}

void rollback(QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

QString translate(const QString &statement)
{
    static const QRegularExpression identity(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    QString out = statement;
    out.replace(identity, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    out.replace(integer, QStringLiteral("BIGINT"));
    out.replace(real, QStringLiteral("DOUBLE PRECISION"));
    return out;
}

bool resetIdentities(QSqlDatabase &db, const QStringList &tableNames, QString *error)
{
    for (const QString &table : tableNames) {
        // setval(…, max + 1, false): the next id is max + 1, and 1 on an empty table.
        const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                           "COALESCE((SELECT max(id) FROM %1), 0) + 1, false)")
                                .arg(table);
        if (!run(db, sql, error))
            return false;
    }
    return true;
}

} // namespace PgDialect
