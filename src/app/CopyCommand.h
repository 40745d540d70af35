#pragma once

#include <QStringList>

// `copy --from DB --to DB [--force]`: moves a whole store between an SQLite file and a
// PostgreSQL database (either way): reports, fills, overrides and the history of changes.
namespace CopyCommand {

int run(const QStringList &arguments);

} // namespace CopyCommand
