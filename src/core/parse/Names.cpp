#include "Names.h"

#include "Catalogue.h"
#include "FigureEdits.h"
#include "IndicatorWords.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace IndicatorWords;

namespace {

QRegularExpression re(const char16_t *pattern)
{
    return QRegularExpression(QString::fromUtf16(pattern));
}

const QRegularExpression &badStart()
{
    static const QRegularExpression start = re(
        u"^(?:的|以(?=上|下|内)|较|比(?!重|例)|与|占(?!地)|为|是|和(?!美|谐)|及(?!时)|并|或|等|其中|分别|均(?!衡)|在(?!建|校|册|岗|职|库)|"
        u"对(?!口|外)|把|将|由|从(?!业)|至|向|于|让(?!利)|使(?!用)|增加到|提高到|下降到|达到|同期)");
    return start;
}

const QRegularExpression &badEnd()
{
    static const QRegularExpression end = re(
        u"(?:的|和|及|与|或|等|各|为|达|至|到|约|近|超|共|在|于|并|以|对|将|把|了|着|过|保持|不低于|不高于|"
        u"超过|达到|突破|分别|均|累计|占|是|(?<!占|对)比|较|始终|连续|全部|再度|加快|推进|再创新高|稳步|持续|"
        u"全国|全省|全市|全县|(?:全国|全省|全市)前|（|(?<!以)内)$");
    return end;
}

// Ends in what is measured: 率, 额, 值, 收入, 投资 …
const QRegularExpression &measured()
{
    static const QRegularExpression end = re(u"(?:率|额|值|量|数|收入|投资|面积|比重|占比|产量|总产|资金)$");
    return end;
}

// A subject followed by a verb of outcome, a number with its unit, an open bracket: a
// clause the parser cut, not the name of an indicator.
bool isClause(const QString &name)
{
    static const QRegularExpression outcome = re(
        u".(?:入选|获评|列入|认定为|整合为|设立|获得|投入使用|搬进|参与|完成|实现|达到|进入|覆盖|分别)(?!率|面|数)");
    static const QRegularExpression counted = re(u"\\d+(?:\\.\\d+)?[个家所项条座人名处户亩元吨%]");
    if (outcome.match(name).hasMatch() || counted.match(name).hasMatch())
        return true;
    // "10名米易县先天性心脏病患儿获得免费治疗": a name that opens with a county's own name is
    // the subject of a clause; an indicator never names its county.
    static const QRegularExpression county = re(u"^(?![全本我该各])\\p{Han}{1,3}[县旗](?![级域城乡镇区])");
    if (county.match(name).hasMatch())
        return true;
    return name.count(u'（') != name.count(u'）') || name.count(u'“') != name.count(u'”');
}

} // namespace

namespace {

bool judgeName(const QString &name)
{
    const QString n = bare(name);
    if (hanCount(n) < 2 || n.size() > 24)
        return false;
    // 新增企业, 初步建成城区: a verb before a bare noun; but the catalogue's 签约项目 is whole.
    if (isGeneric(n))
        return false;
    const QString rest = withoutVerbs(n);
    if (hanCount(rest) < 2 || (isGeneric(rest) && !Catalogue::instance().find(n)))
        return false;
    if (badStart().match(n).hasMatch() || badEnd().match(n).hasMatch())
        return false;
    // A list of several indicators is not one ("工业投资、技改投资", "办复率、满意率"); a category
    // ("A、B等平台") or one measure of several things ("磷酸铁、碳酸锂…材料产值") is.
    if (n.contains(u'、') && !n.contains(u'等')) {
        const QStringList items = n.split(u'、');
        if (std::all_of(items.cbegin(), items.cend(), [](const QString &i) { return measured().match(i).hasMatch(); }))
            return false;
    }
    return !isClause(name);
}

} // namespace

