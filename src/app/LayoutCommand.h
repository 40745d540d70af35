#pragma once

#include <QStringList>

// `county-briefing layout [--db FILE] [--size WxH] --json`: what each page of the wall
// shows for the newest report, as the composer decides it for that screen size.
namespace LayoutCommand {

// arguments: those after the subcommand name. Needs no display.
int run(const QStringList &arguments);

} // namespace LayoutCommand
