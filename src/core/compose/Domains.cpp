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
    // Words that name the domain's own things whatever section they stand in: a review
    // paragraph "综合实力稳步提升" lists 粮食产量 beside 生产总值. They decide where the section
    // is the economy's or none.
    const char16_t *nameWords;
    bool hasPage;
    int matchOrder; // the order section titles are tested in
};

const Row kRows[] = {
    {"economy", QT_TRANSLATE_NOOP("Domains", "经济运行"), "#3ccbff", u"经济|财政|消费|投资|开放|改革|发展环境|综合实力", u"", true, 5},
    {"agriculture", QT_TRANSLATE_NOOP("Domains", "现代农业"), "#6ee07a",
     u"农业|粮|农田|乡村振兴|乡村全面振兴|三农|畜牧|种业|乡村产业",
     u"粮食|粮油|生猪|牛羊|家禽|畜禽|畜牧|耕地|农田|农业|农产品|农机|农作物|种植|养殖|水产|渔业|渔场|蔬菜|水果|果园|茶园|"
     u"烟叶|甘蔗|中药材|第一产业|家庭农场|合作社|种业|良种|土地流转|灌溉",
     true, 0},
    {"industry", QT_TRANSLATE_NOOP("Domains", "产业项目"), "#ffb347", u"产业|招商|项目|园|工业|企业",
     u"工业|专精特新|高新技术企业|小巨人|单项冠军|招商|签约项目|产业园", true, 1},
    {"urban", QT_TRANSLATE_NOOP("Domains", "城乡建设"), "#7f8cff",
     u"城乡面貌|城乡建设|城市|城区|城镇|交通|市政|生态|环境整治|人居环境|基础设施|宜居",
     u"道路|公路|管网|污水|垃圾|供水|供暖|燃气|公厕|绿道|绿化|老旧小区|棚户|空气质量|优良天数|森林覆盖率|造林|5G", true, 2},
    {"social", QT_TRANSLATE_NOOP("Domains", "社会事业"), "#ff7eb6",
     u"社会事业|就业|教育|医疗|卫生|民生|养老|社会保障",
     u"就业|失业|学校|学生|幼儿园|教育|教师|医院|医疗|医保|卫生院|卫生室|养老|低保|参保|社保|救助|残疾|退役|疫苗|核酸", true, 3},
    {"governance", QT_TRANSLATE_NOOP("Domains", "政府建设"), "#93a9cc",
     u"法治|政府|党建|党风|作风|安全|治理|廉政|意识形态|政治|监督|执法|决策", u"", false, 4},
};

using Rules = QList<std::pair<QString, QRegularExpression>>;

// The rows' words of one column as regular expressions, in the order that resolves
// overlaps (农业 before 产业, 生态 in urban before economy).
Rules rulesOf(const char16_t *Row::*column)
{
    QList<std::pair<int, int>> order;
    for (int i = 0; i < int(std::size(kRows)); ++i)
        order.append({kRows[i].matchOrder, i});
    std::sort(order.begin(), order.end());
    Rules l;
    for (const auto &[rank, i] : order) {
        const QString words = QString::fromUtf16(kRows[i].*column);
        if (!words.isEmpty())
            l.append({QString::fromLatin1(kRows[i].id), QRegularExpression(words)});
    }
    return l;
}

QString firstMatch(const Rules &rules, const QString &text)
{
    for (const auto &[id, words] : rules) {
        if (words.match(text).hasMatch())
            return id;
    }
    return {};
}

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
    static const Rules rules = rulesOf(&Row::sectionWords);
    return firstMatch(rules, title);
}

QString forFigureName(const QString &name)
{
    static const Rules rules = rulesOf(&Row::nameWords);
    return firstMatch(rules, name);
}

} // namespace Domains
