#include "CurationHistory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CurationHistory {

namespace {

const QString kColumns = QStringLiteral("id, changed_at, os_user, county, year, figure_id, figure_key, figure_name, "
                                        "field, old_value, new_value, undone");

ChangeRecord fromQuery(const QSqlQuery &q)
{
    ChangeRecord c;
    c.id = q.value(0).toLongLong();
    c.changedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    c.osUser = q.value(2).toString();
    c.county = q.value(3).toString();
    c.year = q.value(4).toInt();
    c.figureId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    c.figureKey = q.value(6).toString();
    c.figureName = q.value(7).toString();
    c.field = q.value(8).toString();
    c.oldNull = q.value(9).isNull();
    c.oldValue = q.value(9).toString();
    c.newNull = q.value(10).isNull();
    c.newValue = q.value(10).toString();
    c.undone = q.value(11).toInt() != 0;
    return c;
}

QVariant nullableText(const QString &text, bool isNull)
{
    return isNull ? QVariant(QMetaType::fromType<QString>()) : QVariant(text.isNull() ? QStringLiteral("") : text);
}

} // namespace

QList<ChangeRecord> read(const QSqlDatabase &db, const QString &county, int year, int limit)
{
    QList<ChangeRecord> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM change_history WHERE county = ? AND year = ? ORDER BY id DESC LIMIT ?")
                  .arg(kColumns));
    q.addBindValue(county);
    q.addBindValue(year);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<ChangeRecord> find(const QSqlDatabase &db, qint64 changeId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM change_history WHERE id = ?").arg(kColumns));
    q.addBindValue(changeId);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool record(const QSqlDatabase &db, const ChangeRecord &c, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO change_history (changed_at, os_user, county, year, figure_id, figure_key, "
                             "figure_name, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.changedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(nullableText(c.osUser, false));
    q.addBindValue(nullableText(c.county, false));
    q.addBindValue(c.year);
    q.addBindValue(c.figureId);
    q.addBindValue(nullableText(c.figureKey, false));
    q.addBindValue(nullableText(c.figureName, false));
    q.addBindValue(c.field);
    q.addBindValue(nullableText(c.oldValue, c.oldNull));
    q.addBindValue(nullableText(c.newValue, c.newNull));
    if (!q.exec()) {
        *error = QStringLiteral("cannot record the change: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool markUndone(const QSqlDatabase &db, qint64 changeId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE change_history SET undone = 1 WHERE id = ?"));
    q.addBindValue(changeId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = QStringLiteral("cannot mark change #%1 undone: %2").arg(changeId).arg(q.lastError().text());
        return false;
    }
    return true;
}

} // namespace CurationHistory
