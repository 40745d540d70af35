#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The domains of a report in one table: the pages they get, their titles and colours, and
// the words of section titles that put a figure in them. A new page is one row here plus
// the translation of its title.
struct Domain
{
    QString id;             // economy, agriculture, …; also the page name
    QString title;          // translated
    QString colour;         // accent of its page, "#rrggbb"
    QString sectionWords;   // regex alternatives found in section titles
    bool hasPage = true;    // governance is counted but has no page of its own
};

namespace Domains {

// Every domain, in page order (governance last).
QList<Domain> all();
// Those with a page, in page order.
QList<Domain> pages();
// overview, the domain pages and targets (shown only when a report states targets): the
// names --page accepts.
QStringList pageNames();
// The title of a page by name (overview and targets included), translated.
QString pageTitle(const QString &name);
// The first domain whose section words occur in the title, checked in the order that
// resolves overlaps (农业 before 产业, 生态 in urban before economy); empty when none.
QString forSectionTitle(const QString &title);
// The first domain whose own things (粮食, 生猪, 道路, 学校 …) the figure's name speaks of;
// empty when none. It decides where the section is the economy's or none: review paragraphs mix domains.
QString forFigureName(const QString &name);

} // namespace Domains
