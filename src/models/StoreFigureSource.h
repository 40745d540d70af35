#pragma once

#include "FigureSource.h"

#include <QHash>

class Store;

// The detail's reader over the open store. Report texts are kept until the next setStore
// (Dashboard calls it after every reload), so a drill-down reads each year's text once.
class StoreFigureSource : public FigureSource
{
public:
    void setStore(Store *store);

    QList<YearFigure> history(const QString &county, const QString &key) override;
    std::optional<Figure> figure(qint64 figureId) override;
    QList<Figure> children(qint64 figureId) override;
    QString reportText(const QString &county, int year) override;

private:
    Store *m_store = nullptr;
    QHash<QString, QString> m_texts;
};
