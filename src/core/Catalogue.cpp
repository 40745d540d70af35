#include "Catalogue.h"

#include "compose/Domains.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

struct Seed
{
    const char16_t *key;
    const char *domain;
    const char16_t *shortLabel; // for chart axes; nullptr: the key itself is short enough
    std::initializer_list<const char16_t *> synonyms;
};

// Synonyms are compared after canonicalName(), and a name matches when it equals or
// ends with one of them ("更新大型农机" ends with 农机).
const Seed kSeeds[] = {
    {u"地区生产总值", "economy", u"生产总值", {u"生产总值", u"GDP"}},
    {u"一般公共预算收入", "economy", u"公共预算收入", {u"公共财政收入", u"地方一般公共预算收入", u"财政一般公共预算收入", u"财政收入"}},
    {u"一般公共预算支出", "economy", u"公共预算支出", {u"公共财政支出", u"财政一般公共预算支出"}},
    {u"税收收入", "economy", nullptr, {u"地方税收", u"地方税收收入"}}, // not bare 税收: "…材料产值增长251.9%、税收增长1300%" is a sector's
    {u"规模以上工业增加值", "economy", u"规上工业增加值", {u"工业增加值"}},
    {u"规模以上工业总产值", "industry", u"规上工业产值", {u"工业总产值"}},
    {u"固定资产投资", "economy", nullptr, {u"固定资产投资总额"}},
    {u"社会消费品零售总额", "economy", u"社零总额", {u"消费品零售总额"}},
    {u"外贸进出口总额", "economy", u"进出口总额", {u"进出口总额", u"外贸进出口"}},
    {u"城镇居民人均可支配收入", "economy", u"城镇居民收入", {u"城镇人均可支配收入"}},
    {u"农村居民人均可支配收入", "economy", u"农村居民收入", {u"农民人均可支配收入", u"农村常住居民人均可支配收入", u"农民人均纯收入", u"农村人均可支配收入"}},
    {u"居民人均可支配收入", "economy", u"居民收入", {}},
    {u"第三产业增加值", "economy", u"服务业增加值", {u"服务业增加值"}},
    {u"金融机构存款余额", "economy", u"存款余额", {u"存款余额", u"各项存款余额"}},
    {u"金融机构贷款余额", "economy", u"贷款余额", {u"贷款余额", u"各项贷款余额"}},
    {u"招商引资到位资金", "industry", u"到位资金", {u"到位资金", u"招商到位资金"}},
    {u"新增市场主体", "economy", nullptr, {u"市场主体"}},
    {u"工业投资", "industry", nullptr, {}},
    {u"实际利用内资", "industry", u"利用内资", {u"利用内资", u"内资"}},
    {u"实际利用外资", "industry", u"利用外资", {u"利用外资", u"外资"}},
    {u"签约项目", "industry", nullptr, {}},
    {u"农林牧渔业总产值", "agriculture", u"农业总产值", {u"农业总产值"}},
    {u"粮食总产", "agriculture", u"粮食产量", {u"粮食总产量", u"粮食产量"}},
    {u"高标准农田", "agriculture", nullptr, {}},
    {u"农机", "agriculture", nullptr, {u"大型农机", u"农业机械"}},
    {u"农机智能化率", "agriculture", nullptr, {}},
    {u"侵蚀沟", "agriculture", nullptr, {}},
    {u"安居工程投入", "urban", u"安居工程", {}},
    {u"市政工程投入", "urban", u"市政工程", {}},
    {u"交通工程投入", "urban", u"交通工程", {}},
    {u"文体工程投入", "urban", u"文体工程", {}},
    {u"生态工程投入", "urban", u"生态工程", {}},
    {u"老旧小区", "urban", nullptr, {}},
    {u"市政道路", "urban", nullptr, {}},
    {u"5G基站", "urban", nullptr, {}},
    {u"新增城镇就业", "social", u"城镇新增就业", {u"城镇新增就业", u"新增就业"}},
    {u"城镇登记失业率", "social", u"登记失业率", {u"登记失业率"}},
    {u"养老保险参保", "social", u"养老参保", {u"养老保险参保人数"}},
    {u"常住人口疫苗接种率", "social", u"疫苗接种率", {u"疫苗接种率"}},
};

