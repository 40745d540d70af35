#include "IndicatorWords.h"

#include <QRegularExpression>
#include <QSet>

namespace IndicatorWords {

namespace {

QStringList words(const char16_t *list)
{
    return QString::fromUtf16(list).split(u' ', Qt::SkipEmptyParts);
}

// Longest first, so that 国家级 is found before 国家 and 主营业务收入 before 收入.
QStringList longestFirst(QStringList list)
{
    std::stable_sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return list;
}

const QStringList &levels()
{
    static const QStringList list = longestFirst(words(
        u"国家级 省级 市级 县级 镇级 乡级 村级 区级 国家级以上 省级以上 市级以上 县级以上 省市级 "
        u"全国 全省 全市 全县 国家 省 市 县"));
    return list;
}

const QStringList &measures()
{
    static const QStringList list = longestFirst(words(
        u"增加值 总产值 产值 利润 利税 利润总额 营业收入 主营业务收入 销售收入 收入 投资 "
        u"余额 总额 产量 总产 面积 外资 内资 出栏 存栏 出口 进口 金额 规模 总量 存量 增量 收益 税收"));
    return list;
}

} // namespace

int hanCount(QStringView s)
{
    int n = 0;
    for (const QChar c : s)
        n += (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) ? 1 : 0;
    return n;
}

QString bare(const QString &name)
{
    static const QRegularExpression marks(QStringLiteral("[“”\"《》「」‘’]"));
    static const QRegularExpression tail(QStringLiteral("（(?:\\d{4}年|起点)）$"));
    QString s = name;
    s.remove(marks);
    s.remove(tail);
    return s.trimmed();
}

bool isLevel(const QString &name)
{
    return levels().contains(name);
}

QString levelIn(const QString &name)
{
    for (const QString &l : levels()) {
        if (l.size() >= 2 && name.contains(l))
            return l;
    }
    return QString();
}

bool isMeasure(const QString &name)
{
    return measures().contains(name);
}

QString measureAtEnd(const QString &name)
{
    for (const QString &m : measures()) {
        if (name.size() > m.size() && name.endsWith(m))
            return m;
    }
    return QString();
}

bool isSharedMeasure(const QString &measure)
{
    static const QSet<QString> shared = [] {
        const QStringList list = words(u"增加值 总产值 产值 营业收入 主营业务收入 销售收入 利润 利税 投资 收入 产量");
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return shared.contains(measure);
}

QString withoutVerbs(const QString &name)
{
    static const QRegularExpression verbs(QString::fromUtf16(
        u"加快|推动|推进|持续|积极|大力|深入|全面|着力|规划|建设|新建|改建|扩建|建成|开通|设立|首创|构建|"
        u"做大|做强|做优|做实|打造|培育|引导|实施|完成|开展|组织|细化|引进|新增|累计|启动|争取|力争|确保|"
        u"实现|达到|突破|增加|提高|提升|改造|投入|发放|兑现|落实|帮助|支持|带动|吸纳|安排|争创|创建|获评|"
        u"入选|列入|认定|谋划|储备|招引|签约|开工|竣工|投产|覆盖|惠及|已|将|要|并|再|又|还|也|共|"
        u"在全[国省市县区]|全部|分别|优先|加大|形成|指|制定|出台|兜牢|初步"));
    QString rest = bare(name);
    rest.remove(verbs);
    return rest;
}

bool isVerbsOnly(const QString &name)
{
    return hanCount(name) >= 1 && hanCount(withoutVerbs(name)) < 2;
}

bool isGeneric(const QString &name)
{
    static const QSet<QString> generic = [] {
        const QStringList list = words(
            u"村 镇 乡 乡镇 街道 社区 村庄 自然村 行政村 城区 县城 园区 片区 企业 项目 产品 单位 道路 路段 "
            u"户 人 人次 家 个 处 所 学校 医院 群众 农户 家庭 基地 平台 工程 其中 累计 总计 合计 总数 "
            u"比重 占比 增速 增幅 增长 同比 全年 全县 年度 年产 "
            // Money moved, with no subject: 累计转贷13.1亿元, 投入资金13亿元.
            u"资金 转贷 授信 融资 贷款 放贷 退税 减税 金额");
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return generic.contains(name) || isLevel(name) || isMeasure(name) || isComparisonFragment(name);
}

bool isComparisonFragment(const QString &name)
{
    static const QRegularExpression fragment(QStringLiteral(
        "^(?:较|比|与|同比)(?:年初|上年|去年|上年同期|去年同期|同期|上年末|年初分别)?(?:分别|均)?$"));
    return fragment.match(name).hasMatch();
}

} // namespace IndicatorWords
