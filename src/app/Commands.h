#pragma once

#include <QStringList>

// The console subcommands. Each takes its own arguments (after the subcommand name),
// prints to stdout/stderr and returns the process exit code.
namespace Commands {

int import(const QStringList &arguments);
int fill(const QStringList &arguments);
int list(const QStringList &arguments);

} // namespace Commands
