#include "StoreCopy.h"

#include "Dialect.h"
#include "PgDialect.h"
#include "Schema.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace StoreCopy {

namespace {

// A figure's parent is a figure: written after all rows exist, so their order never matters.
const QString kSelfReference = QStringLiteral("parent_id");

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table))) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            out.append(record.fieldName(i));
    }
    return out;
}

qint64 rowCount(QSqlDatabase &db, const QString &table, bool *ok)
{
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next();
    return *ok ? q.value(0).toLongLong() : 0;
}

bool copyTable(QSqlDatabase &source, QSqlDatabase &target, const QString &table, int *copied, QString *error)
{
    // The columns both sides have (they are at the same schema version; this only guards order).
    const QStringList targetColumns = columnsOf(target, table);
    QStringList columns;
    for (const QString &c : columnsOf(source, table)) {
        if (targetColumns.contains(c, Qt::CaseInsensitive))
            columns.append(c);
    }
    const bool selfReferencing = columns.contains(kSelfReference);
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QStringLiteral(", ")), table))) {
        *error = QStringLiteral("cannot read %1: %2").arg(table, read.lastError().text());
        return false;
    }
    QSqlQuery write(target);
    write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    QList<QPair<QVariant, QVariant>> parents; // (id, parent_id)
    const int parentColumn = int(columns.indexOf(kSelfReference));
    const int idColumn = int(columns.indexOf(QStringLiteral("id")));
    *copied = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            QVariant value = read.value(i);
            if (i == parentColumn && !value.isNull()) {
                parents.append({read.value(idColumn), value});
                value = QVariant(QMetaType::fromType<qint64>());
            }
            write.addBindValue(value);
        }
        if (!write.exec()) {
            *error = QStringLiteral("cannot write %1: %2").arg(table, write.lastError().text());
            return false;
        }
        ++*copied;
    }
    if (!selfReferencing)
        return true;
    write.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, kSelfReference));
    for (const auto &[id, parent] : std::as_const(parents)) {
        write.addBindValue(parent);
        write.addBindValue(id);
        if (!write.exec()) {
            *error = QStringLiteral("cannot link %1: %2").arg(table, write.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace

bool copy(Store &from, Store &to, bool replace, QList<TableCount> *counts, QString *error)
{
    counts->clear();
    if (to.mode() != Store::Mode::ReadWrite) {
        *error = QStringLiteral("the target is open read-only");
        return false;
    }
    QSqlDatabase source = from.database();
    QSqlDatabase target = to.database();
    const QStringList tables = Schema::requiredTables(Store::SchemaVersion);
    QString why;
    if (!Dialect::beginWrite(target, &why)) {
        *error = QStringLiteral("cannot lock %1 for writing: %2").arg(to.path(), why);
        return false;
    }
    auto fail = [&](const QString &message) {
        Dialect::rollback(target);
        *error = message;
        return false;
    };
    qint64 present = 0;
    for (const QString &table : tables) {
        bool ok = false;
        present += rowCount(target, table, &ok);
        if (!ok)
            return fail(QStringLiteral("cannot read %1 of %2").arg(table, to.path()));
    }
    if (present > 0 && !replace)
        return fail(QStringLiteral("%1 is not empty (%2 rows); add --force to replace everything in it")
                        .arg(to.path())
                        .arg(present));
    QSqlQuery q(target);
    // Children before parents: the reverse of the order the tables are created in.
    for (auto it = tables.crbegin(); present > 0 && it != tables.crend(); ++it) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(*it)))
            return fail(QStringLiteral("cannot empty %1: %2").arg(*it, q.lastError().text()));
    }
    for (const QString &table : tables) {
        int copied = 0;
        if (!copyTable(source, target, table, &copied, &why))
            return fail(why);
        counts->append({table, copied});
    }
    if (Dialect::isServer(target) && !PgDialect::resetIdentities(target, tables, &why))
        return fail(QStringLiteral("cannot continue the ids after the copied rows: %1").arg(why));
    if (!Dialect::commit(target, &why)) {
        *error = QStringLiteral("cannot commit the copy: %1").arg(why);
        return false;
    }
    return true;
}

} // namespace StoreCopy
