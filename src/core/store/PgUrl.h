#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

class QSqlDatabase;

// Where a PostgreSQL store lives, as given to --db:
//   postgresql://[user[:password]@][host][:port]/[dbname][?param=value&...]
// (libpq's URI form; `postgres://` too). A field left out is left to libpq, which takes it from
// PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD or ~/.pgpass, so a wall's URL can carry no
// password at all. The host may be a Unix socket folder, percent-encoded (%2Frun%2Fpostgresql)
// or as ?host=/run/postgresql. Other parameters (sslmode, connect_timeout, …) pass on to libpq.
struct PgUrl
{
    QString user;
    QString password;
    QString host;
    int port = 0;                               // 0: libpq's default
    QString database;
    QList<QPair<QString, QString>> parameters;  // the other libpq keywords, in order

    // True for anything that starts like a PostgreSQL URL (so it is never taken for a file name).
    static bool looksLike(const QString &location);
    // Null with a one-line *error for a malformed URL.
    static std::optional<PgUrl> parse(const QString &location, QString *error);

    // The URL without its password, for messages and logs.
    QString display() const;
    // libpq keyword/value pairs, for PQconnectStartParams.
    QList<QPair<QString, QString>> keywords() const;
    // A QPSQL connection to this location (not opened).
    void configure(QSqlDatabase &db) const;
};
