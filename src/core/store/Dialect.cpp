#include "Dialect.h"

#include "PgDialect.h"
#include "SqliteDialect.h"

namespace Dialect {

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == PgDialect::driverName();
}

bool beginWrite(QSqlDatabase &db, QString *error)
{
    return isServer(db) ? PgDialect::beginWrite(db, error) : SqliteDialect::beginWrite(db, error);
}

bool commit(QSqlDatabase &db, QString *error)
{
    return isServer(db) ? PgDialect::commit(db, error) : SqliteDialect::commit(db, error);
}

void rollback(QSqlDatabase &db)
{
    isServer(db) ? PgDialect::rollback(db) : SqliteDialect::rollback(db);
}

void compactIfWorthIt(QSqlDatabase &db)
{
    // The server's autovacuum does this for PostgreSQL.
    if (!isServer(db))
        SqliteDialect::compactIfWorthIt(db);
}

int schemaVersion(QSqlDatabase &db)
{
    return isServer(db) ? PgDialect::schemaVersion(db) : SqliteDialect::schemaVersion(db);
}

bool stamp(QSqlDatabase &db, int version, QString *error)
{
    return isServer(db) ? PgDialect::stamp(db, version, error) : SqliteDialect::stamp(db, version, error);
}

bool isStamped(QSqlDatabase &db, int version)
{
    if (schemaVersion(db) != version)
        return false;
    return isServer(db) ? PgDialect::application(db) == PgDialect::ourApplication()
                        : SqliteDialect::applicationId(db) == SqliteDialect::ApplicationId;
}

qint64 dataVersion(QSqlDatabase &db)
{
    return isServer(db) ? PgDialect::dataVersion(db) : SqliteDialect::dataVersion(db);
}

QString schemaStatement(const QSqlDatabase &db, const QString &statement)
{
    return isServer(db) ? PgDialect::translate(statement) : statement;
}

} // namespace Dialect
