#pragma once

class QElapsedTimer;

// The whole program: the console subcommands (import, fill, list) and the dashboard.
// startClock was started on entry to main(), for the first-frame measurement.
int runCountyBriefing(int argc, char *argv[], const QElapsedTimer &startClock);
