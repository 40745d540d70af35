#pragma once

#include "BenchProbe.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

// The dashboard's command line, parsed apart from running it and without any application
// object, so --help, --version and usage errors work where there is no display.
struct LaunchOptions
{
    QString dbPath;                     // empty: the default database
    QString startPage;                  // empty: the first page
    QString county;                     // empty: the county of the newest report
    std::optional<int> rotateSeconds;
    std::optional<int> idleSeconds;
    bool kiosk = false;
    QString language = QStringLiteral("zh");
    std::optional<bool> upIsRed;        // --colors
    QString exportDir;                  // non-empty: render the pages and exit
    QSize size{1920, 1080};
    bool sizeGiven = false;             // --size: exactly that window; else fit the screen
    QString renderer = QStringLiteral("auto");
    bool quitAfterFirstFrame = false;
    std::optional<BenchProbe::Options> bench;
};

struct LaunchParse
{
    enum class Action { Run, Help, Version, Error };
    Action action = Action::Run;
    LaunchOptions options;
    QString message;                    // the help text or the error
};

namespace LaunchArguments {

// Largest window or export: 8K. Beyond it an export takes tens of GB and then fails.
constexpr int MaxWidth = 7680;
constexpr int MaxHeight = 4320;

// arguments[0] is the program.
LaunchParse parse(const QStringList &arguments);

// The overview of every command, for --help.
QString describeCommands();

} // namespace LaunchArguments
