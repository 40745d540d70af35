#pragma once

#include <QSqlDatabase>
#include <QString>

// The store's parts (writers, migration) speak through here and stay the same on both
// backends: each call goes to SqliteDialect or PgDialect by the connection's driver.
namespace Dialect {

bool isServer(const QSqlDatabase &db);

bool beginWrite(QSqlDatabase &db, QString *error);
bool commit(QSqlDatabase &db, QString *error);
void rollback(QSqlDatabase &db);
void compactIfWorthIt(QSqlDatabase &db);

int schemaVersion(QSqlDatabase &db);
bool stamp(QSqlDatabase &db, int version, QString *error);
// Carries our mark and that schema version already.
bool isStamped(QSqlDatabase &db, int version);
qint64 dataVersion(QSqlDatabase &db);
// A schema statement (written for SQLite) in the connection's own words.
QString schemaStatement(const QSqlDatabase &db, const QString &statement);

} // namespace Dialect
