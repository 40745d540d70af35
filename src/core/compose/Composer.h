#pragma once

#include "Figure.h"
#include "FigureOverride.h"
#include "Layout.h"

#include <QList>
#include <QMap>
#include <QSize>
#include <QString>

// Decides what the wall shows, as a pure function: a report's figures, the staff's
// overrides and the screen size in, a Layout out. No Qt Quick, no store: the models
// present what it returns and `layout --json` prints it.
class Composer
{
public:
    struct Input
    {
        QString county;
        int year = 0;
        QList<Figure> figures;              // one report's figures, parts included
        QList<FigureOverride> overrides;    // the staff's curation of this report
        // The same county's other imported reports: the year each reviews → its figures. The
        // targets page reviews last year's targets against this year's results, and domain
        // pages chart indicators across the years.
        QMap<int, QList<Figure>> otherYears;
        QSize size{1920, 1080};
    };

    // How much a screen of this size holds legibly from across the room.
    struct Budget
    {
        int cards = 12;      // per domain page
        int charts = 3;      // per domain page
        int headlines = 6;   // on the overview
    };

    static Budget budgetFor(const QSize &size);
    static Layout compose(const Input &input);
};