// The indicators a county's leaders look for first, in the order they read them.
const char16_t *const kHeadlines[] = {
    u"地区生产总值", u"一般公共预算收入", u"规模以上工业增加值", u"固定资产投资",
    u"社会消费品零售总额", u"外贸进出口总额", u"城镇居民人均可支配收入", u"农村居民人均可支配收入",
    u"居民人均可支配收入", u"粮食总产", u"招商引资到位资金", u"新增城镇就业", u"税收收入",
    u"金融机构存款余额", u"金融机构贷款余额", u"实际利用外资", u"签约项目", u"农林牧渔业总产值",
    u"城镇登记失业率",
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
        e.shortLabel = s.shortLabel ? QString::fromUtf16(s.shortLabel) : e.key;
        int rank = 0;
        for (const char16_t *h : kHeadlines) {
            if (e.key == QStringView(h))
                e.headlineRank = rank;
            ++rank;
        }
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
    // 规上工业全口径税收, 旅游业增加值: an indicator of one sector is not the county's
    // (税收收入, 第三产业增加值), though it ends with its name.
    static const QRegularExpression sector(QStringLiteral("工业|企业|行业|服务业|旅游|民营|国有|网络|电商"));
    for (const Entry &e : m_entries) {
        for (const QString &syn : e.synonyms) {
            if (c == syn)
                return &e;
            if (isDerived && !derived.match(syn).hasMatch())
                continue;
            // A longer synonym at the end is more specific (城镇居民人均… beats 居民人均…).
            if (syn.size() > bestLength && c.endsWith(syn) && !sector.match(QStringView(c).left(c.size() - syn.size())).hasMatch()) {
                best = &e;
                bestLength = syn.size();
            }
        }
    }
    return best;
}

QString Catalogue::displayName(const QString &name) const
{
    static const QRegularExpression leading(QStringLiteral("^(?:全县|全区|全市|全旗|全年|我县|我区|其中)+"));
    // Words that narrow an indicator to a scope a leader reads as part of its name.
    static const QRegularExpression scope(
        QStringLiteral("^(?:县级|地方|全体|城乡|规模以上|限额以上|全口径|实际|财政|金融机构|外贸|招商引资|全社会|新增)+$"));
    QString s = name.simplified();
    s.remove(u' ').remove(QChar(0x201C)).remove(QChar(0x201D)).remove(u'"');
    s.remove(leading);
    const Entry *e = find(s);
    if (!e)
        return s;
    const QString c = canonicalName(s);
    qsizetype matched = 0;
    for (const QString &syn : e->synonyms) {
        if (c == syn)
            return e->key;
        if (c.endsWith(syn))
            matched = std::max(matched, syn.size());
    }
    const QString prefix = c.left(c.size() - matched);
    return scope.match(prefix).hasMatch() ? s : e->key;
}

QString Catalogue::shortLabel(const QString &name) const
{
    const QString display = displayName(name);
    if (const Entry *e = find(display); e && display == e->key)
        return e->shortLabel;
    QString s = display;
    s.replace(QStringLiteral("规模以上"), QStringLiteral("规上"));
    s.replace(QStringLiteral("限额以上"), QStringLiteral("限上"));
    s.replace(QStringLiteral("社会消费品零售总额"), QStringLiteral("社零总额"));
    s.replace(QStringLiteral("人均可支配收入"), QStringLiteral("人均收入"));
    return s;
}

int Catalogue::headlineRank(const QString &name) const
{
    const Entry *e = find(name);
    return e ? e->headlineRank : -1;
}

QString Catalogue::keyFor(const QString &name) const
{
    if (const Entry *e = find(name))
        return e->key;
    return canonicalName(name);
}

QString Catalogue::domainForSectionTitle(const QString &title)
{
    return Domains::forSectionTitle(title);
}

QString Catalogue::domainFor(const QString &name, const QStringList &sectionTitles) const
{
    if (const Entry *e = find(name))
        return e->domain;
    QString bySection;
    for (const QString &title : sectionTitles) {
        bySection = domainForSectionTitle(title);
        if (!bySection.isEmpty())
            break;
    }
    // A section of its own domain decides (生猪养殖小镇 under 产业项目 is a project); the
    // economy's review paragraphs and untitled parts list every domain's figures, so there
    // the name's own things (粮食产量, 农村公路, 学校) decide.
    if (bySection.isEmpty() || bySection == u"economy") {
        if (const QString byName = Domains::forFigureName(name); !byName.isEmpty())
            return byName;
    }
    return bySection.isEmpty() ? QStringLiteral("economy") : bySection;
}
