#include "ReportParser.h"

#include "Catalogue.h"
#include "Mask.h"
#include "TextNormalizer.h"
#include "parse/Names.h"
#include "parse/Parts.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

using Norm = TextNormalizer::Result;

constexpr char16_t kComma = u'，';
constexpr char16_t kSemicolon = u'；';
constexpr char16_t kColon = u'：';
constexpr char16_t kPeriod = u'。';
constexpr char16_t kDun = u'、';

// How far back a name may reach; real indicator names are short, and the bound keeps a
// megabyte-long line without punctuation linear.
constexpr int kMaxNameContext = 40;
constexpr int kMaxNameLength = 18;
constexpr int kMaxListNameLength = 24;
constexpr int kMaxHighlights = 40;

const QString &unitsPattern()
{
    // Longest first: PCRE alternation takes the first that fits.
    static const QString units = QStringLiteral(
        "亿美元|万美元|美元|亿元|万元|元|个百分点|%|万亩|亩|亿斤|万斤|万吨标准煤|吨标准煤|万吨|吨|"
        "公斤|千克|万头|头|万只|万羽|万株|株|万棵|棵|万公顷|公顷|万平方公里|平方公里|平方千米|"
        "万平方米|平方米|亿立方米|万立方米|立方米|公里|千米|米|亿千瓦时|万千瓦时|千瓦时|万千瓦|千瓦|兆瓦|"
        "万标箱|标箱|台套|万台|台|万户|户|亿人次|万人次|人次|万人|人(?![民均大口])|个(?!百分点)|座|"
        "万家|家|项|栋|处|条|所|万件|件|部(?!门)|次|份|万名|名|万辆|辆|万套|套|间|张|批|万册|册|倍");
    return units;
}

const QRegularExpression &quantityRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9A-Za-z.])(-?)(\\d+(?:\\.\\d+)?|[xX]+(?:\\.[xX]+)?)(余|多)?(%1)(余|多)?(左右|以内|以上|之内|大关)?")
            .arg(unitsPattern()));
    return re;
}

const QRegularExpression &growthTailRe()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:同比|[比较与](?:上年|去年|\\d{4}年)(?:末|底|同期)?|年均|平均|分别|自然|均|基本|保持|可比|名义|实际|现价)*"
        "(?:负增长|增长|下降|减少|增幅|增速|提高|提升|降低|回落|下滑|上涨|上升|增加|持平)"
        "了?(?:分别)?(?:为|达|达到)?$"));
    return re;
}

const QRegularExpression &fromTailRe()
{
    static const QRegularExpression re(QStringLiteral("(?:由|从)(?:(\\d{4})年(?:的|底|末)?)?$"));
    return re;
}

const QRegularExpression &toHeadRe()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|发展|跃升|降|增|减|升)?(?:到|至)(?:\\d{4}年(?:的|底|末)?)?$"));
    return re;
}

const QRegularExpression &investNameRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:累计|总|共)?(?:(?:投入|投资|筹措|争取|整合)(?:资金)?|投入[\\x{3400}-\\x{9FFF}]{1,4}资金)$"));
    return re;
}

const QRegularExpression &investObjectRe()
{
    static const QRegularExpression re(QStringLiteral(
        "^，?(用于|实施|建设|建立|推进|开展|打造|的)?([^，。；！？：（\\n]{1,24})"));
    return re;
}

const QRegularExpression &rankRe()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:(?:增速|增幅|总量|总面积|总额|规模)?(?:位列|位居|居于|居|排名|排在|排|列)(?:全国|全省|全市|全州|全盟|全区|省|市|同类县市?|同类)"
        "[^，。；！？、]{0,8}?(?:第[一二三四五六七八九十\\d]+(?:位|名)?|前列|前[一二三四五六七八九十\\d]+(?:位|名)?|首位|榜首))"
        "|(?:(?:全国|全省|全市|全盟|全州)[^，。；！？、\\d]{0,6}?(?:最快|最高|最多|最好|第一))"));
    return re;
}

const QRegularExpression &dateRe()
{
    static const QRegularExpression re(QStringLiteral("(\\d{4})年\\d{1,2}月\\d{1,2}日"));
    return re;
}

