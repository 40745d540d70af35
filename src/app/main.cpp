#include "App.h"

#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    return runCountyBriefing(argc, argv, clock);
}
