#include "Candidates.h"

#include "Catalogue.h"
#include "Numbers.h"
#include "Units.h"
#include "WholeName.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace {

bool onTheWall(const Figure &f)
{
    return f.role == u"result" || f.role == u"period";
}

bool statesSomething(const Figure &f)
{
    return f.pending || f.value || f.growthPending || f.growth;
}

// 高新技术产业产值 45%: a share stated under the name of the amount it is a share of (the
// report's "占…比重" fell away). The name says money, the unit a rate: no card can say which.
bool unitBeliesName(const Figure &f)
{
    static const QRegularExpression amount(QStringLiteral("(?:产值|收入|投资|总额|增加值|金额|资金)$"));
    static const QRegularExpression rate(QStringLiteral("率|比|占|重|份额|贡献"));
    return f.unit == u"%" && amount.match(f.name).hasMatch() && !rate.match(f.name).hasMatch();
}

// A card names an indicator, not a thing the report mentions, nor a deed. The report's wording
// shows when it does not:
// - 热水村等3个村获评省级乡村治理示范村: the name is the first of what is counted, not the count's;
// - 新人民医院完成85%: a percentage under the name of a thing is how far its work has come;
// - 稳定消除风险对象11户, 剔除…因素贷款余额增加: a manner of doing or a proviso opens a clause;
// - 打掉黑社会性质组织, 细化出台过渡期政策文件: a deed opens with its verb;
// - 满意率和基本满意率: two indicators joined, not one;
// - xx麻业种植基地: a placeholder inside the name, the draft's name is not written yet;
// - 存款余额较年初增加45.8亿元: a change of an indicator stated as an amount, beside the indicator.
// Such figures stay in the page's full list; the catalogue's own indicators always pass.
bool namesAnExample(const Figure &f)
{
    if (f.name.isEmpty() || !f.sentence.contains(f.name))
        return false;
    const QRegularExpression example(QRegularExpression::escape(f.name)
                                     + QStringLiteral("等[0-9０-９一二三四五六七八九十两几多数]"));
    return example.match(f.sentence).hasMatch();
}

bool percentOfAThing(const Figure &f, const QString &label)
{
    static const QRegularExpression rate(QStringLiteral(
        "率|比|占|重|份额|贡献|覆盖|达标|合格|满意|增长|增速|增幅|下降|降低|提高|水平|程度|指数"));
    return f.unit == u"%" && !rate.match(label).hasMatch();
}

const QString &deedVerbs()
{
    static const QString verbs = QStringLiteral(
        "(?:打掉|打击|接种|办成|办结|细化|出台|制定|成功|科学|清理|整治|化解|消除|组建|投放|疏通|划定|帮扶|扶持|兜牢|守住)");
    return verbs;
}

// "打掉黑社会性质组织2个、恶势力犯罪集团2个": the later items of a list are the same deed's objects.
bool objectOfADeed(const Figure &f)
{
    const qsizetype at = f.sentence.indexOf(f.name);
    if (at <= 0)
        return false;
    static const QRegularExpression clauseStart(QStringLiteral("[，,；;：:。]"));
    const qsizetype from = f.sentence.lastIndexOf(clauseStart, at - 1) + 1;
    const QString before = f.sentence.mid(from, at - from);
    static const QRegularExpression deedList(QStringLiteral("^") + deedVerbs() + QStringLiteral(".*、$"));
    return deedList.match(before).hasMatch();
}

bool readsAsClause(const QString &label)
{
    static const QRegularExpression clause(QStringLiteral(
        "^(?:稳定|有效|切实|扎实|积极|大力|持续|深入|不断|进一步|逐步|顺利|圆满|全力|着力|坚决|剔除|扣除|按可比)"
        "|^") + deedVerbs() + QStringLiteral(
        "|(?:较|比)(?:年初|上年|去年|同期)|同比"
        "|(?<![A-Za-z])[xX]+(?![A-Za-z])"));
    if (clause.match(label).hasMatch())
        return true;
    static const QRegularExpression measured(QStringLiteral("(?:率|额|值|量|数|收入|投资|面积|比重|占比|产量)$"));
    const QStringList joined = label.split(QRegularExpression(QStringLiteral("[和及与]")));
    return joined.size() > 1 && std::all_of(joined.cbegin(), joined.cend(), [](const QString &part) {
        return measured.match(part).hasMatch();
    });
}

bool notAnIndicator(const Candidate &c)
{
    const Figure &f = *c.figure;
    return !c.catalogued
        && (namesAnExample(f) || percentOfAThing(f, c.label) || readsAsClause(c.label) || objectOfADeed(f));
}

const FigureOverride *overrideFor(const Figure &f, const QList<FigureOverride> &overrides)
{
    for (const FigureOverride &o : overrides) {
        if (o.figureId == f.id || (o.figureId == 0 && o.figureKey == f.key && o.figureName == f.name))
            return &o;
    }
    return nullptr;
}

QString statement(const Figure &f)
{
    QString s;
    if (f.value)
        s = Numbers::format(*f.value) + f.unit;
    if (f.growth)
        s += (s.isEmpty() ? QString() : QStringLiteral(" ")) + f.growthKind + Numbers::format(*f.growth) + u'%';
    return s;
}

