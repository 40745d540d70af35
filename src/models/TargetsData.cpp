#include "TargetsData.h"

namespace {

struct Located
{
    Figure figure;
    int reportYear = 0; // the year its report reviews
};

QString markOf(LayoutCard::Met met)
{
    switch (met) {
    case LayoutCard::Met::Yes:
        return QStringLiteral("met");
    case LayoutCard::Met::No:
        return QStringLiteral("missed");
    case LayoutCard::Met::Unknown:
        break;
    }
    return QStringLiteral("incomparable");
}

} // namespace

TargetsData::TargetsData(QObject *parent)
    : QObject(parent)
    , m_review(new TargetRows(this))
    , m_coming(new TargetRows(this))
{
}

void TargetsData::update(const LayoutPage *page, int year, const QHash<qint64, Figure> &figures,
                         const QMap<int, QList<Figure>> &otherYears)
{
    QHash<qint64, Located> byId;
    for (auto it = otherYears.cbegin(); it != otherYears.cend(); ++it) {
        for (const Figure &f : it.value())
            byId.insert(f.id, {f, it.key()});
    }
    for (const Figure &f : figures)
        byId.insert(f.id, {f, year});

    QList<TargetRows::Row> review;
    QList<TargetRows::Row> coming;
    int met = 0;
    int missed = 0;
    const QList<LayoutCard> cards = page ? page->cards : QList<LayoutCard>();
    for (const LayoutCard &c : cards) {
        const auto target = byId.constFind(c.figure);
        if (target == byId.cend())
            continue;
        const Figure &t = target->figure;
        TargetRows::Row row;
        row.figureId = t.id;
        row.reportYear = target->reportYear;
        row.label = c.label;
        row.target = TargetRows::statedTarget(t);
        // The report reviewing the target's year holds its result; until it is in, no mark.
        const bool reviewed = t.year == year || otherYears.contains(t.year);
        if (const auto result = byId.constFind(c.result); c.result && result != byId.cend()) {
            row.resultId = c.result;
            row.resultYear = result->reportYear;
            row.result = TargetRows::statedResult(result->figure, t.growth || t.growthPending);
        }
        if (reviewed)
            row.mark = markOf(c.met);
        met += c.met == LayoutCard::Met::Yes ? 1 : 0;
        missed += c.met == LayoutCard::Met::No ? 1 : 0;
        (t.year == year ? review : coming).append(row);
    }
    m_review->setRows(review);
    m_coming->setRows(coming);
    m_title = page ? page->title : QString();
    m_reviewYear = review.isEmpty() ? 0 : year;
    m_comingYear = coming.isEmpty() ? 0 : year + 1;
    const QList<TargetRows::Row> &first = review.isEmpty() ? coming : review;
    m_headlineId = first.isEmpty() ? 0 : first.first().figureId;
    m_headlineYear = first.isEmpty() ? 0 : first.first().reportYear;
    m_met = met;
    m_missed = missed;
    emit changed();
}
