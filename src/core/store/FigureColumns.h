#pragma once

#include "Figure.h"

#include <QString>
#include <QVariant>

class QSqlQuery;

// The columns of the figures table, described once: the writer binds them, the reader reads
// them, in the same order. A new field of Figure is one entry in FigureColumns.cpp.
namespace FigureColumns {

// "id, parent_id, name, …" for a SELECT; the row id and parent come first.
QString selectList();
// "INSERT INTO figures (report_id, parent_id, ordinal, name, …) VALUES (?, …)".
QString insertStatement();
// Binds a figure after report_id, parent_id and ordinal have been bound.
void bind(QSqlQuery &q, const Figure &f);
Figure read(const QSqlQuery &q);

QVariant optionalNumber(const std::optional<double> &v);
std::optional<double> toOptional(const QVariant &v);
// A null QString binds as SQL NULL; the text columns are NOT NULL and hold '' instead.
QVariant text(const QString &s);

} // namespace FigureColumns
