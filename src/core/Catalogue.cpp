#include "Catalogue.h"

#include <QHash>
#include <QRegularExpression>

namespace {

struct Seed
{
    const char16_t *key;
    const char *domain;
    std::initializer_list<const char16_t *> synonyms;
};

// Synonyms are compared after canonicalName(), and a name matches when it equals or
// ends with one of them ("更新大型农机" ends with 农机).
const Seed kSeeds[] = {
    {u"地区生产总值", "economy", {u"生产总值", u"GDP"}},
    {u"一般公共预算收入", "economy", {u"公共财政收入", u"地方一般公共预算收入", u"财政一般公共预算收入", u"财政收入"}},
    {u"一般公共预算支出", "economy", {u"公共财政支出", u"财政一般公共预算支出"}},
    {u"税收收入", "economy", {u"税收"}},
    {u"规模以上工业增加值", "economy", {u"工业增加值"}},
    {u"规模以上工业总产值", "industry", {u"工业总产值"}},
    {u"固定资产投资", "economy", {u"固定资产投资总额"}},
    {u"社会消费品零售总额", "economy", {u"消费品零售总额"}},
    {u"外贸进出口总额", "economy", {u"进出口总额", u"外贸进出口"}},
    {u"城镇居民人均可支配收入", "economy", {}},
    {u"农村居民人均可支配收入", "economy", {u"农民人均可支配收入", u"农村常住居民人均可支配收入", u"农民人均纯收入"}},
    {u"居民人均可支配收入", "economy", {}},
    {u"第三产业增加值", "economy", {u"服务业增加值"}},
    {u"新增市场主体", "economy", {u"市场主体"}},
    {u"工业投资", "industry", {}},
    {u"实际利用内资", "industry", {u"利用内资", u"内资"}},
    {u"实际利用外资", "industry", {u"利用外资", u"外资"}},
    {u"签约项目", "industry", {}},
    {u"农林牧渔业总产值", "agriculture", {u"农业总产值"}},
    {u"粮食总产", "agriculture", {u"粮食总产量", u"粮食产量"}},
    {u"高标准农田", "agriculture", {}},
    {u"农机", "agriculture", {u"大型农机", u"农业机械"}},
    {u"农机智能化率", "agriculture", {}},
    {u"侵蚀沟", "agriculture", {}},
    {u"安居工程投入", "urban", {}},
    {u"市政工程投入", "urban", {}},
    {u"交通工程投入", "urban", {}},
    {u"文体工程投入", "urban", {}},
    {u"生态工程投入", "urban", {}},
    {u"老旧小区", "urban", {}},
    {u"市政道路", "urban", {}},
    {u"5G基站", "urban", {}},
    {u"新增城镇就业", "social", {u"城镇新增就业"}},
    {u"城镇登记失业率", "social", {u"登记失业率"}},
    {u"养老保险参保", "social", {u"养老保险参保人数"}},
    {u"常住人口疫苗接种率", "social", {u"疫苗接种率"}},
};

struct Rule
{
    const char *domain;
    const char16_t *pattern;
};

// Order matters: the first rule whose keywords occur in a section title wins.
const Rule kRules[] = {
    {"agriculture", u"农业|粮|农田|乡村振兴|畜牧|种业"},
    {"industry", u"产业|招商|项目|园|工业|企业"},
    {"urban", u"城乡面貌|城市|城区|交通|市政|生态|环境整治|基础设施"},
    {"social", u"社会事业|就业|教育|医疗|卫生|民生|养老|社会保障"},
    {"governance", u"法治|政府|党建|党风|作风|安全|治理|廉政|意识形态|政治|监督|执法|决策"},
    {"economy", u"经济|财政|消费|投资|开放|改革|发展环境"},
};

} // namespace

const Catalogue &Catalogue::instance()
{
    static const Catalogue catalogue;
    return catalogue;
}

Catalogue::Catalogue()
{
    for (const Seed &s : kSeeds) {
        Entry e;
        e.key = QString::fromUtf16(s.key);
        e.domain = QString::fromLatin1(s.domain);
        e.synonyms.append(e.key);
        for (const char16_t *syn : s.synonyms)
            e.synonyms.append(canonicalName(QString::fromUtf16(syn)));
        m_entries.append(e);
    }
}

QString Catalogue::canonicalName(const QString &name)
{
    static const QRegularExpression leading(
        QStringLiteral("^(?:全县|全区|全市|全旗|全镇|全年|全社会|限额以上|我县|我区|其中)+"));
    QString s = name;
    s.remove(QChar(0x201C)).remove(QChar(0x201D)).remove(QLatin1Char('"'));
    s.replace(QStringLiteral("规模以上"), QStringLiteral("\x01"));
    s.replace(QStringLiteral("规上"), QStringLiteral("\x01"));
    s.replace(QStringLiteral("规模"), QStringLiteral("\x01"));
    s.replace(QStringLiteral("\x01"), QStringLiteral("规模以上"));
    s.remove(leading);
    // 城镇常住居民人均可支配收入 is the 城镇居民 indicator under its census-era name.
    s.replace(QStringLiteral("常住居民"), QStringLiteral("居民"));
    return s.isEmpty() ? name : s;
}

const Catalogue::Entry *Catalogue::find(const QString &name) const
{
    // Reports repeat names and parsing is re-run on every import; a per-thread memo
    // keeps the catalogue lookup off the profile without locking.
    thread_local QHash<QString, const Entry *> memo;
    const auto hit = memo.constFind(name);
    if (hit != memo.constEnd())
        return hit.value();
    if (memo.size() > 4096)
        memo.clear();
    const Entry *found = lookup(name);
    memo.insert(name, found);
    return found;
}

const Catalogue::Entry *Catalogue::lookup(const QString &name) const
{
    const QString c = canonicalName(name);
    const Entry *best = nullptr;
    qsizetype bestLength = 0;
    // 人均地区生产总值, 畜牧业占农业总产值, 工业增加值增速: a ratio or a rate built on an
    // indicator is not that indicator.
    static const QRegularExpression derived(QStringLiteral("人均|占|比重|增速|增幅|（"));
    const bool isDerived = derived.match(c).hasMatch();
    for (const Entry &e : m_entries) {
        for (const QString &syn : e.synonyms) {
            if (c == syn)
                return &e;
            if (isDerived && !derived.match(syn).hasMatch())
                continue;
            // A longer synonym at the end is more specific (城镇居民人均… beats 居民人均…).
            if (syn.size() > bestLength && c.endsWith(syn)) {
                best = &e;
                bestLength = syn.size();
            }
        }
    }
    return best;
}

QString Catalogue::keyFor(const QString &name) const
{
    if (const Entry *e = find(name))
        return e->key;
    return canonicalName(name);
}

QString Catalogue::domainForSectionTitle(const QString &title)
{
    static const QList<QPair<QString, QRegularExpression>> rules = [] {
        QList<QPair<QString, QRegularExpression>> list;
        for (const Rule &r : kRules)
            list.append({QString::fromLatin1(r.domain), QRegularExpression(QString::fromUtf16(r.pattern))});
        return list;
    }();
    for (const auto &rule : rules) {
        if (rule.second.match(title).hasMatch())
            return rule.first;
    }
    return {};
}

QString Catalogue::domainFor(const QString &name, const QStringList &sectionTitles) const
{
    if (const Entry *e = find(name))
        return e->domain;
    for (const QString &title : sectionTitles) {
        const QString d = domainForSectionTitle(title);
        if (!d.isEmpty())
            return d;
    }
    return QStringLiteral("economy");
}
