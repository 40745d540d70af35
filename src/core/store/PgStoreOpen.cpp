// Store::open for a postgresql:// URL: the same promises as for a file — a database of
// another program or of a newer version is refused untouched, a reader never writes, a
// writer creates or migrates the schema under the write lock.
#include "Store.h"

#include "PgDialect.h"
#include "PgUrl.h"
#include "Schema.h"

#include <QSqlError>

std::unique_ptr<Store> Store::openServer(const QString &location, Mode mode, QString *error)
{
    const std::optional<PgUrl> url = PgUrl::parse(location, error);
    if (!url)
        return nullptr;
    // Messages name the database without its password.
    std::unique_ptr<Store> store(new Store(url->display(), mode));
    store->m_db = QSqlDatabase::addDatabase(PgDialect::driverName(), store->m_connection);
    if (!store->m_db.isValid()) {
        *error = QStringLiteral("the Qt PostgreSQL driver (%1) is not available (Debian: libqt6sql6-psql)")
                     .arg(PgDialect::driverName());
        return nullptr;
    }
    PgDialect::configure(store->m_db, *url);
    if (!store->m_db.open()) {
        *error = QStringLiteral("cannot connect to %1: %2").arg(store->m_path, store->m_db.lastError().text().trimmed());
        return nullptr;
    }
    QString why;
    if (!PgDialect::prepareSession(store->m_db, mode == Mode::ReadOnly, &why)) {
        *error = QStringLiteral("cannot use %1: %2").arg(store->m_path, why);
        return nullptr;
    }
    int version = 0;
    if (!store->recogniseServer(&version, error))
        return nullptr;
    if (mode == Mode::ReadOnly)
        return store->readerAccepts(version, error) ? std::move(store) : nullptr;
    if (!store->migrate(error))
        return nullptr;
    return store;
}

bool Store::recogniseServer(int *version, QString *error)
{
    *version = PgDialect::schemaVersion(m_db);
    if (*version < 0) {
        *error = QStringLiteral("%1 cannot be read: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    const QString application = PgDialect::application(m_db);
    if (*version == 0 && application.isEmpty()) {
        // No marker: only an empty database may become ours.
        if (!PgDialect::tables(m_db).isEmpty()) {
            *error = QStringLiteral("%1 holds tables of another program").arg(m_path);
            return false;
        }
        return true;
    }
    if (application != PgDialect::ourApplication()) {
        *error = QStringLiteral("%1 is a database of another program (%2)").arg(m_path, application);
        return false;
    }
    if (!versionKnown(*version, error))
        return false;
    const QStringList tables = PgDialect::tables(m_db);
    for (const QString &table : Schema::requiredTables(*version)) {
        if (!tables.contains(table)) {
            *error = QStringLiteral("%1 lacks the table %2 of schema %3").arg(m_path, table).arg(*version);
            return false;
        }
    }
    return true;
}