bool isHan(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool isBoundary(QChar c)
{
    return c == kComma || c == kSemicolon || c == kColon || c == kPeriod || c == u'！' || c == u'？'
        || c == u'\n';
}

struct Qty
{
    int numStart = 0;
    int numEnd = 0;
    int unitEnd = 0;
    int end = 0; // after trailing qualifiers (and a consumed noun)
    QString numText;
    bool masked = false;
    double value = 0;
    QString unit;
    QStringList quals;
    int clause = 0;
    int segment = 0;
    bool growth = false;
    bool negative = false;
    bool flat = false;     // 持平: a growth of zero with no number written
    bool bareUnit = false; // a number with no unit of its own ("降至0")
};

struct NameInfo
{
    QString name;
    QStringList quals;
    bool fenbie = false;
    bool sameCaliber = false;
    bool isFrom = false;
    QString fromYear;
};

void addQual(QStringList &quals, const QString &q)
{
    if (!q.isEmpty() && !quals.contains(q))
        quals.append(q);
}

struct Token
{
    const char16_t *text;
    const char16_t *qual;
};

// Words before a name that only set scope or time.
const Token kLeading[] = {
    {u"以及", nullptr}, {u"、", nullptr}, {u"和", nullptr}, {u"及", nullptr}, {u"与", nullptr},
    {u"并", nullptr}, {u"其中", nullptr}, {u"同时", nullptr}, {u"另外", nullptr}, {u"此外", nullptr},
    {u"全年", nullptr}, {u"今年", nullptr}, {u"当年", nullptr}, {u"年内", nullptr}, {u"全县", nullptr},
    {u"全区", nullptr}, {u"全市", nullptr}, {u"全旗", nullptr}, {u"全镇", nullptr}, {u"我县", nullptr},
    {u"我区", nullptr}, {u"我市", nullptr}, {u"共计", nullptr}, {u"合计", nullptr}, {u"累计", u"累计"},
    {u"预计", u"预计"}, {u"实现", nullptr}, {u"完成", nullptr}, {u"上半年", nullptr},
    {u"前三季度", nullptr}, {u"“", nullptr}, {u"”", nullptr}, {u"力争", nullptr}, {u"确保", nullptr},
    {u"预期", nullptr}, {u"年末", nullptr}, {u"年底", nullptr}, {u"截至目前", nullptr}, {u"目前", nullptr},
    {u"首次", u"首次"},
};

// Verbs and qualifiers between a name and its number.
const Token kTrailing[] = {
    // Longer verbs first: the first token that ends the name is taken.
    {u"每人每月", nullptr}, {u"每人每年", nullptr}, {u"每月", nullptr}, {u"每年", nullptr},
    {u"提高到", nullptr}, {u"提高至", nullptr}, {u"提升到", nullptr}, {u"提升至", nullptr},
    {u"增加到", nullptr}, {u"增加至", nullptr}, {u"增长到", nullptr}, {u"增长至", nullptr},
    {u"扩大到", nullptr}, {u"扩大至", nullptr}, {u"上升到", nullptr}, {u"上升至", nullptr},
    {u"下降到", nullptr}, {u"下降至", nullptr}, {u"降低到", nullptr}, {u"降低至", nullptr},
    {u"减少到", nullptr}, {u"减少至", nullptr}, {u"缩小到", nullptr}, {u"缩小至", nullptr},
    {u"压减至", nullptr}, {u"压减到", nullptr}, {u"压缩至", nullptr}, {u"压缩到", nullptr},
    {u"降至", nullptr}, {u"增至", nullptr},
    {u"调整为", nullptr}, {u"调整到", nullptr},
    {u"实现了", nullptr}, {u"完成了", nullptr}, {u"达到了", nullptr}, {u"实现", nullptr},
    {u"完成", nullptr}, {u"达到", nullptr}, {u"已达", nullptr}, {u"达", nullptr}, {u"为", nullptr},
    {u"是", nullptr}, {u"至", nullptr}, {u"到", nullptr}, {u"分别", nullptr}, {u"共计", nullptr},
    {u"合计", nullptr}, {u"总计", nullptr}, {u"共", nullptr}, {u"累计", u"累计"}, {u"预计", u"预计"},
    {u"逼近", u"逼近"}, {u"接近", u"近"}, {u"约", u"约"}, {u"近", u"近"}, {u"超过", u"超"},
    {u"超", u"超"}, {u"突破", u"突破"}, {u"控制在", nullptr}, {u"保持在", nullptr}, {u"稳定在", nullptr},
    {u"同比", nullptr}, {u"比上年", nullptr}, {u"年均", nullptr}, {u"已", nullptr}, {u"有", nullptr},
    {u"均", nullptr}, {u"，", nullptr}, {u"、", nullptr}, {u"首次", u"首次"}, {u"首度", u"首次"},
    {u"再次", nullptr}, {u"一举", nullptr}, {u"成功", nullptr},
};

// Verbs in front of an object counted ("改造老旧小区xx个" counts 老旧小区).
const Token kLeadingVerbs[] = {
    {u"升级新建", nullptr}, {u"新改建", nullptr}, {u"排查整治", nullptr}, {u"检查指导", nullptr},
    {u"集体研究", nullptr}, {u"带头讲", nullptr}, {u"建设", nullptr}, {u"新建", nullptr},
    {u"建成", nullptr}, {u"改造", nullptr}, {u"更新", nullptr}, {u"治理", nullptr},
    {u"引进", nullptr}, {u"建立", nullptr}, {u"落实", nullptr}, {u"发放", nullptr},
    {u"清理", nullptr}, {u"清查", nullptr}, {u"梳理", nullptr}, {u"敷设", nullptr},
    {u"改建", nullptr}, {u"抢修", nullptr}, {u"修建", nullptr}, {u"硬化", nullptr},
    {u"维修", nullptr}, {u"施划", nullptr}, {u"拆除", nullptr}, {u"培育", nullptr},
    {u"打造", nullptr}, {u"开展", nullptr}, {u"组织", nullptr}, {u"召开", nullptr},
    {u"办理", nullptr}, {u"办复", nullptr}, {u"发布", nullptr}, {u"下发", nullptr},
    {u"排查", nullptr}, {u"整治", nullptr}, {u"参加", nullptr}, {u"学习", nullptr},
    {u"实施", nullptr}, {u"深入", nullptr}, {u"升级", nullptr}, {u"提升", nullptr}, {u"改扩建", nullptr},
    {u"扩建", nullptr}, {u"修缮", nullptr}, {u"铺设", nullptr}, {u"栽植", nullptr}, {u"整修", nullptr},
};

// Token tables converted once: the parser strips words for every quantity, and
// measuring C strings each time showed up in profiles.
struct Word
{
    QString text;
    QString qual;
};
using Words = QList<Word>;

template<size_t N>
Words words(const Token (&tokens)[N])
{
    Words out;
    for (const Token &t : tokens)
        out.append({QString::fromUtf16(t.text), t.qual ? QString::fromUtf16(t.qual) : QString()});
    return out;
}

bool stripLeading(QString &s, const Words &tokens, QStringList *quals, int keepAtLeast)
{
    if (s.isEmpty())
        return false;
    for (const Word &t : tokens) {
        if (t.text.front() == s.front() && s.startsWith(t.text) && s.size() - t.text.size() >= keepAtLeast) {
            s.remove(0, t.text.size());
            if (quals && !t.qual.isEmpty())
                addQual(*quals, t.qual);
            return true;
        }
    }
    return false;
}

bool stripTrailing(QString &s, const Words &tokens, QStringList *quals)
{
    if (s.isEmpty())
        return false;
    for (const Word &t : tokens) {
        if (t.text.back() == s.back() && s.endsWith(t.text)) {
            s.chop(t.text.size());
            if (quals && !t.qual.isEmpty())
                addQual(*quals, t.qual);
            return true;
        }
    }
    return false;
}

// A year at the start of a clause ("2018年全县…", "xxxx年") is time, not name.
void stripLeadingYear(QString &s)
{
    int i = 0;
    while (i < s.size() && (s.at(i).isDigit() || s.at(i) == u'x' || s.at(i) == u'X'))
        ++i;
    if (i == 4 && s.size() > 4 && s.at(4) == u'年') {
        int cut = 5;
        if (cut < s.size() && (s.at(cut) == u'度' || s.at(cut) == u'底' || s.at(cut) == u'末'))
            ++cut;
        s.remove(0, cut);
    }
}

// The tail of an over-long name; a list of items ("新能源、新材料、智能装备三大产业产值")
// may be longer, and is cut between items rather than inside one.
QString truncatedName(const QString &name, int maxLength)
{
    if (name.size() <= maxLength)
        return name;
    if (maxLength == kMaxNameLength && name.contains(kDun)) {
        QString r = name.right(kMaxListNameLength);
        if (name.size() > r.size()) {
            const int dun = int(r.indexOf(kDun));
            if (dun >= 0 && dun + 3 < r.size())
                r.remove(0, dun + 1);
        }
        return r;
    }
    return name.right(maxLength);
}

// A stand-in for a first character that must survive the stripping of leading words.
constexpr char16_t kProtected = u'\xE000';

NameInfo cleanName(QString before, bool growth, int maxLength = kMaxNameLength, bool wordStart = false)
{
    NameInfo info;
    // Before the leading list comma is stripped: does the name follow one?
    const bool listStart = before.startsWith(kDun);
    if (before.contains(QStringLiteral("同口径")))
        info.sameCaliber = true;
    if (before.contains(QStringLiteral("分别")))
        info.fenbie = true;
    if (growth) {
        const auto m = growthTailRe().match(before);
        if (m.hasMatch())
            before.truncate(m.capturedStart());
    }
    const auto from = fromTailRe().match(before);
    if (from.hasMatch()) {
        info.isFrom = true;
        info.fromYear = from.captured(1);
        before.truncate(from.capturedStart());
    }
    before.remove(QStringLiteral("同口径"));
    // "按可比价计算增长10.2%": how it was computed, not what.
    static const QRegularExpression basis(QStringLiteral("按(?:可比价格?|现价|可比口径|同口径)(?:计算)?"));
    if (before.contains(u'按'))
        before.remove(basis);
    static const QRegularExpression together(QStringLiteral(
        "^(?:全年|全县)?(?:共|总共|共计|合计)(?=接待|实施|完成|建成|引进|发放|落实|争取|新增|投入|组织|举办|开展|培训|办理|签约|帮助|救助|解决)"));
    before.remove(together);
    // "连续三年" is a qualifier; an aside in brackets ("（GDP）", "（按可比价计算）") and a
    // period ("五年来", "“十三五”期间") are no part of a name.
    static const QRegularExpression streak(QStringLiteral("连续[一二三四五六七八九十两\\d]{1,3}年"));
    static const QRegularExpression aside(QStringLiteral(
        "（[^（）]{0,14}）|(?:过去|近|这)?[二三四五六七八九十]年(?:来|间|中)?(?![级度行计规])|“?十[一二三四五]五”?(?:期间|时期|以来)?"));
    if (before.contains(u'年') || before.contains(u'（')) {
        const auto m = streak.match(before);
        if (m.hasMatch()) {
            addQual(info.quals, m.captured(0));
            before.remove(m.capturedStart(), m.capturedLength());
        }
        before.remove(aside);
    }
    static const Words leading = words(kLeading);
    static const Words trailing = words(kTrailing);
    static const Words leadingVerbs = words(kLeadingVerbs);
    // "、和美乡村示范村", "实施和美乡村建设工程": after a list comma or a verb, 和 starts a
    // word and joins nothing.
    QChar protectedHead;
    if (listStart && before.size() > 3 && (before.at(1) == u'和' || before.at(1) == u'与'))
        before.remove(0, 1);
    if ((listStart || wordStart) && before.size() > 2 && (before.front() == u'和' || before.front() == u'与')) {
        protectedHead = before.front();
        before[0] = kProtected;
    }
    for (bool changed = true; changed;) {
        changed = stripTrailing(before, trailing, &info.quals);
        stripLeadingYear(before);
        changed = stripLeading(before, leading, &info.quals, 0) || changed;
    }
    if (!protectedHead.isNull() && !before.isEmpty() && before.front() == kProtected)
        before[0] = protectedHead;
    for (QString rest = before; stripLeading(rest, leadingVerbs, nullptr, 0);) {
        // "建成区面积" is a noun, not "建成" + "区面积".
        if (rest.startsWith(u'区') || rest.startsWith(u'率'))
            break;
        before = rest;
    }
    // "规模以上工业企业实现主营业务收入": the verb inside the phrase goes too.
    static const QRegularExpression innerVerb(QStringLiteral(
        "(?<=..)(?:实现|完成|达到)(?=(?:总?产值|营业收入|主营业务收入|销售收入|利润|利税|税收|增加值|交易额|销售额)$)"));
    if (before.size() > 5)
        before.remove(innerVerb);
    // Quotes around a coined term ("双公示") are typography, not part of the name, and
    // the context window may have cut one of the pair.
    before.remove(u'“').remove(u'”').remove(u'"');
    if (before.size() > maxLength)
        before = truncatedName(before, maxLength);
    // A lone preposition (将, 把, 在) is no name.
    if (before.size() < 2)
        before.clear();
    info.name = before;
    return info;
}

// "城乡…" and "城镇和农村…" / "A、B和C" name one figure per item of a 分别 list.
QStringList splitNames(const QString &name, int n)
{
    QStringList out;
    if (n < 2)
        return out;
    if (n == 2 && name.contains(QStringLiteral("城乡"))) {
        QString a = name;
        QString b = name;
        out << a.replace(QStringLiteral("城乡"), QStringLiteral("城镇"))
            << b.replace(QStringLiteral("城乡"), QStringLiteral("农村"));
        return out;
    }
    // "存贷款余额" and "进出口额" in front of two values are two figures too.
    const std::pair<const char16_t *, std::pair<const char16_t *, const char16_t *>> pairs[] = {
        {u"存贷款", {u"存款", u"贷款"}}, {u"进出口", {u"进口", u"出口"}}, {u"收支", {u"收入", u"支出"}}};
    for (const auto &[both, each] : pairs) {
        const QString b = QString::fromUtf16(both);
        if (n == 2 && name.contains(b)) {
            QString a = name;
            QString c = name;
            out << a.replace(b, QString::fromUtf16(each.first)) << c.replace(b, QString::fromUtf16(each.second));
            return out;
        }
    }
    static const QRegularExpression sep(QStringLiteral("以及|[、和及与]"));
    QStringList parts = name.split(sep, Qt::SkipEmptyParts);
    if (parts.size() != n)
        return out;
    const QString &last = parts.last();
    bool shortHeads = true;
    for (int i = 0; i < parts.size() - 1; ++i)
        shortHeads = shortHeads && parts.at(i).size() <= 3 && last.size() > parts.at(i).size() + 1;
    if (shortHeads) {
        for (int i = 0; i < parts.size() - 1; ++i)
            parts[i] = parts.at(i) + last.mid(parts.at(i).size());
        return parts;
    }
    // "城镇居民和农村居民人均可支配收入": each head ends on a word the last part repeats
    // near its start; the rest of the last part completes it.
    for (int i = 0; i < parts.size() - 1; ++i) {
        const QString &h = parts.at(i);
        if (h.size() > 6 || h.size() >= last.size())
            continue;
        for (int k = int(h.size()) - 1; k >= 2; --k) {
            const int p = int(last.indexOf(h.right(k)));
            if (p > 0 && p <= 4 && p + k < last.size()) {
                parts[i] = h + last.mid(p + k);
                break;
            }
        }
    }
    return parts;
}

bool isCountUnit(const QString &unit)
{
    static const QStringList units = {
        QStringLiteral("个"), QStringLiteral("家"), QStringLiteral("座"), QStringLiteral("所"),
        QStringLiteral("项"), QStringLiteral("栋"), QStringLiteral("处"), QStringLiteral("条"),
        QStringLiteral("台"), QStringLiteral("台套"), QStringLiteral("名"), QStringLiteral("辆"),
        QStringLiteral("套"), QStringLiteral("间"), QStringLiteral("户"), QStringLiteral("人"),
        QStringLiteral("部"), QStringLiteral("件"), QStringLiteral("张"), QStringLiteral("批"),
        QStringLiteral("份"), QStringLiteral("头"), QStringLiteral("万户"), QStringLiteral("万人")};
    return units.contains(unit);
}

// Units a change is measured in: percent, percentage points, times.
bool isChangeUnit(const QString &unit)
{
    return unit == u'%' || unit == QStringLiteral("个百分点") || unit == QStringLiteral("倍");
}

bool isMoneyUnit(const QString &unit)
{
    return unit.endsWith(u'元');
}

bool isAreaUnit(const QString &unit)
{
    return unit.endsWith(QStringLiteral("平方米")) || unit.endsWith(QStringLiteral("亩"))
        || unit == QStringLiteral("平方公里");
}

// The noun after a count ("x个社区中心"), up to a verb or punctuation.
int trailingNounEnd(const QString &text, int from, int limit)
{
    static const QStringList stops = {
        QStringLiteral("完成"), QStringLiteral("实现"), QStringLiteral("投产"), QStringLiteral("开工"),
        QStringLiteral("建成"), QStringLiteral("达到"), QStringLiteral("正在"), QStringLiteral("逐项"),
        QStringLiteral("分解"), QStringLiteral("获批"), QStringLiteral("落地"), QStringLiteral("入驻"),
        QStringLiteral("全面"), QStringLiteral("顺利"), QStringLiteral("通过"), QStringLiteral("已"),
        QStringLiteral("被"), QStringLiteral("均"), QStringLiteral("共"), QStringLiteral("的"),
        QStringLiteral("等"), QStringLiteral("在"), QStringLiteral("累计"), QStringLiteral("年产值"),
        QStringLiteral("整体"), QStringLiteral("出列"), QStringLiteral("摘帽"), QStringLiteral("竣工"),
        QStringLiteral("完工"), QStringLiteral("投用"), QStringLiteral("挂牌"), QStringLiteral("签约"),
        QStringLiteral("落户"), QStringLiteral("获评"), QStringLiteral("列入"), QStringLiteral("纳入"),
        QStringLiteral("验收"), QStringLiteral("成功"), QStringLiteral("稳定"), QStringLiteral("得到"),
        QStringLiteral("获得"), QStringLiteral("荣获"), QStringLiteral("参与"), QStringLiteral("受益"),
        QStringLiteral("和"), QStringLiteral("及")};
    // Nominalised verbs that end a counted noun but never start one: "38项重点工作建设".
    static const QStringList tails = {QStringLiteral("建设"), QStringLiteral("全部"), QStringLiteral("改造"),
                                      QStringLiteral("提升")};
    int i = from;
    const int end = std::min<int>(int(text.size()), from + limit);
    while (i < end) {
        const QChar c = text.at(i);
        if (!isHan(c) && !(c.unicode() < 128 && c.isLetterOrNumber()))
            break;
        bool stop = false;
        for (const QString &s : stops) {
            if (s.front() == c && QStringView(text).mid(i).startsWith(s)) {
                stop = true;
                break;
            }
        }
        for (const QString &s : tails) {
            if (i > from + 1 && s.front() == c && QStringView(text).mid(i).startsWith(s)) {
                stop = true;
                break;
            }
        }
        if (stop)
            break;
        ++i;
    }
    return i;
}

struct SentenceSpan
{
    int start = 0; // normalised
    int end = 0;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_norm(TextNormalizer::normalize(text))
        , m_t(m_norm.text)
    {
        m_out.text = text;
    }

    ParsedReport run()
    {
        splitSentences();
        parseSections();
        parseHeader();
        parseFigures();
        assignSections();
        pickHighlights();
        return std::move(m_out);
    }

private:
    int origStart(int n) const { return m_norm.originalStart(n); }
    int origEnd(int n) const { return m_norm.originalEnd(n); }
    QString origSlice(int nStart, int nEnd) const
    {
        const int a = origStart(nStart);
        const int b = origEnd(nEnd);
        return m_out.text.mid(a, std::max(0, b - a));
    }

    // Cached so that the many figures of one sentence share one string.
    QString sentenceText(int si)
    {
        QString &cached = m_sentenceTexts[si];
        if (cached.isNull()) {
            const SentenceSpan &s = m_sentences.at(si);
            cached = origSlice(s.start, s.end);
        }
        return cached;
    }

    void splitSentences()
    {
        const int n = int(m_t.size());
        int start = 0;
        auto push = [&](int s, int e) {
            while (s < e && (m_t.at(s) == u' ' || m_t.at(s) == u'\n'))
                ++s;
            while (e > s && m_t.at(e - 1) == u' ')
                --e;
            if (e > s)
                m_sentences.append({s, e});
        };
        for (int i = 0; i < n; ++i) {
            const QChar c = m_t.at(i);
            if (c == u'\n') {
                push(start, i);
                start = i + 1;
            } else if (c == kPeriod || c == u'！' || c == u'？') {
                int e = i + 1;
                while (e < n && (m_t.at(e) == u'”' || m_t.at(e) == u'）' || m_t.at(e) == u'"'))
                    ++e;
                push(start, e);
                start = e;
                i = e - 1;
            }
        }
        push(start, n);
    }

    // --- structure ------------------------------------------------------------------

    static int chineseNumber(QStringView s)
    {
        static const QString digits = QStringLiteral("零一二三四五六七八九");
        if (s.isEmpty())
            return 0;
        int value = 0;
        int current = 0;
        for (const QChar c : s) {
            if (c == u'十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else {
                const int d = int(digits.indexOf(c));
                if (d < 0)
                    return 0;
                current = d;
            }
        }
        return value + current;
    }

    static QString headTitle(QStringView rest, int cap)
    {
        int e = 0;
        while (e < rest.size() && rest.at(e) != kPeriod && rest.at(e) != kSemicolon && rest.at(e) != u'！')
            ++e;
        QString title = rest.left(std::min(e, cap)).toString().trimmed();
        while (title.endsWith(kColon) || title.endsWith(kComma))
            title.chop(1);
        return title;
    }

    void addSection(int level, int ordinal, const QString &title, int lineStart)
    {
        Section s;
        s.level = level;
        s.ordinal = ordinal;
        s.title = title;
        s.start = origStart(lineStart);
        if (m_out.sections.isEmpty()) {
            const int e = int(m_t.indexOf(u'\n', lineStart));
            m_firstHeadingEnd = e < 0 ? int(m_t.size()) : e;
        }
        if (level < 3)
            m_lastArabic = 0;
        if (level == 1) {
            s.parentIndex = -1;
            m_lastLevel1 = int(m_out.sections.size());
            m_lastLevel2 = -1;
        } else if (level == 2) {
            s.parentIndex = m_lastLevel1;
            m_lastLevel2 = int(m_out.sections.size());
        } else {
            s.parentIndex = m_lastLevel2 >= 0 ? m_lastLevel2 : m_lastLevel1;
        }
        const int siblings = ++m_childCount[s.parentIndex];
        if (s.ordinal <= 0)
            s.ordinal = siblings;
        m_out.sections.append(s);
    }

    void parseSections()
    {
        static const QRegularExpression level1(QStringLiteral("^([一二三四五六七八九十]{1,3})、(.*)$"));
        static const QRegularExpression level2(QStringLiteral("^（([一二三四五六七八九十]{1,3})）(.*)$"));
        static const QRegularExpression level3(QStringLiteral("^([一二三四五六七八九十]{1,3})是(.*)$"));
        // "1.聚焦项目建设" / "1、…" / "（1）…" as a heading line of its own, never "1.5亿元…".
        static const QRegularExpression arabic(QStringLiteral("^[（]?(\\d{1,2})[、.）](?![\\d%])(.{2,40})$"));
        static const QRegularExpression arabicLead(QStringLiteral("^(\\d{1,2})[、.](?![\\d%])([^。；！？\\d]{4,30})[。！]"));
        static const QRegularExpression notHeading(QStringLiteral("会议上|\\d{1,2}月\\d{1,2}日|各位代表|县长|区长|市长|旗长"));
        bool bodyStarted = false;
        int lineStart = 0;
        const int n = int(m_t.size());
        while (lineStart <= n) {
            int lineEnd = int(m_t.indexOf(u'\n', lineStart));
            if (lineEnd < 0)
                lineEnd = n;
            const QStringView line = QStringView(m_t).mid(lineStart, lineEnd - lineStart);
            const QString lineText = line.toString();
            QRegularExpressionMatch m;
            if ((m = level1.match(lineText)).hasMatch()) {
                addSection(1, chineseNumber(m.capturedView(1)), headTitle(m.capturedView(2), 40), lineStart);
                bodyStarted = true;
            } else if ((m = level2.match(lineText)).hasMatch()) {
                if (m_lastLevel1 < 0)
                    addSection(1, 1, QString(), lineStart); // keeps every level-2 under a part
                addSection(2, chineseNumber(m.capturedView(1)), headTitle(m.capturedView(2), 40), lineStart);
                bodyStarted = true;
            } else if (m_lastLevel1 >= 0 && (m = level3.match(lineText)).hasMatch()) {
                addSection(3, chineseNumber(m.capturedView(1)), headTitle(m.capturedView(2), 30), lineStart);
            } else if (m_lastLevel1 >= 0 && (m = arabic.match(lineText)).hasMatch() && !m.captured(2).contains(kPeriod)) {
                addSection(3, m.captured(1).toInt(), headTitle(m.capturedView(2), 30), lineStart);
                m_lastArabic = m.captured(1).toInt();
            } else if (m_lastLevel1 >= 0 && (m = arabicLead.match(lineText)).hasMatch()
                       && (m.captured(1).toInt() == 1 || m.captured(1).toInt() == m_lastArabic + 1)) {
                // "1.产业转型升级步伐加快。坚持工业立市…": a numbered lead sentence opens a point.
                addSection(3, m.captured(1).toInt(), m.captured(2), lineStart);
                m_lastArabic = m.captured(1).toInt();
            } else if (m_lastLevel1 >= 0 && line.startsWith(u"——") && line.size() > 3) {
                addSection(3, 0, headTitle(line.mid(2), 30), lineStart);
            } else if (bodyStarted && isUnnumberedHeading(line) && !notHeading.match(lineText).hasMatch()) {
                const bool review = line.contains(u"回顾") || line.contains(u"工作总结");
                addSection((review || m_lastLevel1 < 0) ? 1 : 2, 0, lineText, lineStart);
            } else if (line.endsWith(kPeriod) || line.contains(kPeriod)) {
                bodyStarted = true;
            }
            lineStart = lineEnd + 1;
        }
        // Ends: the next section at the same or a higher level.
        const int total = int(m_out.text.size());
        for (int i = 0; i < m_out.sections.size(); ++i) {
            Section &s = m_out.sections[i];
            s.end = total;
            for (int j = i + 1; j < m_out.sections.size(); ++j) {
                if (m_out.sections.at(j).level <= s.level) {
                    s.end = m_out.sections.at(j).start;
                    break;
                }
            }
        }
    }

    static bool isUnnumberedHeading(QStringView line)
    {
        if (line.size() < 4 || line.size() > 40)
            return false;
        const QChar last = line.back();
        if (last == kPeriod || last == kColon || last == kSemicolon || last == kComma || last == u'！'
            || last == u'？' || last == kDun || last == u'）')
            return false;
        if (line.contains(kPeriod))
            return false;
        int han = 0;
        for (const QChar c : line)
            han += isHan(c) ? 1 : 0;
        return han * 2 > line.size();
    }

    void parseHeader()
    {
        // County: the congress line names it most reliably.
        static const QRegularExpression congress(
            QStringLiteral("在([\\p{Han}]{2,12}?)第[一二三四五六七八九十\\d]+届"));
        static const QRegularExpression government(
            QStringLiteral("([\\p{Han}xX]{1,6}?[县区旗])(?:人民)?政府"));
        static const QRegularExpression cityPrefix(QStringLiteral("^[\\p{Han}]{2,4}?市(?=[\\p{Han}]{2,}[县区旗]$)"));
        QString county;
        auto m = congress.match(m_t);
        if (m.hasMatch())
            county = m.captured(1);
        if (county.isEmpty()) {
            m = government.match(m_t);
            if (m.hasMatch())
                county = m.captured(1);
        }
        county.remove(cityPrefix);
        m_out.county = county;

        // Year reviewed.
        // "2023年工作回顾", "2020年和“十三五”工作回顾", "2015年及“十二五”时期工作回顾",
        // "2023年上半年工作总结", "2022年主要工作回顾".
        static const QRegularExpression review(QStringLiteral(
            "(\\d{4})年(?:度)?(?:(?:和|及|暨|以及)“?十[一二三四五六七八九]五”?(?:时期|期间)?)?"
            "(?:上半年|前三季度|一季度|前三个季度)?(?:主要)?(?:工作|经济社会发展)(?:回顾|总结|情况)"));
        static const QRegularExpression leadYear(QStringLiteral("(?:^|\\n)[^\\n]{0,6}?(\\d{4})年，"));
        // Reviews named by their period: the year reviewed is the one before the session.
        static const QRegularExpression pastYears(QStringLiteral(
            "过去(?:的)?(?:一|五)年|“?十[一二三四五六七八九]五”?(?:时期|期间)?(?:主要)?工作回顾|本届政府(?:工作)?回顾"));
        static const QRegularExpression sessionDate(QStringLiteral("(\\d{4})年\\d{1,2}月(?:\\d{1,2}日)?"));
        int year = 0;
        // The preamble and the first heading: title, date line, "一、2023年工作回顾".
        const QString head = m_t.left(m_firstHeadingEnd >= 0 ? m_firstHeadingEnd : 600);
        // "二〇二四年一月十日" in the date line reads as 2024年1月10日.
        static const QRegularExpression hanDate(QStringLiteral("([〇○零一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月"));
        int sessionYear = 0;
        if ((m = sessionDate.match(head)).hasMatch()) {
            sessionYear = m.captured(1).toInt();
        } else if ((m = hanDate.match(head)).hasMatch()) {
            static const QString digits = QStringLiteral("〇一二三四五六七八九");
            for (const QChar c : m.capturedView(1))
                sessionYear = sessionYear * 10 + std::max<int>(0, int(digits.indexOf(c == u'○' || c == u'零' ? u'〇' : c)));
        }
        if ((m = review.match(head)).hasMatch()) {
            year = m.captured(1).toInt();
        } else if (sessionYear > 0 && pastYears.match(m_t).hasMatch()
                   && (!m_t.contains(QStringLiteral("今年以来")) || m_t.contains(QStringLiteral("过去")))) {
            year = sessionYear - 1;
        } else if (sessionYear > 0 && m_t.contains(QStringLiteral("今年以来"))) {
            // A mid-year report reviews the year it is given in.
            year = sessionYear;
        } else if ((m = review.match(m_t)).hasMatch()) {
            year = m.captured(1).toInt();
        } else if ((m = leadYear.match(m_t)).hasMatch()) {
            year = m.captured(1).toInt();
        } else if (m_t.contains(QStringLiteral("过去一年")) && (m = dateRe().match(m_t)).hasMatch()) {
            year = m.captured(1).toInt() - 1;
        } else if (static const QRegularExpression titleYear(QStringLiteral("(\\d{4})年[^\\n]{0,12}(?:工作总结|工作报告)"));
                   m_t.contains(QStringLiteral("今年以来")) && (m = titleYear.match(head)).hasMatch()) {
            year = m.captured(1).toInt();
        }
        if (year < 1949 || year > 2200)
            year = 0;
        m_out.year = year;

        // Title: the shortest preamble line that names a report.
        const int firstSection = m_out.sections.isEmpty() ? int(m_out.text.size()) : m_out.sections.first().start;
        QString title;
        int lineStart = 0;
        while (lineStart < m_t.size()) {
            int lineEnd = int(m_t.indexOf(u'\n', lineStart));
            if (lineEnd < 0)
                lineEnd = int(m_t.size());
            if (origStart(lineStart) >= firstSection)
                break;
            const QString line = m_t.mid(lineStart, lineEnd - lineStart).trimmed();
            if ((line.contains(QStringLiteral("报告")) || line.contains(QStringLiteral("总结")))
                && !line.contains(kPeriod) && line.size() <= 40 && (title.isEmpty() || line.size() < title.size()))
                title = line;
            lineStart = lineEnd + 1;
        }
        static const QRegularExpression tail(QStringLiteral("[—\\-－]+全文$"));
        title.remove(tail);
        if (title.isEmpty()) {
            const bool summary = m_t.contains(QStringLiteral("政府班子")) || m_t.contains(QStringLiteral("领导班子"));
            title = county + (summary ? QStringLiteral("政府工作总结") : QStringLiteral("政府工作报告"));
        }
        m_out.title = title;
    }

    // --- figures --------------------------------------------------------------------

    void parseFigures()
    {
        QList<Qty> all;
        auto it = quantityRe().globalMatch(m_t);
        while (it.hasNext()) {
            const auto m = it.next();
            Qty q;
            q.numStart = int(m.capturedStart(2));
            q.numEnd = int(m.capturedEnd(2));
            q.unitEnd = int(m.capturedEnd(4));
            q.end = int(m.capturedEnd(0));
            // An ordinal (第3次) or a date is not a quantity.
            if (q.numStart > 0 && m_t.at(q.numStart - (m.capturedLength(1) > 0 ? 2 : 1)) == u'第')
                continue;
            q.numText = m.captured(2);
            q.masked = Mask::isMask(q.numText);
            if (!q.masked) {
                bool ok = false;
                q.value = q.numText.toDouble(&ok);
                if (!ok || !std::isfinite(q.value))
                    continue;
            }
            q.unit = m.captured(4);
            if (m.capturedLength(3))
                addQual(q.quals, m.captured(3));
            if (m.capturedLength(5))
                addQual(q.quals, m.captured(5));
            if (m.capturedLength(6))
                addQual(q.quals, m.captured(6));
            const int dash = int(m.capturedStart(1));
            const int sepStart = rangeSeparatorStart(m.capturedLength(1) > 0 ? dash + 1 : q.numStart);
            if (sepStart >= 0 && !all.isEmpty() && all.last().end == sepStart) {
                // "6%-7%", "3个至5个": the upper end of a range, not a negative number.
                addQual(all.last().quals, QStringLiteral("区间"));
                continue;
            }
            if (m.capturedLength(1) > 0)
                q.negative = true; // confirmed against the growth verb below
            else if (sepStart >= 0 && rangeLowerBound(q, sepStart))
                addQual(q.quals, QStringLiteral("区间"));
            all.append(q);
        }
        addUnwrittenQuantities(all);
        dropAttributeAmounts(all);
        int qi = 0;
        for (int si = 0; si < m_sentences.size(); ++si) {
            const SentenceSpan &s = m_sentences.at(si);
            QList<Qty> qs;
            while (qi < all.size() && all.at(qi).numStart < s.start)
                ++qi;
            while (qi < all.size() && all.at(qi).numStart < s.end) {
                if (all.at(qi).end <= s.end)
                    qs.append(all.at(qi));
                ++qi;
            }
            if (!qs.isEmpty())
                parseSentence(si, qs);
        }
    }

    // The name a figure gets from its neighbours when its own words are not a noun phrase
    // that measures it.
    void improveName(int si, Qty &q, NameInfo &info, int firstFigure)
    {
        if (info.name.isEmpty())
            return;
        const int lastFig = int(m_out.figures.size()) - 1;
        const bool sameSentence = lastFig >= firstFigure && m_figureSentence.at(lastFig) == si;
        // "加快推进38项重点工作建设", "xx小镇x家水企业": the count counts the noun after it.
        static const QRegularExpression verbOrPlace(QStringLiteral(
            "(?:推进|实施|开展|完成|建设|建成|引进|培育|壮大|打造|落实|组织|举办|争取|谋划|储备|启动|开工|"
            "招引|创建|认定|申报|解决|帮助|带动|吸纳|安置|培训|救助|资助|走访|排查|化解|办结|受理|查处|"
            "处理|发放|覆盖|惠及|服务|新建|改造|提升|整治|治理|获批|入选|获评|新增|分解|聚集|集聚|"
            "吸引|入驻|扶持|支持|推动|完善|筹建|在建|续建|荣获|获得|到|至|向|对|为|给|等|小镇|乡镇|园区|产业园|开发区)$"));
        if (isCountUnit(q.unit) && verbOrPlace.match(info.name).hasMatch()) {
            const int nounEnd = trailingNounEnd(m_t, q.end, 10);
            if (nounEnd - q.end >= 2) {
                info.name = m_t.mid(q.end, nounEnd - q.end);
                q.end = nounEnd;
                return;
            }
        }
        if (!sameSentence)
            return;
        const Figure &last = m_out.figures.at(lastFig);
        // "新增规模工业企业24家，总数达到159家": a total is the total of the thing counted.
        static const QRegularExpression total(QStringLiteral(
            "^(?:总数|总量|总计|总规模|总面积|总里程|总产值|总产量|总户数|总人数|总数量|数量|总)$"));
        static const QRegularExpression fresh(QStringLiteral(
            "^(?:新增|净增|新建|新培育|新认定|新引进|新开工|引进|培育|认定|新)|(?:新增|净增|新认定)$"));
        if (total.match(info.name).hasMatch() && last.parentIndex < 0) {
            QString subject = last.name;
            subject.remove(fresh);
            if (subject.size() >= 2) {
                info.name = subject + info.name;
                return;
            }
        }
        // "完成投资286亿元，完成年度计划的118.6%": a share of the plan, like 占年度计划.
        static const QRegularExpression ofPlan(QStringLiteral("^(?:年度|全年|年初)(?:计划|目标|任务)的?$"));
        if (ofPlan.match(info.name).hasMatch() && q.unit == u'%')
            info.name.prepend(u'占');
        // "存款余额186.5亿元，较年初增加14.2亿元": a change of the figure before, in its unit.
        static const QRegularExpression delta(QStringLiteral(
            "^(?:比|较|同比)(?:上年|去年|年初|上年同期|\\d{4}年)?(?:末|底|同期)?净?(?:增加|减少|多增|少增|增长|下降)$"));
        if (delta.match(info.name).hasMatch() && last.parentIndex < 0 && last.unit == q.unit) {
            info.name = last.name + info.name;
            return;
        }
        // "培育省级龙头企业12家、市级56家": the second level names the same things.
        static const QRegularExpression level(QStringLiteral("^(?:国家|省|市|县|区|州|盟|镇)级$"));
        if (level.match(info.name).hasMatch() && last.unit == q.unit && m_figureClause.at(lastFig) == q.clause) {
            const int k = int(last.name.indexOf(u'级'));
            if (k > 0 && k <= 3 && last.name.size() > k + 2) {
                info.name += last.name.mid(k + 1);
                return;
            }
        }
        // "完成投资86.5亿元，占年度计划的112%": a share of the figure before.
        if (info.name.startsWith(u'占') && info.name.size() >= 3) {
            QString share = info.name;
            if (share.endsWith(u'的'))
                share.chop(1);
            info.name = last.name + share;
            return;
        }
        // "规模以上工业企业达到86家，实现产值156亿元": a measure of the things counted.
        static const QRegularExpression measure(QStringLiteral(
            "^(?:总?产值|营业收入|主营业务收入|销售收入|营收|利润|利税|税收|产量|总产值|年产值|交易额|销售额)$"));
        if (measure.match(info.name).hasMatch() && isCountUnit(last.unit) && last.parentIndex < 0
            && m_figureSeg.at(lastFig) == q.segment) {
            info.name = last.name + info.name;
            return;
        }
        // "生猪存栏28.6万头、出栏45.2万头", "一般公共预算收入…、支出…": a parallel measure.
        static const QStringList parallel = {
            QStringLiteral("存栏"), QStringLiteral("出栏"), QStringLiteral("出口"), QStringLiteral("进口"),
            QStringLiteral("存款"), QStringLiteral("贷款"), QStringLiteral("收入"), QStringLiteral("支出"),
            QStringLiteral("产量"), QStringLiteral("产值")};
        if (parallel.contains(info.name) && m_figureClause.at(lastFig) == q.clause) {
            for (const QString &w : parallel) {
                if (w != info.name && last.name.endsWith(w) && last.name.size() > w.size()) {
                    info.name = last.name.chopped(w.size()) + info.name;
                    return;
                }
            }
        }
    }

    // The whole comma clause before the one holding q, when it holds no quantity; null
    // otherwise. Bounded scans keep a megabyte line without punctuation linear.
    QString previousClause(int si, const Qty &q, const QList<Qty> &qs, int maxLength) const
    {
        const int sentenceStart = m_sentences.at(si).start;
        int clauseStart = q.numStart;
        const int scanLimit = std::max(sentenceStart, q.numStart - kMaxNameContext);
        while (clauseStart > scanLimit && !isBoundary(m_t.at(clauseStart - 1)))
            --clauseStart;
        if (clauseStart <= sentenceStart || m_t.at(clauseStart - 1) != kComma)
            return {};
        const int prevEnd = clauseStart - 1;
        int prevStart = prevEnd;
        const int limit = std::max(sentenceStart, prevEnd - maxLength);
        while (prevStart > limit && !isBoundary(m_t.at(prevStart - 1)))
            --prevStart;
        if (prevStart > sentenceStart && !isBoundary(m_t.at(prevStart - 1)))
            return {};
        for (const Qty &o : qs) {
            if (o.numStart >= prevStart && o.numStart < prevEnd)
                return {};
        }
        return m_t.mid(prevStart, prevEnd - prevStart);
    }

    // "外贸进出口总额首次突破百亿元，达到103.6亿元": the clause before names the figure.
    QString subjectOfPreviousClause(int si, const Qty &q, const QList<Qty> &qs) const
    {
        QString clause = previousClause(si, q, qs, kMaxNameContext);
        if (clause.isEmpty())
            return {};
        static const QRegularExpression predicate(QStringLiteral(
            "首次|首度|历史性|再次|一举|成功|顺利|继续|持续|稳步|保持|实现|突破|跨越|迈上|站上|跃上|跃居|达到|超过|完成|迈入|进入"));
        const auto m = predicate.match(clause);
        if (!m.hasMatch() || m.capturedStart() < 2)
            return {};
        clause.truncate(m.capturedStart());
        const NameInfo info = cleanName(clause, false, 400);
        if (info.name.size() < 2 || info.name.size() > kMaxNameLength)
            return {};
        return info.name;
    }

    // Where the range dash or 至 in front of a number starts, or -1 when there is none.
    int rangeSeparatorStart(int numStart) const
    {
        if (numStart <= 0)
            return -1;
        const QChar c = m_t.at(numStart - 1);
        if (!(c == u'-' || c == u'至' || c == u'～' || c == u'~' || c == u'—' || c == u'–'))
            return -1;
        int sep = numStart - 1;
        if (c == u'—' && sep > 0 && m_t.at(sep - 1) == u'—')
            --sep;
        return sep;
    }

    // "3-5个", "6至8亿元": a range reads as its lower bound, marked 区间.
    bool rangeLowerBound(Qty &q, int sep) const
    {
        int lo = sep;
        while (lo > 0 && (m_t.at(lo - 1).isDigit() || m_t.at(lo - 1) == u'.'))
            --lo;
        if (lo == sep || q.masked || (lo > 0 && m_t.at(lo - 1).unicode() < 128 && m_t.at(lo - 1).isLetter()))
            return false;
        bool ok = false;
        const double lower = m_t.mid(lo, sep - lo).toDouble(&ok);
        if (!ok || lower > q.value)
            return false;
        q.value = lower;
        q.numStart = lo;
        q.numText = m_t.mid(lo, sep - lo);
        return true;
    }

    // "500万元以上项目112个", "超50亿元项目6个": an amount that says which things are
    // counted is part of the counted noun's name, not a figure.
    void dropAttributeAmounts(QList<Qty> &all) const
    {
        static const QRegularExpression between(QStringLiteral("^的?[\\x{3400}-\\x{9FFF}]{1,8}$"));
        static const QRegularExpression things(QStringLiteral("^的?(?:项目|企业|工程|工业项目|产业项目|重大项目|重点项目)"));
        for (int i = 0; i + 1 < all.size(); ++i) {
            const Qty &q = all.at(i);
            const Qty &next = all.at(i + 1);
            if (!isMoneyUnit(q.unit) || !isCountUnit(next.unit) || next.numStart - q.end > 8 || next.numStart <= q.end)
                continue;
            const QString gap = m_t.mid(q.end, next.numStart - q.end);
            const bool bound = q.quals.contains(QStringLiteral("以上")) || q.quals.contains(QStringLiteral("以下"));
            if (between.match(gap).hasMatch() && (bound || things.match(gap).hasMatch()))
                all.removeAt(i--);
        }
    }

    // Quantities written without digits: 持平 (a growth of zero), and a bare number a
    // 由…降至 phrase ends on ("贫困发生率由12.6%降至0").
    void addUnwrittenQuantities(QList<Qty> &all)
    {
        static const QRegularExpression flat(QStringLiteral("持平"));
        static const QRegularExpression bare(QStringLiteral(
            "(?:降至|降到|下降到|下降至|降低到|降低至|减少到|减少至|减至|增至|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至)"
            "(\\d+(?:\\.\\d+)?)(?![\\d.%xXA-Za-z\\x{3400}-\\x{9FFF}])"));
        QList<Qty> extra;
        auto it = flat.globalMatch(m_t);
        while (it.hasNext()) {
            const auto m = it.next();
            Qty q;
            q.numStart = int(m.capturedStart());
            q.numEnd = q.unitEnd = q.end = int(m.capturedEnd());
            q.numText = QStringLiteral("0");
            q.unit = QStringLiteral("%");
            q.flat = true;
            extra.append(q);
        }
        it = bare.globalMatch(m_t);
        while (it.hasNext()) {
            const auto m = it.next();
            Qty q;
            q.numStart = int(m.capturedStart(1));
            q.numEnd = q.unitEnd = q.end = int(m.capturedEnd(1));
            q.numText = m.captured(1);
            q.value = q.numText.toDouble();
            q.bareUnit = true;
            extra.append(q);
        }
        if (extra.isEmpty())
            return;
        all.append(extra);
        std::stable_sort(all.begin(), all.end(), [](const Qty &a, const Qty &b) { return a.numStart < b.numStart; });
    }

    struct Group
    {
        QList<int> figures;
        int clause = -1;
        bool grown = false;
    };

    int newFigure(const Qty &q, const QString &name, int si)
    {
        Figure f;
        f.name = name;
        f.unit = q.unit;
        if (q.masked) {
            f.pending = true;
            f.mask = q.numText;
        } else {
            f.value = q.value;
        }
        f.start = origStart(q.numStart);
        f.end = origEnd(q.unitEnd);
        const SentenceSpan &s = m_sentences.at(si);
        f.sentenceStart = origStart(s.start);
        f.sentenceEnd = origEnd(s.end);
        f.qualifier = q.quals.join(u',');
        m_out.figures.append(f);
        m_figureSentence.append(si);
        m_figureClause.append(q.clause);
        m_figureSeg.append(q.segment);
        return int(m_out.figures.size()) - 1;
    }

    void setGrowth(int fi, const Qty &g, const QString &kind)
    {
        Figure &f = m_out.figures[fi];
        if (g.masked) {
            f.growthPending = true;
            f.growthMask = g.numText;
            f.growth.reset();
        } else {
            f.growth = g.negative ? -g.value : g.value;
            if (f.growth && *f.growth == 0)
                f.growth = 0.0; // no -0 on screen
        }
        if (g.unit == QStringLiteral("个百分点"))
            f.growthKind = QStringLiteral("百分点");
        else if (g.unit == QStringLiteral("倍"))
            f.growthKind = QStringLiteral("倍");
        else
            f.growthKind = kind;
        QStringList quals = f.qualifier.isEmpty() ? QStringList() : f.qualifier.split(u',');
        for (const QString &q : g.quals)
            addQual(quals, q);
        f.qualifier = quals.join(u',');
        m_figureClause[fi] = std::max(m_figureClause.at(fi), g.clause);
    }

    static QString growthKind(const QString &before, bool sameCaliber)
    {
        if (sameCaliber)
            return QStringLiteral("同口径");
        if (before.contains(QStringLiteral("自然增幅")))
            return QStringLiteral("自然增幅");
        if (before.contains(QStringLiteral("年均")))
            return QStringLiteral("年均");
        static const QRegularExpression lastYear(QStringLiteral("[比较与]上年|[比较与]去年|上年同期"));
        if (lastYear.match(before).hasMatch())
            return QStringLiteral("比上年");
        static const QRegularExpression baseYear(QStringLiteral("[比较与](\\d{4})年"));
        if (const auto m = baseYear.match(before); m.hasMatch())
            return QStringLiteral("比%1年").arg(m.captured(1));
        if (before.contains(QStringLiteral("同比")))
            return QStringLiteral("同比");
        if (before.contains(QStringLiteral("增幅")))
            return QStringLiteral("增幅");
        return QStringLiteral("增长");
    }

    void mergeQuals(int fi, const QStringList &extra)
    {
        Figure &f = m_out.figures[fi];
        QStringList quals = f.qualifier.isEmpty() ? QStringList() : f.qualifier.split(u',');
        for (const QString &q : extra)
            addQual(quals, q);
        f.qualifier = quals.join(u',');
    }

    void parseSentence(int si, QList<Qty> &qs)
    {
        const SentenceSpan &s = m_sentences.at(si);
        // Clause and segment numbers for each quantity.
        {
            int clause = 0;
            int segment = 0;
            int qi = 0;
            for (int i = s.start; i < s.end && qi < qs.size(); ++i) {
                while (qi < qs.size() && qs.at(qi).numStart == i) {
                    qs[qi].clause = clause;
                    qs[qi].segment = segment;
                    ++qi;
                }
                const QChar c = m_t.at(i);
                if (c == kComma || c == kColon)
                    ++clause;
                else if (c == kSemicolon) {
                    ++clause;
                    ++segment;
                }
            }
        }
        const int firstFigure = int(m_out.figures.size());
        Group group;
        int segment = -1;
        int investParent = -1;
        int pendingFrom = -1; // figure started by 由/从, waiting for its 增加到 value
        for (int i = 0; i < qs.size(); ++i) {
            Qty &q = qs[i];
            if (q.segment != segment) {
                finishGroup(group);
                group = Group();
                segment = q.segment;
            }
            const Qty *prev = i > 0 ? &qs.at(i - 1) : nullptr;
            int clauseStart = q.numStart;
            const int scanLimit = std::max(s.start, q.numStart - kMaxNameContext);
            while (clauseStart > scanLimit && !isBoundary(m_t.at(clauseStart - 1)))
                --clauseStart;
            int ctxStart = clauseStart;
            if (prev && prev->clause == q.clause)
                ctxStart = std::max(ctxStart, prev->end);
            ctxStart = std::max(ctxStart, q.numStart - kMaxNameContext);
            int numStart = q.numStart;
            if (q.negative)
                numStart -= 1;
            const QString before = m_t.mid(ctxStart, std::max(0, numStart - ctxStart));

            // Growth: a percentage after a growth verb, or the next item of such a list.
            // A change is a percentage, 个百分点 or 倍 after a growth verb, the next item of
            // such a list, 持平, or "是…的N倍".
            bool multiple = false;
            if (isChangeUnit(q.unit)) {
                static const QRegularExpression comparison(QStringLiteral("高于|低于|快于|慢于|超过|超出|高出|领先|拉动"));
                if (q.unit != u'%' && comparison.match(before).hasMatch())
                    continue; // "高于全省1.2个百分点" compares, it does not measure
                const bool afterVerb = growthTailRe().match(before).hasMatch();
                static const QRegularExpression connector(QStringLiteral("^(?:[、和及与]|以及)$"));
                const bool listed = prev && prev->growth && prev->clause == q.clause && prev->unit == q.unit
                    && connector.match(before).hasMatch();
                static const QRegularExpression timesOf(QStringLiteral("(?:是|为|相当于)[^，。；]{0,16}的$"));
                multiple = q.unit == QStringLiteral("倍") && !afterVerb && timesOf.match(before).hasMatch();
                q.growth = afterVerb || listed || q.flat || multiple;
                if (!q.growth && q.unit != u'%')
                    continue; // a bare 百分点 or 倍 is no figure of its own
            }
            if (!q.growth && q.negative)
                q.negative = false;
            if (q.growth && !q.negative) {
                static const QRegularExpression down(QStringLiteral("(?:下降|减少|降低|回落|下滑|负增长)"));
                const QString verbContext = listed(qs, i) ? m_t.mid(ctxStartOfGrowthList(qs, i, s.start), 20) : before;
                if (down.match(verbContext).hasMatch())
                    q.negative = true;
            }
            if (q.growth) {
                // Collect the whole list of growths in this clause.
                QList<int> list{i};
                while (i + 1 < qs.size() && qs.at(i + 1).clause == q.clause && qs.at(i + 1).unit == q.unit) {
                    const Qty &nq = qs.at(i + 1);
                    const QString between = m_t.mid(qs.at(i).end, nq.numStart - qs.at(i).end);
                    static const QRegularExpression connector(QStringLiteral("^(?:[、和及与]|以及)$"));
                    if (!connector.match(between).hasMatch())
                        break;
                    qs[i + 1].growth = true;
                    qs[i + 1].negative = qs[i + 1].negative || q.negative;
                    ++i;
                    list.append(i);
                }
                handleGrowths(si, qs, list, multiple ? QString() : (q.flat ? before + QStringLiteral("持平") : before), group);
                continue;
            }

            // A 分别 list names all its items before the first value.
            NameInfo info = cleanName(before, false, before.contains(QStringLiteral("分别")) ? kMaxNameContext : kMaxNameLength);
            int fi = -1;

            // 由/从 X 增加到 Y: Y is the figure, X its base-period child.
            if (pendingFrom >= 0 && prev && prev->clause == q.clause && toHeadRe().match(before).hasMatch()) {
                Figure &main = m_out.figures[pendingFrom];
                Figure base = main;
                base.name = main.name + (m_fromYear.isEmpty() ? QStringLiteral("（起点）")
                                                               : QStringLiteral("（%1年）").arg(m_fromYear));
                QStringList bq = base.qualifier.isEmpty() ? QStringList() : base.qualifier.split(u',');
                addQual(bq, QStringLiteral("基期"));
                base.qualifier = bq.join(u',');
                base.parentIndex = pendingFrom;
                main.value.reset();
                main.pending = q.masked;
                main.mask = q.masked ? q.numText : QString();
                if (!q.masked)
                    main.value = q.value;
                if (!q.bareUnit)
                    main.unit = q.unit;
                main.start = origStart(q.numStart);
                main.end = origEnd(q.unitEnd);
                mergeQuals(pendingFrom, q.quals);
                m_out.figures.append(base);
                m_figureSentence.append(si);
                m_figureClause.append(q.clause);
                m_figureSeg.append(q.segment);
                m_figureClause[pendingFrom] = q.clause;
                pendingFrom = -1;
                continue;
            }
            pendingFrom = -1;
            if (q.bareUnit)
                continue; // a number with no unit only ends a 由…降至 phrase

            improveName(si, q, info, firstFigure);
            if (investNameRe().match(info.name).hasMatch()) {
                // "投入N实施X工程": the money is named after what it paid for, and the
                // counts after it in the sentence are what it delivered.
                const auto obj = investObjectRe().match(QStringView(m_t).mid(q.end, 30));
                const bool viaVerb = obj.hasMatch() && obj.capturedLength(1) > 0;
                const bool directObject = obj.hasMatch() && !obj.captured(0).startsWith(kComma);
                if (obj.hasMatch() && (viaVerb || directObject)) {
                    QString object = obj.captured(2);
                    NameInfo oi = cleanName(object, false, kMaxNameLength, true);
                    object = oi.name.isEmpty() ? object : oi.name;
                    const bool of = obj.captured(1) == u'的';
                    info.name = of ? object : object + QStringLiteral("投入");
                    fi = newFigure(q, info.name, si);
                    if (!of)
                        investParent = fi;
                } else if (prev && !m_out.figures.isEmpty() && m_figureSentence.last() == si
                           && (prev->clause == q.clause
                               || (isCountUnit(m_out.figures.last().unit) && m_figureSeg.last() == q.segment))) {
                    // "137个市重点项目完成投资236.8亿元", "签约项目58个、总投资326亿元": the
                    // investment of what was counted.
                    QString word = info.name;
                    while (word.startsWith(u'累') || word.startsWith(u'共'))
                        word.remove(0, word.startsWith(u'累') ? 2 : 1);
                    if (!word.contains(QStringLiteral("投")))
                        word = QStringLiteral("投资");
                    info.name = m_out.figures.last().name + word;
                }
            }
            if (fi < 0 && info.name.isEmpty()) {
                const int lastFig = int(m_out.figures.size()) - 1;
                if (lastFig >= firstFigure && !m_out.figures.at(lastFig).value && !m_out.figures.at(lastFig).pending
                    && m_figureClause.at(lastFig) < q.clause && m_figureSeg.at(lastFig) == q.segment) {
                    // "地区生产总值增长7%左右，逼近300亿元大关": the value completes the growth.
                    Figure &f = m_out.figures[lastFig];
                    if (q.masked) {
                        f.pending = true;
                        f.mask = q.numText;
                    } else {
                        f.value = q.value;
                    }
                    f.unit = q.unit;
                    f.start = origStart(q.numStart);
                    f.end = origEnd(q.unitEnd);
                    QStringList quals = info.quals + q.quals;
                    mergeQuals(lastFig, quals);
                    m_figureClause[lastFig] = q.clause;
                    continue;
                }
                // "粮食总产稳定在17亿斤以上，2020年达到17.6亿斤": the same indicator at a
                // later time.
                static const QRegularExpression when(QStringLiteral("(?:\\d{4}|[xX]{4})年(?:底|末)?|年底|年末|当年|目前"));
                if (lastFig >= firstFigure && m_figureSeg.at(lastFig) == q.segment && m_out.figures.at(lastFig).parentIndex < 0
                    && m_out.figures.at(lastFig).unit == q.unit && !m_out.figures.at(lastFig).name.contains(u'（')
                    && when.match(before).hasMatch()) {
                    info.name = m_out.figures.at(lastFig).name;
                }
                if (info.name.isEmpty() && isCountUnit(q.unit)) {
                    const int nounEnd = trailingNounEnd(m_t, q.end, 10);
                    if (nounEnd > q.end) {
                        info.name = m_t.mid(q.end, nounEnd - q.end);
                        q.end = nounEnd;
                    }
                }
                if (info.name.isEmpty() && info.sameCaliber && lastFig >= firstFigure) {
                    // "同口径完成3.67亿元": a second measure of the figure just given.
                    info.name = m_out.figures.at(lastFig).name;
                }
                if (info.name.isEmpty() && !group.figures.isEmpty() && group.clause == q.clause) {
                    const Figure &first = m_out.figures.at(group.figures.last());
                    QString base = first.name;
                    if (base.endsWith(QStringLiteral("面积")))
                        base.chop(2);
                    info.name = base + ((isAreaUnit(q.unit) && !isAreaUnit(first.unit)) ? QStringLiteral("面积") : QString());
                    info.fenbie = true;
                }
                if (info.name.isEmpty())
                    info.name = subjectOfPreviousClause(si, q, qs);
                if (info.name.isEmpty())
                    continue; // a bare number with nothing to name it is not a figure
            }
            if (fi < 0)
                fi = newFigure(q, info.name, si);
            mergeQuals(fi, info.quals);
            if (info.sameCaliber)
                m_sameCaliber.insert(fi);
            if (info.isFrom) {
                pendingFrom = fi;
                m_fromYear = info.fromYear;
            }
            if (investParent >= 0 && fi != investParent && !isMoneyUnit(q.unit))
                m_out.figures[fi].parentIndex = investParent;

            // Values listed in one clause form a group that one list of growths can follow.
            const bool continues = !group.figures.isEmpty() && group.clause == q.clause && !group.grown;
            if (!continues) {
                finishGroup(group);
                group = Group();
                group.clause = q.clause;
            }
            group.figures.append(fi);
        }
        finishGroup(group);
        applySentenceQualifiers(si, firstFigure);
        applyRanks(si, firstFigure, qs);
    }

    static bool listed(const QList<Qty> &qs, int i)
    {
        return i > 0 && qs.at(i - 1).growth && qs.at(i - 1).clause == qs.at(i).clause;
    }

    int ctxStartOfGrowthList(const QList<Qty> &qs, int i, int sentenceStart) const
    {
        int k = i;
        while (k > 0 && qs.at(k - 1).growth && qs.at(k - 1).clause == qs.at(i).clause)
            --k;
        return std::max(sentenceStart, qs.at(k).numStart - 20);
    }

    // "A、B…和I，分别增长…": the names stand alone in the clause before the growths.
    QString namesFromPreviousClause(int si, const QList<Qty> &qs, const Qty &first, int count) const
    {
        const QString clause = previousClause(si, first, qs, 400);
        if (clause.isEmpty())
            return {};
        const NameInfo all = cleanName(clause, false, 400);
        QStringList names = splitNames(all.name, count);
        if (names.size() != count)
            return {};
        for (QString &n : names)
            n = cleanName(n, false).name;
        return names.join(kDun);
    }

    void handleGrowths(int si, const QList<Qty> &qs, const QList<int> &list, const QString &before, Group &group)
    {
        // A list of growths may follow a list of names longer than one name may be.
        NameInfo info = cleanName(before, true, list.size() > 1 ? kMaxNameContext : kMaxNameLength);
        if (list.size() > 1 && info.name.size() > kMaxNameLength && splitNames(info.name, int(list.size())).isEmpty())
            info.name = info.name.right(kMaxNameLength);
        const Qty &first = qs.at(list.first());
        if (info.name.isEmpty() && list.size() > 1 && (group.figures.isEmpty() || group.grown))
            info.name = namesFromPreviousClause(si, qs, first, int(list.size()));
        bool sameCaliber = false;
        for (int fi : std::as_const(group.figures))
            sameCaliber = sameCaliber || m_sameCaliber.contains(fi);
        const bool valueInClause = !group.figures.isEmpty() && group.clause == first.clause;
        if (!info.name.isEmpty() && !valueInClause) {
            // Growth with no value: "规模工业增加值增长7%左右".
            const QString kind = growthKind(before, false);
            // "…产值1260亿元，增长16.8%，占规上工业产值比重提高3.6个百分点": the share of
            // the figure just given.
            if (info.name.startsWith(u'占') && list.size() == 1 && !m_out.figures.isEmpty() && m_figureSentence.last() == si
                && m_out.figures.last().parentIndex < 0 && m_out.figures.last().value && m_figureSeg.last() == first.segment) {
                info.name = truncatedName(m_out.figures.last().name + info.name, kMaxNameLength);
            }
            QStringList names = splitNames(info.name, int(list.size()));
            if (names.isEmpty())
                names = QStringList(info.name);
            for (int k = 0; k < list.size(); ++k) {
                const Qty &g = qs.at(list.at(k));
                const int fi = newFigure(g, names.value(k, names.last()), si);
                Figure &f = m_out.figures[fi];
                f.value.reset();
                f.pending = false;
                f.mask.clear();
                f.unit.clear();
                f.qualifier.clear();
                mergeQuals(fi, info.quals);
                setGrowth(fi, g, kind);
            }
            finishGroup(group);
            group = Group();
            return;
        }
        const QString kind = growthKind(before, sameCaliber);
        QList<int> targets;
        if (!group.figures.isEmpty() && !group.grown) {
            if (group.figures.size() == list.size())
                targets = group.figures;
            else
                targets = {group.figures.last()};
        } else if (!m_out.figures.isEmpty() && m_figureSentence.last() == si && !m_out.figures.last().growth
                   && !m_out.figures.last().growthPending && m_out.figures.last().parentIndex < 0) {
            targets = {int(m_out.figures.size()) - 1};
        }
        if (list.size() > 1 && targets.size() != list.size()) {
            // "接待游客326万人次，实现旅游收入28.6亿元，分别增长15.2%和18.3%": the values
            // may stand in clauses of their own.
            const int segment = first.segment;
            QList<int> found;
            for (int fi = int(m_out.figures.size()) - 1; fi >= 0 && found.size() < list.size(); --fi) {
                if (m_figureSentence.at(fi) != si || m_figureSeg.at(fi) != segment)
                    break;
                const Figure &f = m_out.figures.at(fi);
                if (f.parentIndex >= 0)
                    continue;
                if (f.growth || f.growthPending)
                    break;
                found.prepend(fi);
            }
            if (found.size() == list.size())
                targets = found;
        }
        for (int k = 0; k < targets.size() && k < list.size(); ++k) {
            setGrowth(targets.at(k), qs.at(list.at(k)), kind);
            mergeQuals(targets.at(k), info.quals);
        }
        finishGroup(group);
        group.grown = true;
    }

    void finishGroup(Group &group)
    {
        if (group.figures.isEmpty())
            return;
        const QString firstName = m_out.figures.at(group.figures.first()).name;
        const QStringList names = splitNames(firstName, int(group.figures.size()));
        if (names.size() == group.figures.size()) {
            for (int k = 0; k < names.size(); ++k)
                m_out.figures[group.figures.at(k)].name = names.at(k);
        }
        // A list name that did not split is one long name after all.
        for (int fi : std::as_const(group.figures)) {
            QString &name = m_out.figures[fi].name;
            if (name.size() > kMaxNameLength)
                name = truncatedName(name, kMaxNameLength);
        }
        if (group.figures.size() < 2)
            return;
        // 预计/累计 in front of a list speaks for every item of it.
        const QStringList firstQuals = m_out.figures.at(group.figures.first()).qualifier.split(u',');
        QStringList shared;
        for (const QString &q : firstQuals) {
            if (q == QStringLiteral("预计") || q == QStringLiteral("累计"))
                shared << q;
        }
        for (int k = 1; k < group.figures.size(); ++k)
            mergeQuals(group.figures.at(k), shared);
    }

    void applySentenceQualifiers(int si, int firstFigure)
    {
        const SentenceSpan &s = m_sentences.at(si);
        QStringView text = QStringView(m_t).mid(s.start, s.end - s.start);
        static const QRegularExpression estimated(QStringLiteral("^(?:(?:\\d{4}|[xX]{4})年，?)?预计"));
        if (!estimated.match(text).hasMatch())
            return;
        for (int fi = firstFigure; fi < m_out.figures.size(); ++fi) {
            QStringList quals = m_out.figures.at(fi).qualifier.isEmpty()
                ? QStringList()
                : m_out.figures.at(fi).qualifier.split(u',');
            if (!quals.contains(QStringLiteral("预计")))
                quals.prepend(QStringLiteral("预计"));
            m_out.figures[fi].qualifier = quals.join(u',');
        }
    }

    void applyRanks(int si, int firstFigure, const QList<Qty> &qs)
    {
        Q_UNUSED(qs);
        const SentenceSpan &s = m_sentences.at(si);
        const QString text = m_t.mid(s.start, s.end - s.start);
        auto it = rankRe().globalMatch(text);
        int clause = 0;
        int counted = 0;
        int upto = firstFigure;
        while (it.hasNext()) {
            const auto m = it.next();
            for (; counted < m.capturedStart(0); ++counted) {
                const QChar c = text.at(counted);
                if (c == kComma || c == kColon || c == kSemicolon)
                    ++clause;
            }
            // A rank speaks of the figures just before it; looking back a bounded
            // number of figures keeps a huge unpunctuated line linear.
            const int rankStart = origStart(s.start + int(m.capturedStart(0)));
            while (upto < m_out.figures.size() && m_out.figures.at(upto).start < rankStart)
                ++upto;
            const int from = std::max(firstFigure, upto - 64);
            int best = -1;
            for (int fi = from; fi < upto; ++fi) {
                const int c = m_figureClause.at(fi);
                if (c <= clause && m_out.figures.at(fi).parentIndex < 0)
                    best = std::max(best, c);
            }
            if (best < 0)
                continue;
            // "增速分别位居全市第二、第三和第一": one rank for each figure, in order.
            QStringList ranks{m.captured(0)};
            static const QRegularExpression more(QStringLiteral(
                "^(?:、|和|及|以及)(第[一二三四五六七八九十\\d]+(?:位|名)?|前列|首位)"));
            static const QRegularExpression ordinal(QStringLiteral("第[一二三四五六七八九十\\d]+(?:位|名)?$|前列$|首位$"));
            const auto head = ordinal.match(m.captured(0));
            int at = int(m.capturedEnd(0));
            while (head.hasMatch()) {
                const auto n = more.match(QStringView(text).mid(at, 16));
                if (!n.hasMatch())
                    break;
                ranks << m.captured(0).left(head.capturedStart()) + n.captured(1);
                at += int(n.capturedLength(0));
            }
            QList<int> owners;
            for (int fi = from; fi < upto; ++fi) {
                if (m_figureClause.at(fi) == best && m_out.figures.at(fi).rank.isEmpty())
                    owners << fi;
            }
            for (int k = 0; k < owners.size(); ++k)
                m_out.figures[owners.at(k)].rank = ranks.size() == owners.size() ? ranks.at(k) : ranks.first();
        }
    }

    // --- sections, domains, keys ------------------------------------------------------

    QStringList sectionChain(int index) const
    {
        QStringList titles;
        for (int i = index; i >= 0 && titles.size() < 8; i = m_out.sections.at(i).parentIndex)
            titles.append(m_out.sections.at(i).title);
        return titles;
    }

    void assignSections()
    {
        const Catalogue &catalogue = Catalogue::instance();
        m_sentenceSection.resize(m_sentences.size());
        // Sentences and sections both run in text order and sections nest, so one walk
        // with a stack of open sections finds the innermost for every sentence.
        QList<int> open;
        int next = 0;
        for (int si = 0; si < m_sentences.size(); ++si) {
            const int offset = origStart(m_sentences.at(si).start);
            while (next < m_out.sections.size() && m_out.sections.at(next).start <= offset) {
                while (!open.isEmpty() && m_out.sections.at(open.last()).end <= m_out.sections.at(next).start)
                    open.removeLast();
                open.append(next++);
            }
            while (!open.isEmpty() && m_out.sections.at(open.last()).end <= offset)
                open.removeLast();
            m_sentenceSection[si] = open.isEmpty() ? -1 : open.last();
            if (!open.isEmpty() && m_out.sections.at(open.last()).start == offset)
                m_headingSentences.insert(si);
        }
        for (int fi = 0; fi < m_out.figures.size(); ++fi) {
            Figure &f = m_out.figures[fi];
            const int si = m_figureSentence.at(fi);
            const SentenceSpan &s = m_sentences.at(si);
            f.sentence = sentenceText(si);
            f.sectionIndex = m_sentenceSection.at(si);
            f.section = f.sectionIndex >= 0 ? m_out.sections.at(f.sectionIndex).title : QString();
            f.key = catalogue.keyFor(f.name);
            f.domain = catalogue.domainFor(f.name, sectionChain(f.sectionIndex));
        }
    }

    // --- highlights -------------------------------------------------------------------

    bool isSectionHeading(int si) const
    {
        return m_headingSentences.contains(si) && m_sentences.at(si).end - m_sentences.at(si).start <= 42;
    }

    double scoreSentence(int si) const
    {
        static const QRegularExpression first(QStringLiteral("首次|首个|首家|第一|率先|填补[^，。；]{0,16}空白|零的突破"));
        static const QRegularExpression national(QStringLiteral("国家级|全国"));
        static const QRegularExpression provincial(QStringLiteral("省级|全省"));
        static const QRegularExpression record(QStringLiteral("历史新高|新高|创[^，。；]{0,8}纪录|倍增|翻番"));
        const SentenceSpan &s = m_sentences.at(si);
        const QString text = m_t.mid(s.start, std::min(s.end - s.start, 2000));
        if (text.size() < 8 || isSectionHeading(si))
            return 0;
        // Every real sentence can stand for its subsection when nothing there stands out.
        double score = 0.1;
        if (rankRe().match(text).hasMatch())
            score += 5;
        if (first.match(text).hasMatch())
            score += 4;
        if (national.match(text).hasMatch())
            score += 3;
        if (provincial.match(text).hasMatch())
            score += 1.5;
        if (record.match(text).hasMatch())
            score += 3;
        const auto range = m_sentenceFigures.value(si);
        for (int fi = range.first; fi < range.second; ++fi) {
            const Figure &f = m_out.figures.at(fi);
            const bool pending = f.pending || f.growthPending;
            double w = pending ? 0.3 : 1.0;
            if (f.unit == QStringLiteral("亿元"))
                w *= 2;
            score += std::min(w, 2.0);
        }
        // Very long sentences make poor ticker lines.
        if (text.size() > 160)
            score *= 0.7;
        return score;
    }

    void pickHighlights()
    {
        for (int fi = 0; fi < m_out.figures.size(); ++fi) {
            const int si = m_figureSentence.at(fi);
            auto &range = m_sentenceFigures[si];
            if (range.second == 0)
                range.first = fi;
            range.second = fi + 1;
        }
        QList<double> scores(m_sentences.size(), 0);
        for (int si = 0; si < m_sentences.size(); ++si)
            scores[si] = scoreSentence(si);

        QList<bool> chosen(m_sentences.size(), false);
        int count = 0;
        // At least one per leaf of the outline (level-2, or a level-1 without children):
        // the best sentence of each, level-3 items counting for their level-2.
        const int sectionCount = int(m_out.sections.size());
        QList<bool> hasChildren(sectionCount, false);
        for (const Section &o : std::as_const(m_out.sections)) {
            if (o.level == 2 && o.parentIndex >= 0)
                hasChildren[o.parentIndex] = true;
        }
        QList<int> bestOf(sectionCount, -1);
        for (int si = 0; si < m_sentences.size(); ++si) {
            int owner = m_sentenceSection.at(si);
            if (owner >= 0 && m_out.sections.at(owner).level > 2)
                owner = m_out.sections.at(owner).parentIndex;
            if (owner < 0 || scores.at(si) <= 0)
                continue;
            if (bestOf.at(owner) < 0 || scores.at(si) > scores.at(bestOf.at(owner)))
                bestOf[owner] = si;
        }
        for (int sec = 0; sec < sectionCount; ++sec) {
            if (m_out.sections.at(sec).level > 2 || hasChildren.at(sec))
                continue;
            const int best = bestOf.at(sec);
            if (best >= 0 && !chosen.at(best) && count < kMaxHighlights) {
                chosen[best] = true;
                ++count;
            }
        }
        QList<int> order(m_sentences.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores.at(a) > scores.at(b); });
        for (int si : std::as_const(order)) {
            if (count >= kMaxHighlights || scores.at(si) < 3)
                break;
            if (!chosen.at(si)) {
                chosen[si] = true;
                ++count;
            }
        }
        for (int si = 0; si < m_sentences.size(); ++si) {
            if (!chosen.at(si))
                continue;
            const SentenceSpan &s = m_sentences.at(si);
            Highlight h;
            h.sentence = sentenceText(si);
            h.start = origStart(s.start);
            h.end = origEnd(s.end);
            h.sectionIndex = m_sentenceSection.at(si);
            h.section = h.sectionIndex >= 0 ? m_out.sections.at(h.sectionIndex).title : QString();
            h.score = scores.at(si);
            m_out.highlights.append(h);
        }
    }

    Norm m_norm;
    const QString &m_t;
    ParsedReport m_out;
    QList<SentenceSpan> m_sentences;
    QList<int> m_sentenceSection;
    QList<int> m_figureSentence;
    QList<int> m_figureClause;
    QList<int> m_figureSeg;
    QSet<int> m_sameCaliber;
    QSet<int> m_headingSentences;
    QHash<int, QString> m_sentenceTexts;
    QHash<int, QPair<int, int>> m_sentenceFigures;
    QString m_fromYear;
    QHash<int, int> m_childCount;
    int m_lastLevel1 = -1;
    int m_lastLevel2 = -1;
    int m_lastArabic = 0;       // number of the last "1." point, for the next to follow it
    int m_firstHeadingEnd = -1; // normalised offset of the end of the first heading line
};

} // namespace

ParsedReport ReportParser::parse(const QString &text)
{
    ParsedReport report = Parser(text).run();
    assignParts(report);
    repairNames(report);
    return report;
}
