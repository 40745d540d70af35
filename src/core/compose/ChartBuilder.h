#pragma once

#include "Candidate.h"
#include "Layout.h"

#include <QList>
#include <functional>

// The charts a page's figures allow, each of one kind: the growth of the headline
// indicators, totals of money, per-capita amounts, physical amounts of one unit family,
// shares and rates, the parts of one whole. Unlike counts (villages beside companies) are
// never charted. Membership follows names and units, never whether a value is filled.
class ChartBuilder
{
public:
    using PartsOf = std::function<QList<Candidate>(qint64)>;

    // candidates: the page's candidates, best first; domain: the page, for titles.
    ChartBuilder(const QList<Candidate> &candidates, const QString &domain, PartsOf partsOf);

    // Every chart the page could show, the most telling first.
    QList<LayoutChart> charts() const;

private:
    LayoutChart growthChart() const;
    QList<LayoutChart> valueCharts() const;
    QList<LayoutChart> partsCharts() const;
    LayoutChart ratesChart() const;

    QList<Candidate> m_candidates;
    QString m_domain;
    PartsOf m_partsOf;
};
