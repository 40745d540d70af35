#pragma once

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

// What the wall shows, decided once in C++: the pages, the cards and charts on each, and
// every figure of a domain in its full list. The composer builds it, the models present it
// and `layout --json` prints it; nothing else decides what goes on screen.

struct LayoutCard
{
    qint64 figure = 0;
    QString label;
    // Targets page only: the result of the target's year, and whether it met the target.
    qint64 result = 0;
    enum class Met { Unknown, Yes, No } met = Met::Unknown;
};

struct LayoutPoint
{
    qint64 figure = 0;
    QString label;
    QString series;      // "years" charts: the indicator the point is a year of
    QString note;        // "years" charts: the report's words for a change of basis (口径调整)
};

struct LayoutChart
{
    // What the chart compares: totals (one unit family), percapita, growth (of headline
    // indicators), rates (shares and rates in %), parts (of one whole), years (headline
    // indicators across the county's reports).
    QString kind;
    QString title;
    QString unit;        // the unit the family is charted in; "%" for growth and rates
    QString measure;     // "value" or "growth"
    QList<LayoutPoint> points;
};

struct LayoutPage
{
    QString name;        // overview, economy, …, targets
    QString title;
    QList<LayoutCard> cards;
    QList<LayoutChart> charts;
    QList<qint64> all;   // every figure of the domain, in report order (全部数据)
};

struct Layout
{
    QSize size;
    QString county;
    int year = 0;
    QList<LayoutPage> pages;
    // Indicators the report states with two different values ("粮食总产 13.4亿斤 / 13.5亿斤").
    QStringList dataWarnings;
    // Pending figures the wall shows (cards and charts) and those only in the full lists.
    int pendingShown = 0;
    int pendingElsewhere = 0;

    const LayoutPage *page(const QString &name) const
    {
        for (const LayoutPage &p : pages) {
            if (p.name == name)
                return &p;
        }
        return nullptr;
    }
};
