#pragma once

// `county-briefing prepare [--db FILE]`: the staff's window for filling, correcting and
// curating what the wall shows. A separate process and QML module from the wall, which
// stays read-only.
namespace PrepareCommand {

int run(int argc, char *argv[]);

} // namespace PrepareCommand
