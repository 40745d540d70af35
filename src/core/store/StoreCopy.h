#pragma once

#include <QList>
#include <QPair>
#include <QString>

class Store;

// Moves a whole store between backends (a file and a PostgreSQL database, either way, or two
// of a kind): every row of every table, ids kept so "#42" names the same figure afterwards.
namespace StoreCopy {

struct TableCount
{
    QString table;
    int rows = 0;
};

// Copies `from` into `to` in one write transaction of the target. A target that holds any row
// is refused unless `replace`, which empties it first. *counts: rows copied, table by table.
bool copy(Store &from, Store &to, bool replace, QList<TableCount> *counts, QString *error);

} // namespace StoreCopy
