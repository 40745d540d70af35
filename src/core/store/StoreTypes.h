#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The plain records the store hands out and takes in, apart from the figures themselves
// (Figure.h), so the store's parts and its callers share them without a cycle.

struct ReportInfo
{
    qint64 id = 0;
    QString county;
    int year = 0;
    QString title;
    QString sourceFile;
    QDateTime importedAt;
    bool demo = false;          // some of its figures carry shipped demo values
    int figureCount = 0;
    int pendingCount = 0;       // figures whose value or growth is still a placeholder
};

// One point of an indicator's trend across the reports of one county.
struct TrendPoint
{
    int year = 0;
    std::optional<double> value;
    QString unit;
    std::optional<double> growth;
    QString growthKind;
    bool derived = false;       // computed from a later year's value and growth (推算)
    qint64 figureId = 0;
};

// One line of a fill CSV: a figure named or numbered, the value, optionally the growth.
struct FillRow
{
    int line = 0;
    QString figure;             // a figure id ("#12" or "12") or its name as in the report
    QString value;              // may be empty when only the growth is given
    QString growth;
};

// Which report a fill's names resolve in. Empty: the only report of the database.
struct FillTarget
{
    qint64 reportId = 0;
    QString county;
    int year = 0;

    bool isEmpty() const { return reportId == 0 && county.isEmpty() && year == 0; }
};

struct FillOptions
{
    QString source = QStringLiteral("fill"); // recorded in fill_history; "demo" marks demo values
    FillTarget target;
    bool dryRun = false;        // check everything, write nothing
};

struct FillOutcome
{
    int line = 0;
    QString figure;
    qint64 figureId = 0;
    bool accepted = false;
    bool empty = false;         // a row of a template left blank: nothing to do, not an error
    QString message;            // what was (or would be) filled, or why it was refused
};

// What writing a report did (or, on a dry run, would do) to the database.
struct SaveOutcome
{
    qint64 reportId = 0;            // 0 on a dry run
    bool replaced = false;          // an earlier import of the same county and year was replaced
    int previousFigures = 0;
    int previousPending = 0;
    int figures = 0;
    int pending = 0;
    int keptFills = 0;              // filled values carried over to the new version
    QStringList lostFills;          // "name (value …)" of filled values that no longer match a figure
};
