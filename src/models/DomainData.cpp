#include "DomainData.h"

#include "SeriesFill.h"

DomainData::DomainData(const QString &domain, const QString &colour, QObject *parent)
    : QObject(parent)
    , m_domain(domain)
    , m_colour(colour)
    , m_figures(new FigureModel(this))
    , m_projects(new FigureModel(this))
    , m_all(new FigureModel(this))
{
    for (int i = 0; i < MaxCharts; ++i)
        m_charts.append(new SeriesModel(this));
}

QList<QObject *> DomainData::charts() const
{
    return {m_charts.cbegin(), m_charts.cend()};
}

SeriesModel *DomainData::chart(int index) const
{
    return m_charts.value(index, nullptr);
}

void DomainData::update(const LayoutPage *page, const QHash<qint64, Figure> &figures,
                        const QHash<qint64, QList<Figure>> &parts)
{
    QList<Figure> cards;
    QList<Figure> projects;
    QHash<qint64, QString> labels;
    if (page) {
        for (const LayoutCard &c : page->cards) {
            const auto it = figures.constFind(c.figure);
            if (it == figures.constEnd())
                continue;
            cards.append(it.value());
            labels.insert(c.figure, c.label);
            if (!parts.value(c.figure).isEmpty())
                projects.append(it.value());
        }
    }
    m_figures->setFigures(cards, parts, labels);
    m_projects->setFigures(projects, parts, labels);

    QList<Figure> all;
    int pending = 0;
    if (page) {
        for (qint64 id : page->all) {
            const Figure f = figures.value(id);
            all.append(f);
            pending += (f.pending || f.growthPending) ? 1 : 0;
        }
    }
    m_all->setFigures(all, parts, labels);

    const int charts = page ? int(std::min<qsizetype>(page->charts.size(), MaxCharts)) : 0;
    for (int i = 0; i < MaxCharts; ++i) {
        if (i < charts)
            SeriesFill::fill(m_charts.at(i), page->charts.at(i), figures);
        else
            m_charts.at(i)->clear();
    }
    m_chartCount = charts;
    m_title = page ? page->title : QString();
    m_headlineId = cards.isEmpty() ? 0 : cards.first().id;
    m_pendingCount = pending;
    emit changed();
}
