#pragma once

#include <QStringList>

// The console subcommands. Each takes its own arguments (after the subcommand name),
// prints to stdout/stderr and returns the process exit code. fill and template live in
// FillCommand.
namespace Commands {

// True for the names run() knows: they need no display.
bool isSubcommand(const QString &name);
// Runs a subcommand (a QCoreApplication must exist).
int run(const QString &name, const QStringList &arguments);

int import(const QStringList &arguments);
int list(const QStringList &arguments);

} // namespace Commands
