#pragma once

#include "Candidate.h"
#include "Figure.h"
#include "FigureOverride.h"

#include <QList>
#include <QStringList>

// Which figures of a report may go on the six pages, one per indicator: results and period
// figures with a whole name, not hidden by the staff, that state (or await) a value or a
// change. The same indicator of the same year and role counts once; the first statement in
// the report (the review's own summary, the larger context) wins, and two different values
// become a data warning that names both.
class Candidates
{
public:
    Candidates(const QList<Figure> &figures, const QList<FigureOverride> &overrides);

    // Top-level candidates of one page, the staff's pinned first, then by weight.
    QList<Candidate> forPage(const QString &page) const;
    // Candidates among the parts of one figure (for a chart of parts of one whole).
    QList<Candidate> partsOf(qint64 parentId) const;
    const QStringList &warnings() const { return m_warnings; }

private:
    static int weigh(const Candidate &c);
    void dedupe();

    QList<Candidate> m_top;
    QList<Candidate> m_parts;
    QStringList m_warnings;
};
