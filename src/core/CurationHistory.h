#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// One recorded change: who changed which field of which figure, from what to what.
struct ChangeRecord
{
    qint64 id = 0;
    QDateTime changedAt;        // UTC
    QString osUser;
    QString county;
    int year = 0;
    qint64 figureId = 0;        // as recorded; stale after a re-import
    QString figureKey;
    QString figureName;
    QString field;              // value, growth, label, hidden, pin, headline
    QString oldValue;           // as stored: numbers in C locale, "" for none
    QString newValue;
    bool oldNull = false;       // value/growth: there was no number before
    bool newNull = false;
    bool undone = false;
};

// The change_history table, written inside Curation's transactions.
namespace CurationHistory {

// Newest first.
QList<ChangeRecord> read(const QSqlDatabase &db, const QString &county, int year, int limit);
std::optional<ChangeRecord> find(const QSqlDatabase &db, qint64 changeId);
bool record(const QSqlDatabase &db, const ChangeRecord &change, QString *error);
bool markUndone(const QSqlDatabase &db, qint64 changeId, QString *error);

} // namespace CurationHistory
