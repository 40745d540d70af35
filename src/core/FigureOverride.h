#pragma once

#include <QString>

// What the staff decided about one figure on the wall (the prepare console). Overrides belong
// to a county and year, not to a stored report row, and re-match their figure by catalogue key
// and name, so they survive a re-import of a new version of the same report.
struct FigureOverride
{
    qint64 id = 0;
    QString county;
    int year = 0;
    QString figureKey;          // how the override finds its figure again after a re-import
    QString figureName;
    qint64 figureId = 0;        // resolved when read; 0 when no figure matches any more
    QString label;              // the label shown on the wall; empty: the report's name
    bool hidden = false;        // kept off the wall (still in list and the full list)
    QString pinPage;            // page the figure is pinned to; empty: not pinned
    int order = -1;             // position among the pinned cards of that page; -1: none
    int headlineOrder = -1;     // position among the overview's headline cards; -1: not chosen
};
