#pragma once

#include <QStringList>

// The tables of the store, as a list of migrations: entry v brings a database from schema
// version v to v + 1. Plain SQL that SQLite and PostgreSQL both read.
namespace Schema {

constexpr int Version = 4;

// The statements of one migration, from version `from` to from + 1.
QStringList migration(int from);

// The tables a database of that schema version must have: a file that claims the version
// without them belongs to another program.
QStringList requiredTables(int version);

} // namespace Schema
