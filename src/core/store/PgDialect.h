#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct PgUrl;

// Everything in the store that is particular to PostgreSQL, in the shape of SqliteDialect:
// connection, schema stamp (a marker table instead of SQLite's header fields), the write lock
// (a transaction-scoped advisory lock: one writer at a time, like BEGIN IMMEDIATE) and the
// NOTIFY that tells every wall about a commit.
namespace PgDialect {

// The marker and the advisory lock key: "CBS1", the id SQLite databases carry in their header.
constexpr qint64 LockKey = 0x43425331;

QString driverName();

// Sets name and options of a connection.
void configure(QSqlDatabase &db, const PgUrl &url);
// After opening: readers refuse to write even with a writer's account; writers wait a while
// for the lock instead of forever, and keep the server's notices to themselves.
bool prepareSession(QSqlDatabase &db, bool readOnly, QString *error);

// The schema version in the marker table: 0 when there is none, -1 when unreadable.
int schemaVersion(QSqlDatabase &db);
// The application the marker table names; empty when there is none.
QString application(QSqlDatabase &db);
QString ourApplication();
bool stamp(QSqlDatabase &db, int version, QString *error);
// The tables of the connection's schema (search_path), whatever their privileges.
QStringList tables(QSqlDatabase &db);
// Changes with every commit of a writer (a counter in the marker table).
qint64 dataVersion(QSqlDatabase &db);

bool beginWrite(QSqlDatabase &db, QString *error);
// Counts the change and notifies the walls; both take effect with the commit only.
bool commit(QSqlDatabase &db, QString *error);
void rollback(QSqlDatabase &db);

// A schema statement written for SQLite, in PostgreSQL's types: INTEGER PRIMARY KEY is an
// identity column, INTEGER a BIGINT, REAL a DOUBLE PRECISION.
QString translate(const QString &statement);
// After rows were inserted with their ids (copy): the identity columns continue after them.
bool resetIdentities(QSqlDatabase &db, const QStringList &tables, QString *error);

} // namespace PgDialect