bool isWholeIndicatorName(const QString &name)
{
    // A pure function of the name, asked several times per figure while repairing: worth
    // remembering, within bounds (a fuzzed megabyte of text has tens of thousands of names).
    thread_local QHash<QString, bool> known;
    const auto it = known.constFind(name);
    if (it != known.cend())
        return *it;
    if (known.size() > 4096)
        known.clear();
    const bool whole = judgeName(name);
    known.insert(name, whole);
    return whole;
}

namespace {

bool sameSentence(const Figure &a, const Figure &b)
{
    return a.sentenceStart == b.sentenceStart && a.sentenceEnd == b.sentenceEnd;
}

// "——", "1.", "今年将", "去年全县完成" in front, "各", "保持" behind: trimmed when what is
// left is a whole name.
QString trimmed(const QString &name)
{
    static const QRegularExpression lead = re(
        u"^(?:——|—|·|●|\\d{1,2}[.、）]|（\\d{1,2}）)?(?:(?:今年|明年|去年|下一步|全年|同时|其中|并)[，]?)*"
        u"(?:全县|全区|全市|全镇)?(?:将|要|力争|计划|争取|确保|累计|共)*(?:完成|实现)?");
    // Not 及/和/与: "春长南路及13个城区主要路口" goes on after the number (see fromNounAfter).
    static const QRegularExpression tail = re(
        u"(?:各|等|的|保持|达到|达|为|共|分别|均|约|始终|连续|全部|再度|加快推进|扎实推进|稳步推进|加快|再创新高)+$");
    QString out = name;
    const auto m = lead.match(out);
    if (m.capturedLength() > 0) {
        const QString rest = out.mid(m.capturedLength());
        if (isWholeIndicatorName(rest))
            out = rest;
    }
    // "产业扶持项目73个投入": the count inside belongs to another figure.
    static const QRegularExpression innerCount = re(u"(?<=\\p{Han})\\d+(?:\\.\\d+)?[个家项所座条处户](?=\\p{Han})");
    QString uncounted = out;
    uncounted.remove(innerCount);
    if (uncounted != out && isWholeIndicatorName(uncounted))
        out = uncounted;
    QString cut = out;
    cut.remove(tail);
    if (cut != out && hanCount(cut) >= 2 && isWholeIndicatorName(cut))
        out = cut;
    return out;
}

// 较年初 / 同比 + growth after values listed without one: the change of those values.
void mergeComparisons(ParsedReport &r)
{
    for (int i = 0; i < r.figures.size(); ++i) {
        const Figure &first = r.figures.at(i);
        if (first.value || first.pending || !(first.growth || first.growthPending) || !isComparisonFragment(first.name))
            continue;
        int k = 1; // a run of fragments: 较年初分别增长15.8%、14.7%
        while (i + k < r.figures.size() && sameSentence(r.figures.at(i + k), first)
               && isComparisonFragment(r.figures.at(i + k).name) && !r.figures.at(i + k).value)
            ++k;
        QList<int> owners;
        for (int j = i - 1; j >= 0 && owners.size() < k && sameSentence(r.figures.at(j), first); --j) {
            const Figure &g = r.figures.at(j);
            if (g.parentIndex >= 0 || g.growth || g.growthPending || !(g.value || g.pending))
                break;
            owners.prepend(j);
        }
        if (owners.size() != k)
            continue;
        for (int n = 0; n < k; ++n) {
            const Figure &fragment = r.figures.at(i + n);
            Figure &owner = r.figures[owners.at(n)];
            owner.growth = fragment.growth;
            owner.growthPending = fragment.growthPending;
            owner.growthMask = fragment.growthMask;
            QString kind = fragment.name;
            kind.remove(QRegularExpression(QStringLiteral("(?:分别|均)$")));
            owner.growthKind = kind;
        }
        for (int n = k - 1; n >= 0; --n)
            FigureEdits::remove(r, i + n);
        --i;
    }
}

// "省级重点项目5个、市级重点项目20个，分别完成投资12.8亿元、37.2亿元": the measures of the items
// listed just before, named after them.
void nameRespectiveMeasures(ParsedReport &r)
{
    static const QRegularExpression respective = re(u"^分别(?:完成|实现|达到|为|有)?(.+)$");
    for (int i = 0; i < r.figures.size(); ++i) {
        const Figure &first = r.figures.at(i);
        const auto m = respective.match(first.name);
        if (!m.hasMatch() || !isMeasure(m.captured(1)))
            continue;
        int k = 1;
        while (i + k < r.figures.size() && sameSentence(r.figures.at(i + k), first) && r.figures.at(i + k).name == first.name)
            ++k;
        const int from = i - k;
        if (from < 0 || !sameSentence(r.figures.at(from), first))
            continue;
        for (int n = 0; n < k; ++n) {
            const QString owner = bare(r.figures.at(from + n).name);
            if (isWholeIndicatorName(owner))
                FigureEdits::rename(r, r.figures[i + n], owner + m.captured(1));
        }
        i += k - 1;
    }
}

// "不良贷款率较年初" with a growth: the comparison is the kind of change, not part of the name.
void moveComparisonToKind(const ParsedReport &r, Figure &f)
{
    static const QRegularExpression suffix = re(u"^(.{2,}?)((?:较|比)(?:年初|上年|去年|上年同期|去年同期))$");
    const auto m = suffix.match(f.name);
    if (!m.hasMatch() || !f.growth || f.growthKind == u"百分点" || f.growthKind == u"倍")
        return;
    f.growthKind = m.captured(2);
    FigureEdits::rename(r, f, m.captured(1));
}

// The report's normalised text (spaces and line breaks a PDF copy puts inside words and
// numbers removed), read at a figure's original offsets: the words around a figure are the
// same whether the report was typed or copied out of a PDF.
class NormalText
{
public:
    explicit NormalText(const TextNormalizer::Result &norm)
        : m_norm(norm)
    {
    }

