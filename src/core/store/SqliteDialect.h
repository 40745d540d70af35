#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Everything in the store that is particular to SQLite: the file checks before opening, the
// connection options, the PRAGMAs, the schema stamp and the write lock. The other parts of
// the store use plain SQL through these functions, so a second backend (PostgreSQL) is a
// second class of the same shape.
namespace SqliteDialect {

// Written into every database this program creates (bytes 68–71 of the header: "CBS1"), so
// another program's SQLite file is recognised and refused untouched.
constexpr int ApplicationId = 0x43425331;

QString driverName();

// Checks the raw file before SQLite opens it: an SQLite file, not truncated. An empty file
// passes (SQLite treats it as an empty database).
bool checkFile(const QString &path, QString *error);

// Sets name and options of a connection. readOnlyFolder: the folder cannot take the -shm and
// -wal files, so the file is opened immutable (nobody can write it there anyway).
void configure(QSqlDatabase &db, const QString &path, bool readOnly, bool readOnlyFolder);

// Writers: foreign keys, write-ahead log, the durability level.
bool prepareWriter(QSqlDatabase &db, QString *error);

// user_version and application_id as stored; -1 when unreadable.
int schemaVersion(QSqlDatabase &db);
int applicationId(QSqlDatabase &db);
// Stamps a database as ours at the given schema version (inside the migration's transaction).
bool stamp(QSqlDatabase &db, int version, QString *error);

QStringList tables(QSqlDatabase &db);
// Empty string when the file is consistent, else what the check found.
QString integrityProblem(QSqlDatabase &db);
// Changes whenever another connection commits.
qint64 dataVersion(QSqlDatabase &db);

// One writer at a time: takes the write lock at the start, not at the first write.
bool beginWrite(QSqlDatabase &db, QString *error);
bool commit(QSqlDatabase &db, QString *error);
void rollback(QSqlDatabase &db);

// Gives pages freed by a replaced report back to the file system when they are a large
// share of the file (outside any transaction).
void compactIfWorthIt(QSqlDatabase &db);

} // namespace SqliteDialect
