#pragma once

#include "Figure.h"
#include "StoreTypes.h"

#include <QSqlDatabase>
#include <optional>

// Every read query of the store. Figures come back with their sentence cut from the
// report's text (they store it by reference).
class StoreReader
{
public:
    StoreReader(QSqlDatabase db, QString *lastError);

    QList<ReportInfo> reports();
    std::optional<ReportInfo> report(qint64 reportId);
    std::optional<ReportInfo> latestReport();
    QString reportText(qint64 reportId);
    QList<Section> sections(qint64 reportId);
    QList<Figure> figures(qint64 reportId);
    std::optional<Figure> figure(qint64 figureId);
    QList<Figure> children(qint64 figureId);
    QList<Highlight> highlights(qint64 reportId);
    QList<TrendPoint> trend(const QString &county, const QString &key);

private:
    QList<Figure> readFigures(const QString &where, const QVariant &bound);
    void attachSentences(QList<Figure> &figures, const QList<qint64> &reportIds);

    QSqlDatabase m_db;
    QString *m_lastError;
};
