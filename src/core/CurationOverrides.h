#pragma once

#include "FigureOverride.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// The overrides table: one row per county, year, figure key and name, holding only what the
// staff changed (a row back at every default is deleted). Used by Curation; fields are
// exchanged as the text change_history keeps ("" = no override of that field).
namespace CurationOverrides {

QList<FigureOverride> readAll(const QSqlDatabase &db, const QString &county, int year);
std::optional<FigureOverride> read(const QSqlDatabase &db, const QString &county, int year, const QString &key,
                                   const QString &name);
// Inserts, updates or (when every field is back at its default) deletes the row.
bool write(const QSqlDatabase &db, const FigureOverride &o, QString *error);

// A field's value as text: label as is, hidden "1"/"0", pin "page:order", headline "order".
QString fieldText(const FigureOverride &o, const QString &field);
bool applyField(FigureOverride *o, const QString &field, const QString &text, QString *error);

} // namespace CurationOverrides
