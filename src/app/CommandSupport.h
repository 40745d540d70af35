#pragma once

#include "Store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

// What the console subcommands share: their output streams, the --db option and opening
// the store it names, the report options (--county, --year), and argument parsing with
// --help and usage lines that name the subcommand.
namespace CommandSupport {

QTextStream &out();
QTextStream &err();
// Prints "county-briefing: message" to stderr and returns the exit code 1.
int fail(const QString &message);

QCommandLineOption dbOption();
QCommandLineOption countyOption(const QString &description);
QCommandLineOption yearOption(const QString &description);

// Parses a subcommand's arguments; returns false (after printing help or the error, with
// *exitCode set) when the command should not run.
bool parseArguments(QCommandLineParser &parser, const QString &name, const QStringList &arguments, int *exitCode);

// --year as a number, 0 when not given; false with *error when it is not a year.
bool yearValue(const QCommandLineParser &parser, int *year, QString *error);

// The report a command's --county/--year name (empty target when neither is given).
bool fillTarget(const QCommandLineParser &parser, FillTarget *target, QString *error);

// The database file the command names, the default one (created on first use) otherwise.
QString databasePath(const QCommandLineParser &parser, QString *error);
std::unique_ptr<Store> openStore(const QCommandLineParser &parser, Store::Mode mode, QString *error);

} // namespace CommandSupport
