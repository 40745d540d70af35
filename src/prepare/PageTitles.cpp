#include "PageTitles.h"

#include "compose/Domains.h"

#include <QCoreApplication>

namespace PageTitles {

QStringList pages()
{
    QStringList ids;
    for (const Domain &d : Domains::all())
        ids.append(d.id);
    return ids;
}

QString title(const QString &page)
{
    // The same words as the wall's page titles (Main.qml).
    static const char *const titles[][2] = {
        {"overview", QT_TRANSLATE_NOOP("PageTitles", "总览")},
        {"economy", QT_TRANSLATE_NOOP("PageTitles", "经济运行")},
        {"agriculture", QT_TRANSLATE_NOOP("PageTitles", "现代农业")},
        {"industry", QT_TRANSLATE_NOOP("PageTitles", "产业项目")},
        {"urban", QT_TRANSLATE_NOOP("PageTitles", "城乡建设")},
        {"social", QT_TRANSLATE_NOOP("PageTitles", "社会事业")},
        {"governance", QT_TRANSLATE_NOOP("PageTitles", "政府建设")},
    };
    for (const auto &t : titles) {
        if (page == QLatin1String(t[0]))
            return QCoreApplication::translate("PageTitles", t[1]);
    }
    return page;
}

} // namespace PageTitles
