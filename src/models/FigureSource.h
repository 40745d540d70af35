#pragma once

#include "Figure.h"

#include <QList>
#include <QString>
#include <optional>

// One year of an indicator as that year's report states it.
struct YearFigure
{
    int year = 0;
    Figure figure;
    QString paragraph;  // the paragraph of its sentence, where a report explains a break
};

// What the drill-down reads beyond the report on screen: the other years of an indicator, a
// figure of another report, its parts, a report's text. The detail asks and never runs a
// query itself, so it can be tested against a fake; Dashboard hands it one over the store.
class FigureSource
{
public:
    virtual ~FigureSource() = default;

    // Every year of the county whose report states the indicator (catalogue key) among its
    // results, oldest first: reported figures only, pending ones included, nothing derived.
    virtual QList<YearFigure> history(const QString &county, const QString &key) = 0;
    virtual std::optional<Figure> figure(qint64 figureId) = 0;
    virtual QList<Figure> children(qint64 figureId) = 0;
    // The original text of the county's report on that year; empty when there is none.
    virtual QString reportText(const QString &county, int year) = 0;
};