    // The normalised offset of an original one: the first character at or after it.
    int at(int original) const
    {
        const auto it = std::lower_bound(m_norm.map.cbegin(), m_norm.map.cend(), original);
        return int(it - m_norm.map.cbegin());
    }
    QString slice(int originalFrom, int originalTo) const
    {
        const int from = at(originalFrom);
        return m_norm.text.mid(from, std::max(0, at(originalTo) - from));
    }
    QString after(int original, int length) const { return m_norm.text.mid(at(original), length); }

private:
    const TextNormalizer::Result &m_norm;
};

// The text between two figures of one sentence.
QString between(const NormalText &t, const Figure &a, const Figure &b)
{
    return a.end <= b.start ? t.slice(a.end, b.start) : QString();
}

// 省级 beside 国家级…企业: the neighbour's name with its level replaced.
QString fromLevelNeighbour(const ParsedReport &r, const NormalText &t, int i)
{
    const Figure &f = r.figures.at(i);
    // "…企业2家、省级8家": the noun came before; "建成4个省级、12个市级…示范村": it comes after.
    const bool nounAfter = t.after(f.end, f.name.size()) == f.name;
    const int j = nounAfter ? i + 1 : i - 1;
    if (j < 0 || j >= r.figures.size() || !sameSentence(r.figures.at(j), f))
        return QString();
    const QString neighbour = r.figures.at(j).name;
    const QString level = levelIn(neighbour);
    if (level.isEmpty() || !isWholeIndicatorName(neighbour))
        return QString();
    QString name = neighbour;
    name.replace(name.indexOf(level), level.size(), f.name);
    return name;
}

// 外资 after 实际利用内资…, 出栏 after 存栏生猪…, 利润 after …企业增加值…
QString fromMeasureSibling(const ParsedReport &r, const NormalText &t, int i)
{
    const Figure &f = r.figures.at(i);
    if (i == 0 || !sameSentence(r.figures.at(i - 1), f))
        return QString();
    const Figure &prev = r.figures.at(i - 1);
    const QString p = bare(prev.name);
    const QString m = f.name;
    // Only list neighbours: "…亿元、利润5.1亿元", "…万头，出栏…".
    static const QRegularExpression joint = re(u"^[、，和及与]?$");
    QString gap = between(t, prev, f);
    gap.remove(m);
    if (!joint.match(gap.trimmed()).hasMatch() || !isWholeIndicatorName(p))
        return QString();
    const qsizetype n = m.size();
    if (m.isEmpty() || hanCount(QStringView(m).right(1)) == 0)
        return QString();
    if (p.size() > n && p.endsWith(m.back()) && p.right(n) != m && p.at(p.size() - n) != m.front())
        return p.left(p.size() - n) + m;
    if (p.size() > n && p.at(n - 1) == m.back() && p.left(n) != m)
        return p.mid(n) + m;
    const QString measure = measureAtEnd(p);
    if (!measure.isEmpty() && isMeasure(m))
        return p.left(p.size() - measure.size()) + m;
    return QString();
}

// "十强产业"、"四新"经济增加值分别增长…: the first item shares the measure of the last.
QString fromSharedMeasure(const ParsedReport &r, const NormalText &t, int i)
{
    const Figure &f = r.figures.at(i);
    if (i + 1 >= r.figures.size() || !sameSentence(r.figures.at(i + 1), f))
        return QString();
    const QString measure = measureAtEnd(bare(r.figures.at(i + 1).name));
    if (measure.isEmpty() || !isSharedMeasure(measure) || measured().match(f.name).hasMatch())
        return QString();
    // Near the figure only: a sentence may be very long.
    const int from = std::max(f.sentenceStart, f.start - 80);
    QString near = t.slice(from, f.start);
    near.remove(u'“');
    near.remove(u'”');
    near.remove(u'"');
    return near.contains(bare(f.name) + u'、') ? bare(f.name) + measure : QString();
}

// 规划建设3.5万亩高标准农田: the noun after the number.
QString fromNounAfter(const ParsedReport &r, const NormalText &t, int i)
{
    static const QRegularExpression noun = re(
        u"^(?:以上|左右|余|多)?的?[“\"]?([\\p{Han}A-Za-z0-9]{2,12}?)[”\"]?(?=[，。；、（]|$|实施|完成|实现|获得|入选|投入|建成|开工|改造)");
    const Figure &f = r.figures.at(i);
    const QString after = t.after(f.end, 24);
    const auto m = noun.match(after);
    if (!m.hasMatch())
        return QString();
    const QString name = m.captured(1);
    return isWholeIndicatorName(name) ? name : QString();
}

} // namespace

void repairNames(ParsedReport &report, const TextNormalizer::Result &normalised)
{
    const NormalText text(normalised);
    mergeComparisons(report);
    nameRespectiveMeasures(report);
    for (int i = 0; i < report.figures.size(); ++i) {
        Figure &f = report.figures[i];
        moveComparisonToKind(report, f);
        QString name = trimmed(f.name);
        if (!isWholeIndicatorName(name)) {
            QString repaired;
            if (isLevel(name))
                repaired = fromLevelNeighbour(report, text, i);
            if (repaired.isEmpty() && (isMeasure(name) || hanCount(name) <= 2))
                repaired = fromMeasureSibling(report, text, i);
            static const QRegularExpression continues = re(u"[及和与或、]$");
            if (repaired.isEmpty() && (isVerbsOnly(name) || continues.match(name).hasMatch()))
                repaired = fromNounAfter(report, text, i);
            if (!repaired.isEmpty() && isWholeIndicatorName(repaired))
                name = repaired;
        } else if (const QString shared = fromSharedMeasure(report, text, i); !shared.isEmpty()) {
            name = shared;
        }
        if (name != f.name)
            FigureEdits::rename(report, f, name);
    }
}
