#pragma once

#include "Figure.h"
#include "FigureModel.h"
#include "SeriesModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>


// Everything one domain page shows: its figure cards and the charts its data suits.
// Which charts exist is decided here from the units of the figures, so a page never draws
// an axis that mixes 亿元 and 万元, and never an empty chart.
class DomainData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Domains come from Dashboard")
    Q_PROPERTY(QString domain READ domain CONSTANT)
    Q_PROPERTY(FigureModel *figures READ figures CONSTANT)
    Q_PROPERTY(FigureModel *projects READ projects CONSTANT)
    Q_PROPERTY(SeriesModel *primary READ primary CONSTANT)
    Q_PROPERTY(SeriesModel *secondary READ secondary CONSTANT)
    Q_PROPERTY(SeriesModel *growth READ growth CONSTANT)
    Q_PROPERTY(SeriesModel *ratios READ ratios CONSTANT)
    Q_PROPERTY(qint64 headlineId READ headlineId NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int chartCount READ chartCount NOTIFY changed)

public:
    explicit DomainData(const QString &domain, QObject *parent = nullptr);

    // figures: all figures of the report; this keeps those of its domain.
    void update(const QList<Figure> &figures, const QHash<qint64, QList<Figure>> &parts);

    QString domain() const { return m_domain; }
    FigureModel *figures() const { return m_figures; }
    FigureModel *projects() const { return m_projects; }
    SeriesModel *primary() const { return m_primary; }
    SeriesModel *secondary() const { return m_secondary; }
    SeriesModel *growth() const { return m_growth; }
    SeriesModel *ratios() const { return m_ratios; }
    qint64 headlineId() const { return m_headlineId; }
    int pendingCount() const { return m_pendingCount; }
    int chartCount() const;

signals:
    void changed();

private:
    QString m_domain;
    FigureModel *m_figures;
    FigureModel *m_projects;
    SeriesModel *m_primary;
    SeriesModel *m_secondary;
    SeriesModel *m_growth;
    SeriesModel *m_ratios;
    qint64 m_headlineId = 0;
    int m_pendingCount = 0;
};
