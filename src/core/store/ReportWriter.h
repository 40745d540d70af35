#pragma once

#include "Figure.h"
#include "StoreTypes.h"

#include <QSqlDatabase>

// Writes one parsed report in one transaction, replacing an earlier import of the same
// county and year. Values the staff filled into the earlier version's placeholders are
// carried over to the figures that still match (same key, name and mask); the others are
// listed. A dry run does all of it and rolls back.
class ReportWriter
{
public:
    explicit ReportWriter(QSqlDatabase db);

    // Longest sentence stored for a figure; a longer one (text without sentence punctuation)
    // is cut to a window around the figure.
    static constexpr int MaxSentence = 400;

    bool save(const ParsedReport &report, const QString &sourceFile, bool dryRun, SaveOutcome *outcome,
              QString *error);

private:
    struct Filled;
    QList<Filled> filledValues(qint64 reportId);
    void carryOver(QList<Figure> &figures, const QList<Filled> &filled, SaveOutcome *outcome);
    bool insertAll(const ParsedReport &report, QList<Figure> figures, const QString &sourceFile, qint64 *reportId,
                   QString *error);

    QSqlDatabase m_db;
};
