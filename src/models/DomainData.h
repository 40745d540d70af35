#pragma once

#include "Figure.h"
#include "FigureModel.h"
#include "SeriesModel.h"
#include "compose/Layout.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// One domain page as the composer laid it out: its cards, its charts (each of one kind)
// and every figure of the domain in the full list (全部数据). It decides nothing itself;
// models and charts are kept and updated in place, so a fill changes values, not the page.
class DomainData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Domains come from Dashboard")
    Q_PROPERTY(QString domain READ domain CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString colour READ colour CONSTANT)
    Q_PROPERTY(FigureModel *figures READ figures CONSTANT)
    Q_PROPERTY(FigureModel *projects READ projects CONSTANT)
    Q_PROPERTY(FigureModel *all READ all CONSTANT)
    Q_PROPERTY(qint64 headlineId READ headlineId NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int chartCount READ chartCount NOTIFY changed)
    // The page's charts (SeriesModel), the first chartCount in use; the same objects across
    // reloads, so a ChartView bound to one keeps its series.
    Q_PROPERTY(QList<QObject *> charts READ charts CONSTANT)

public:
    static constexpr int MaxCharts = 4;

    DomainData(const QString &domain, const QString &colour, QObject *parent = nullptr);

    // page: the composer's page of this domain (or nullptr: nothing to show); figures: all
    // figures of the report by id; parts: the figures each figure is made of.
    void update(const LayoutPage *page, const QHash<qint64, Figure> &figures,
                const QHash<qint64, QList<Figure>> &parts);

    QString domain() const { return m_domain; }
    QString title() const { return m_title; }
    QString colour() const { return m_colour; }
    FigureModel *figures() const { return m_figures; }
    FigureModel *projects() const { return m_projects; }
    FigureModel *all() const { return m_all; }
    qint64 headlineId() const { return m_headlineId; }
    int pendingCount() const { return m_pendingCount; }
    int chartCount() const { return m_chartCount; }
    QList<QObject *> charts() const;
    SeriesModel *chart(int index) const;

signals:
    void changed();

private:
    QString m_domain;
    QString m_title;
    QString m_colour;
    FigureModel *m_figures;
    FigureModel *m_projects;
    FigureModel *m_all;
    QList<SeriesModel *> m_charts;
    int m_chartCount = 0;
    qint64 m_headlineId = 0;
    int m_pendingCount = 0;
};
