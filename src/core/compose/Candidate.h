#pragma once

#include "Figure.h"

#include <QString>

// A figure the wall may show, with what the composer decided about it: its labels, where
// it stands among the leaders' indicators and how much it weighs. Nothing here depends on
// whether a pending value has been filled, so a fill never reshapes a page.
struct Candidate
{
    const Figure *figure = nullptr;
    QString page;            // the page it belongs to (its domain, or where staff pinned it)
    QString label;           // whole name for cards (the staff's label when they set one)
    QString shortLabel;      // for chart axes, never cut with "…"
    int headlineRank = -1;   // catalogue order of the leaders' indicators; -1: not one
    bool catalogued = false;
    int weight = 0;          // higher first
    int pinOrder = -1;       // staff's order among the pinned cards of its page; -1: not pinned
    int headlineOrder = -1;  // staff's order among the overview's cards; -1: not chosen
};
