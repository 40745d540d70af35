#include "LayoutJson.h"

#include <QJsonArray>

namespace LayoutJson {

namespace {

QJsonObject cardJson(const LayoutCard &card, bool targets)
{
    QJsonObject o{{QStringLiteral("figure"), card.figure}, {QStringLiteral("label"), card.label}};
    if (targets) {
        o.insert(QStringLiteral("result"), card.result ? QJsonValue(card.result) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("met"), card.met == LayoutCard::Met::Unknown ? QJsonValue(QJsonValue::Null)
                                                                               : QJsonValue(card.met == LayoutCard::Met::Yes));
    }
    return o;
}

QJsonObject chartJson(const LayoutChart &chart)
{
    QJsonArray points;
    for (const LayoutPoint &p : chart.points) {
        QJsonObject o{{QStringLiteral("figure"), p.figure}, {QStringLiteral("label"), p.label}};
        if (!p.series.isEmpty())
            o.insert(QStringLiteral("series"), p.series);
        if (!p.note.isEmpty())
            o.insert(QStringLiteral("note"), p.note);
        points.append(o);
    }
    return {{QStringLiteral("kind"), chart.kind},
            {QStringLiteral("title"), chart.title},
            {QStringLiteral("unit"), chart.unit},
            {QStringLiteral("measure"), chart.measure},
            {QStringLiteral("points"), points}};
}

} // namespace

QJsonObject toJson(const Layout &layout)
{
    QJsonArray pages;
    for (const LayoutPage &page : layout.pages) {
        const bool targets = page.name == u"targets";
        QJsonArray cards;
        for (const LayoutCard &c : page.cards)
            cards.append(cardJson(c, targets));
        QJsonArray charts;
        for (const LayoutChart &c : page.charts)
            charts.append(chartJson(c));
        QJsonArray all;
        for (qint64 id : page.all)
            all.append(id);
        pages.append(QJsonObject{{QStringLiteral("name"), page.name},
                                 {QStringLiteral("title"), page.title},
                                 {QStringLiteral("cards"), cards},
                                 {QStringLiteral("charts"), charts},
                                 {QStringLiteral("all"), all}});
    }
    QJsonArray warnings;
    for (const QString &w : layout.dataWarnings)
        warnings.append(w);
    return {{QStringLiteral("size"), QStringLiteral("%1x%2").arg(layout.size.width()).arg(layout.size.height())},
            {QStringLiteral("county"), layout.county},
            {QStringLiteral("year"), layout.year},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("dataWarnings"), warnings},
            {QStringLiteral("pendingShown"), layout.pendingShown},
            {QStringLiteral("pendingElsewhere"), layout.pendingElsewhere}};
}

} // namespace LayoutJson
