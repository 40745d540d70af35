#pragma once

#include "Figure.h"
#include "TargetRows.h"
#include "compose/Layout.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QtQml/qqmlregistration.h>

// The targets page as the composer laid it out, in two groups: last year's targets beside
// this report's results (the review), then the targets this report sets for the coming year.
// Target cards of the previous report point into Dashboard's other years.
class TargetsData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The targets come from Dashboard")
    // Rows on the page, both groups; 0: no page.
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(int reviewYear READ reviewYear NOTIFY changed)
    Q_PROPERTY(int comingYear READ comingYear NOTIFY changed)
    Q_PROPERTY(int metCount READ metCount NOTIFY changed)
    Q_PROPERTY(int missedCount READ missedCount NOTIFY changed)
    // The first target on the page and the year its report reviews: what export's detail opens.
    Q_PROPERTY(qint64 headlineId READ headlineId NOTIFY changed)
    Q_PROPERTY(int headlineYear READ headlineYear NOTIFY changed)
    Q_PROPERTY(TargetRows *review READ review CONSTANT)
    Q_PROPERTY(TargetRows *coming READ coming CONSTANT)

public:
    explicit TargetsData(QObject *parent = nullptr);

    // page: the composer's targets page (nullptr: none); year: the year the shown report
    // reviews; figures: its figures by id; otherYears: the county's other reports by year.
    void update(const LayoutPage *page, int year, const QHash<qint64, Figure> &figures,
                const QMap<int, QList<Figure>> &otherYears);

    int count() const { return m_review->rowCount() + m_coming->rowCount(); }
    QString title() const { return m_title; }
    int reviewYear() const { return m_reviewYear; }
    int comingYear() const { return m_comingYear; }
    int metCount() const { return m_met; }
    int missedCount() const { return m_missed; }
    qint64 headlineId() const { return m_headlineId; }
    int headlineYear() const { return m_headlineYear; }
    TargetRows *review() const { return m_review; }
    TargetRows *coming() const { return m_coming; }

signals:
    void changed();

private:
    TargetRows *m_review;
    TargetRows *m_coming;
    QString m_title;
    int m_reviewYear = 0;
    int m_comingYear = 0;
    qint64 m_headlineId = 0;
    int m_headlineYear = 0;
    int m_met = 0;
    int m_missed = 0;
};
