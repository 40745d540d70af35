#pragma once

#include <QString>

class Store;
struct ParsedReport;

// The database used when no --db is given: one in the user's data folder, created on
// first start from the draft report and demo values shipped in data/.
namespace DefaultDatabase {

QString path();

// Creates the default database when it does not exist yet. Returns false with *error.
bool ensure(QString *error);

// Builds a database at dbPath from the shipped report and demo values (used by ensure()).
bool createFromShippedData(const QString &dbPath, QString *error);

// Imports one decoded report file into an open store, applying --county / --year
// overrides. Shared by `import` and the first-start set-up.
qint64 importText(Store &store, const QString &text, const QString &sourceFile, const QString &county,
                  int year, ParsedReport *parsed, QString *error);

} // namespace DefaultDatabase
