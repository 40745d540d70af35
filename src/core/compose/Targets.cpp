#include "Targets.h"

#include "Catalogue.h"
#include "Domains.h"
#include "Units.h"

#include <QSet>
#include <cmath>

namespace {

constexpr double kEpsilon = 1e-9;

bool isTarget(const Figure &f, int year)
{
    return f.role == u"target" && f.year == year && year > 0;
}

bool hasGrowth(const Figure &f)
{
    return f.growth.has_value() || f.growthPending;
}

bool hasValue(const Figure &f)
{
    return f.value.has_value() || f.pending;
}

QStringList qualifiers(const Figure &f)
{
    return f.qualifier.split(u',', Qt::SkipEmptyParts);
}

// Growth kinds that measure the same thing: a change on the year before (同比, 比上年, 增长,
// 增幅), an average over several years, a change in points, a multiple.
QString growthFamily(const QString &kind)
{
    if (kind == u"年均" || kind == u"百分点" || kind == u"倍" || kind == u"自然增幅")
        return kind;
    return QStringLiteral("annual");
}

bool sameIndicator(const Figure &a, const Figure &b)
{
    if (!a.key.isEmpty() && a.key == b.key)
        return true;
    const Catalogue &c = Catalogue::instance();
    return c.displayName(a.name) == c.displayName(b.name);
}

bool sameKind(const Figure &target, const Figure &result)
{
    if (hasGrowth(target))
        return hasGrowth(result) && growthFamily(target.growthKind) == growthFamily(result.growthKind);
    if (hasValue(target))
        return hasValue(result) && Units::factor(result.unit, target.unit).has_value();
    return false;
}

// "增幅高于全市平均水平" → "高于全市平均": what a result must state to meet such a target.
QString comparison(const Figure &target)
{
    for (const QString &q : qualifiers(target)) {
        const qsizetype at = q.indexOf(QStringLiteral("高于"));
        if (at < 0)
            continue;
        QString core = q.mid(at);
        core.remove(QStringLiteral("水平"));
        return core;
    }
    return {};
}

// The words right after the result's mention: "增长5.8%，高于全市平均水平".
QString afterMention(const Figure &f)
{
    if (f.start < f.sentenceStart || f.sentenceStart < 0)
        return f.sentence;
    return f.sentence.mid(f.start - f.sentenceStart, 40);
}

LayoutCard::Met verdict(bool met)
{
    return met ? LayoutCard::Met::Yes : LayoutCard::Met::No;
}

LayoutCard cardFor(const Figure &target, const QList<Figure> *reviewed)
{
    LayoutCard card;
    card.figure = target.id;
    card.label = Catalogue::instance().displayName(target.name);
    if (!reviewed)
        return card;
    if (const Figure *result = Targets::resultFor(target, *reviewed)) {
        card.result = result->id;
        card.met = Targets::judge(target, result);
    }
    return card;
}

// The targets of one year as the report states them, once per indicator and kind.
QList<LayoutCard> cardsOf(const QList<Figure> &stating, int year, const QList<Figure> *reviewed)
{
    QList<LayoutCard> cards;
    QSet<QString> seen;
    for (const Figure &f : stating) {
        if (!isTarget(f, year))
            continue;
        const QString kind = hasGrowth(f) ? QStringLiteral("growth") : hasValue(f) ? f.unit : f.qualifier;
        const QString id = (f.key.isEmpty() ? f.name : f.key) + u'|' + kind;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        cards.append(cardFor(f, reviewed));
    }
    return cards;
}

} // namespace

namespace Targets {

LayoutPage page(const Composer::Input &input)
{
    LayoutPage page;
    page.name = QStringLiteral("targets");
    page.title = Domains::pageTitle(page.name);
    if (input.year <= 0)
        return page;
    // The review first: the previous report's targets for this year against this report.
    const auto previous = input.otherYears.constFind(input.year - 1);
    if (previous != input.otherYears.cend())
        page.cards.append(cardsOf(*previous, input.year, &input.figures));
    // Then the coming year's, against the next report when the database holds it.
    const auto next = input.otherYears.constFind(input.year + 1);
    page.cards.append(cardsOf(input.figures, input.year + 1, next != input.otherYears.cend() ? &*next : nullptr));
    for (const LayoutCard &c : std::as_const(page.cards))
        page.all.append(c.figure);
    return page;
}

const Figure *resultFor(const Figure &target, const QList<Figure> &reviewed)
{
    const Figure *first = nullptr;
    for (const Figure &f : reviewed) {
        if (f.role != u"result" || f.year != target.year || !sameIndicator(target, f))
            continue;
        if (sameKind(target, f))
            return &f;
        if (!first)
            first = &f;
    }
    return first;
}

LayoutCard::Met judge(const Figure &target, const Figure *result)
{
    if (!result)
        return LayoutCard::Met::Unknown;
    const QString stated = comparison(target);
    if (!hasGrowth(target) && !hasValue(target)) {
        // Stated by comparison only: met when the result says so, else not comparable.
        if (!stated.isEmpty() && afterMention(*result).contains(stated))
            return LayoutCard::Met::Yes;
        return LayoutCard::Met::Unknown;
    }
    if (!sameKind(target, *result))
        return LayoutCard::Met::Unknown;
    double goal = 0;
    double got = 0;
    bool percent = false;
    if (hasGrowth(target)) {
        if (target.growthPending || result->growthPending)
            return LayoutCard::Met::Unknown;
        goal = *target.growth;
        got = *result->growth;
        percent = true;
    } else {
        if (target.pending || result->pending || !target.value || !result->value)
            return LayoutCard::Met::Unknown;
        goal = *target.value;
        got = *result->value * *Units::factor(result->unit, target.unit);
        percent = target.unit == u"%";
    }
    const QStringList q = qualifiers(target);
    if (q.contains(QStringLiteral("左右"))) {
        const double band = percent ? kAboutPoints : std::abs(goal) * kAboutShare;
        return verdict(std::abs(got - goal) <= band + kEpsilon);
    }
    const bool ceiling = q.contains(QStringLiteral("以内")) || q.contains(QStringLiteral("以下"));
    // "下降3%以上" asks for a decline of at least 3%: growth of -3 or less.
    const bool decline = hasGrowth(target) && goal < 0;
    if (ceiling != decline)
        return verdict(got <= goal + kEpsilon);
    return verdict(got >= goal - kEpsilon);
}

} // namespace Targets
