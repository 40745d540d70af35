#include "Domains.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace {

struct Row
{
    const char *id;
    const char *title;
    const char *colour;
    const char16_t *sectionWords;
    bool hasPage;
    int matchOrder; // the order section titles are tested in
};

const Row kRows[] = {
    {"economy", QT_TRANSLATE_NOOP("Domains", "经济运行"), "#3ccbff", u"经济|财政|消费|投资|开放|改革|发展环境", true, 5},
    {"agriculture", QT_TRANSLATE_NOOP("Domains", "现代农业"), "#6ee07a", u"农业|粮|农田|乡村振兴|畜牧|种业", true, 0},
    {"industry", QT_TRANSLATE_NOOP("Domains", "产业项目"), "#ffb347", u"产业|招商|项目|园|工业|企业", true, 1},
    {"urban", QT_TRANSLATE_NOOP("Domains", "城乡建设"), "#7f8cff", u"城乡面貌|城市|城区|交通|市政|生态|环境整治|基础设施", true, 2},
    {"social", QT_TRANSLATE_NOOP("Domains", "社会事业"), "#ff7eb6", u"社会事业|就业|教育|医疗|卫生|民生|养老|社会保障", true, 3},
    {"governance", QT_TRANSLATE_NOOP("Domains", "政府建设"), "#93a9cc",
     u"法治|政府|党建|党风|作风|安全|治理|廉政|意识形态|政治|监督|执法|决策", false, 4},
};

const char *const kOverviewTitle = QT_TRANSLATE_NOOP("Domains", "总览");
const char *const kTargetsTitle = QT_TRANSLATE_NOOP("Domains", "目标任务");

} // namespace

namespace Domains {

QList<Domain> all()
{
    // Built on each call: titles follow the translator installed at the time.
    QList<Domain> l;
    for (const Row &r : kRows) {
        l.append({QString::fromLatin1(r.id), QCoreApplication::translate("Domains", r.title),
                  QString::fromLatin1(r.colour), QString::fromUtf16(r.sectionWords), r.hasPage});
    }
    return l;
}

QList<Domain> pages()
{
    QList<Domain> l;
    for (const Domain &d : all()) {
        if (d.hasPage)
            l.append(d);
    }
    return l;
}

QStringList pageNames()
{
    QStringList names{QStringLiteral("overview")};
    for (const Domain &d : pages())
        names.append(d.id);
    names.append(QStringLiteral("targets"));
    return names;
}

QString pageTitle(const QString &name)
{
    if (name == u"overview")
        return QCoreApplication::translate("Domains", kOverviewTitle);
    if (name == u"targets")
        return QCoreApplication::translate("Domains", kTargetsTitle);
    for (const Domain &d : all()) {
        if (d.id == name)
            return d.title;
    }
    return name;
}

QString forSectionTitle(const QString &title)
{
    static const QList<std::pair<QString, QRegularExpression>> rules = [] {
        QList<std::pair<int, int>> order;
        for (int i = 0; i < int(std::size(kRows)); ++i)
            order.append({kRows[i].matchOrder, i});
        std::sort(order.begin(), order.end());
        QList<std::pair<QString, QRegularExpression>> l;
        for (const auto &[rank, i] : order)
            l.append({QString::fromLatin1(kRows[i].id), QRegularExpression(QString::fromUtf16(kRows[i].sectionWords))});
        return l;
    }();
    for (const auto &[id, words] : rules) {
        if (words.match(title).hasMatch())
            return id;
    }
    return {};
}

} // namespace Domains
