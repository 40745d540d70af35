#pragma once

#include "Figure.h"
#include "store/StoreTypes.h"

#include <QString>
#include <QStringList>

class Store;

// What `import` does with one decoded report: parse it, reconcile the county and year it
// states with --county/--year, refuse what would put a wrong report on the wall, and store
// it (or, on a dry run, say what storing it would change). Also builds the first-start demo.
struct ImportRequest
{
    QString text;
    QString sourceFile;
    QString county;             // --county: fills in a county the report leaves open
    int year = 0;               // --year: the same for the year
    bool renameCounty = false;  // --rename-county: store under --county whatever the report says
    bool restateYear = false;   // --restate-year: the same for --year
    bool dryRun = false;
};

struct ImportResult
{
    bool ok = false;
    ParsedReport parsed;
    SaveOutcome saved;
    QString error;
    QStringList notes;          // what was taken from elsewhere than the text (the file name)
};

namespace ImportPipeline {

ImportResult run(Store &store, const ImportRequest &request);

// A county a draft leaves open: xx县, XX区, ××市 … (only placeholder marks before the suffix).
bool isPlaceholderCounty(const QString &county);

} // namespace ImportPipeline
