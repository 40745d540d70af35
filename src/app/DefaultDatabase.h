#pragma once

#include <QString>

// The database used when no --db is given: one in the user's data folder, created on
// first start from the draft report and demo values shipped in data/.
namespace DefaultDatabase {

QString path();

// Creates the default database when it does not exist yet, or when what is there is the
// blank leftover of an interrupted creation. Safe against a second process doing the same at
// the same moment: each builds its own file and only one is moved in place. Returns false
// with *error.
bool ensure(QString *error);

// Builds a database at dbPath from the shipped report and demo values (used by ensure()).
bool createFromShippedData(const QString &dbPath, QString *error);

} // namespace DefaultDatabase