bool sameStatement(const Figure &a, const Figure &b)
{
    // A placeholder agrees with anything: only two stated, different numbers disagree.
    const bool valuesDiffer = a.value && b.value && !a.pending && !b.pending
        && (a.unit != b.unit || std::abs(*a.value - *b.value) > 1e-9);
    const bool growthsDiffer = a.growth && b.growth && !a.growthPending && !b.growthPending
        && std::abs(*a.growth - *b.growth) > 1e-9;
    return !valuesDiffer && !growthsDiffer;
}

} // namespace

Candidates::Candidates(const QList<Figure> &figures, const QList<FigureOverride> &overrides)
{
    const Catalogue &catalogue = Catalogue::instance();
    for (const Figure &f : figures) {
        const FigureOverride *o = overrideFor(f, overrides);
        if ((o && o->hidden) || !onTheWall(f) || !statesSomething(f))
            continue;
        Candidate c;
        c.figure = &f;
        c.page = o && !o->pinPage.isEmpty() ? o->pinPage : f.domain;
        c.label = o && !o->label.isEmpty() ? o->label : catalogue.displayName(f.name);
        c.shortLabel = o && !o->label.isEmpty() ? o->label : catalogue.shortLabel(f.name);
        c.headlineRank = catalogue.headlineRank(f.name);
        c.catalogued = catalogue.find(f.name) != nullptr;
        c.pinOrder = o && !o->pinPage.isEmpty() ? std::max(0, o->order) : -1;
        c.headlineOrder = o ? o->headlineOrder : -1;
        // The staff's own label is whole by their decision; the report's must read whole.
        const bool staffNamed = o && !o->label.isEmpty();
        if (!staffNamed && c.pinOrder < 0
            && (WholeName::isSentencePiece(f.name) || !WholeName::looksWhole(c.label) || unitBeliesName(f) || notAnIndicator(c)))
            continue;
        c.weight = weigh(c);
        (f.parentId == 0 ? m_top : m_parts).append(c);
    }
    dedupe();
}

int Candidates::weigh(const Candidate &c)
{
    const Figure &f = *c.figure;
    static const QRegularExpression record(QStringLiteral("首次|突破|最高|新高|第一|首位"));
    const bool hasValue = f.pending || f.value;
    const bool hasChange = f.growthPending || f.growth;
    const Units::Kind kind = Units::kind(f.unit);
    int w = 0;
    if (c.catalogued)
        w += 1000;
    if (hasValue && hasChange)
        w += 400;
    if (kind == Units::Kind::Money)
        w += f.unit == u"亿元" ? 400 : 300;
    if (kind == Units::Kind::PerCapita && f.name.contains(u"收入"))
        w += 300;
    if (!f.rank.isEmpty())
        w += 200;
    if (record.match(f.qualifier).hasMatch())
        w += 150;
    if (kind == Units::Kind::Percent && hasValue)
        w += 100;
    if (f.role == u"period")
        w -= 50;
    return w;
}

void Candidates::dedupe()
{
    // Same indicator, same year: one card. A result of the year beats a multi-year review
    // figure of it (the five-year average stays in the full list); within one role the
    // report's order decides, so the summary at the head of the review is the one kept.
    QHash<QString, qsizetype> first;
    QList<Candidate> kept;
    QSet<QString> warned;
    for (const Candidate &c : std::as_const(m_top)) {
        const Figure &f = *c.figure;
        // The catalogue as it is now, not the key stored at import: synonyms grow.
        const QString id = QStringLiteral("%1|%2").arg(Catalogue::instance().keyFor(c.label)).arg(f.year);
        const auto seen = first.constFind(id);
        if (seen == first.constEnd()) {
            first.insert(id, kept.size());
            kept.append(c);
            continue;
        }
        Candidate &winner = kept[seen.value()];
        if (winner.figure->role != f.role) {
            if (f.role == u"result")
                winner = c;
            continue;
        }
        if (!sameStatement(*winner.figure, f) && c.catalogued && !warned.contains(id)) {
            warned.insert(id);
            m_warnings.append(QStringLiteral("%1 %2 / %3").arg(winner.label, statement(*winner.figure), statement(f)));
        }
    }
    m_top = kept;
}

QList<Candidate> Candidates::forPage(const QString &page) const
{
    QList<Candidate> list;
    for (const Candidate &c : m_top) {
        if (c.page == page)
            list.append(c);
    }
    std::stable_sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) {
        if ((a.pinOrder >= 0) != (b.pinOrder >= 0))
            return a.pinOrder >= 0;
        if (a.pinOrder >= 0)
            return a.pinOrder < b.pinOrder;
        // The leaders' indicators in their reading order, then the rest by weight.
        if ((a.headlineRank >= 0) != (b.headlineRank >= 0))
            return a.headlineRank >= 0;
        if (a.headlineRank >= 0 && a.headlineRank != b.headlineRank)
            return a.headlineRank < b.headlineRank;
        return a.weight > b.weight;
    });
    return list;
}

QList<Candidate> Candidates::partsOf(qint64 parentId) const
{
    QList<Candidate> list;
    for (const Candidate &c : m_parts) {
        if (c.figure->parentId == parentId)
            list.append(c);
    }
    return list;
}
