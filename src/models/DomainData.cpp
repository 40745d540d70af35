#include "DomainData.h"

#include "FigureFormat.h"
#include "FigureModel.h"
#include "SeriesModel.h"

#include <QMap>
#include <algorithm>

namespace {

bool isMoney(const QString &unit)
{
    return FigureFormat::family(unit) == QLatin1String("money");
}

// One chart of one unit family, values converted into the unit that suits the largest.
struct Family
{
    QString family;
    QList<Figure> valued;
    int pending = 0;
};

QList<SeriesModel::Point> toPoints(const Family &f, QString *unit)
{
    const QString firstUnit = f.valued.first().unit;
    QList<double> inFirst;
    for (const Figure &fig : f.valued)
        inFirst.append(*fig.value * FigureFormat::factor(fig.unit, firstUnit).value_or(1));
    std::sort(inFirst.begin(), inFirst.end());
    *unit = FigureFormat::chartUnit(firstUnit, inFirst.at(inFirst.size() / 2));
    QList<SeriesModel::Point> points;
    for (const Figure &fig : f.valued) {
        const double v = FigureFormat::roundForChart(*fig.value * FigureFormat::factor(fig.unit, *unit).value_or(1));
        const int decimals = fig.unit == *unit ? FigureFormat::decimals(fig) : FigureFormat::decimalsOf(v);
        points.append({fig.id, FigureFormat::shortName(fig.name), fig.name, v,
                       FigureFormat::number(v, decimals)});
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const SeriesModel::Point &a, const SeriesModel::Point &b) { return a.value > b.value; });
    return points;
}

} // namespace

DomainData::DomainData(const QString &domain, QObject *parent)
    : QObject(parent)
    , m_domain(domain)
    , m_figures(new FigureModel(this))
    , m_projects(new FigureModel(this))
    , m_primary(new SeriesModel(this))
    , m_secondary(new SeriesModel(this))
    , m_growth(new SeriesModel(this))
    , m_ratios(new SeriesModel(this))
{
}

int DomainData::chartCount() const
{
    int n = 0;
    for (const SeriesModel *s : {m_primary, m_secondary, m_growth, m_ratios})
        n += s->rowCount() > 0 ? 1 : 0;
    return n;
}

void DomainData::update(const QList<Figure> &all, const QHash<qint64, QList<Figure>> &parts)
{
    QList<Figure> top;
    QList<Figure> projects;
    int pending = 0;
    for (const Figure &f : all) {
        if (f.domain != m_domain)
            continue;
        pending += (f.pending || f.growthPending) ? 1 : 0;
        if (f.parentId != 0)
            continue;
        top.append(f);
        if (!parts.value(f.id).isEmpty())
            projects.append(f);
    }
    // Stated figures first: a page should lead with numbers, not with placeholders.
    QList<Figure> cards = top;
    std::stable_partition(cards.begin(), cards.end(), [](const Figure &f) { return !f.pending; });
    m_figures->setFigures(cards, parts);
    m_projects->setFigures(projects, parts);

    // Unit families among the top-level figures; percentages go to the ratio chart.
    QMap<QString, Family> families;
    QList<SeriesModel::Point> ratioPoints;
    QList<SeriesModel::Point> growthPoints;
    int ratioPending = 0;
    int growthPending = 0;
    for (const Figure &f : std::as_const(top)) {
        if (f.unit == u"%") {
            if (f.pending)
                ++ratioPending;
            else if (f.value && *f.value >= 0 && *f.value <= 100)
                ratioPoints.append({f.id, FigureFormat::shortName(f.name), f.name, *f.value,
                                    FigureFormat::number(*f.value, FigureFormat::decimals(f))});
            continue;
        }
        if (f.growthPending)
            ++growthPending;
        else if (f.growth)
            growthPoints.append({f.id, FigureFormat::shortName(f.name), f.name, *f.growth,
                                 FigureFormat::number(*f.growth, FigureFormat::decimalsOf(*f.growth))});
        if (f.unit.isEmpty())
            continue;
        // Per-capita money (元) is not charted against totals.
        Family &fam = families[FigureFormat::family(f.unit)];
        fam.family = FigureFormat::family(f.unit);
        if (f.pending || !f.value)
            ++fam.pending;
        else
            fam.valued.append(f);
    }

    QList<Family> ranked;
    for (const Family &f : std::as_const(families)) {
        if (f.valued.size() >= 2)
            ranked.append(f);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Family &a, const Family &b) {
        if (a.valued.size() != b.valued.size())
            return a.valued.size() > b.valued.size();
        return isMoney(a.valued.first().unit) && !isMoney(b.valued.first().unit);
    });

    auto fill = [this](SeriesModel *model, const Family *fam) {
        if (!fam) {
            model->clear();
            return;
        }
        QString unit;
        const QList<SeriesModel::Point> points = toPoints(*fam, &unit);
        model->setSeries(FigureFormat::seriesTitle(m_domain, fam->family, fam->valued), unit, points, fam->pending);
    };
    fill(m_primary, ranked.size() > 0 ? &ranked[0] : nullptr);
    fill(m_secondary, ranked.size() > 1 ? &ranked[1] : nullptr);

    if (growthPoints.size() >= 2)
        m_growth->setSeries(QString(), QStringLiteral("%"), growthPoints, growthPending);
    else
        m_growth->clear();
    if (!ratioPoints.isEmpty())
        m_ratios->setSeries(QString(), QStringLiteral("%"), ratioPoints.mid(0, 4), ratioPending);
    else
        m_ratios->clear();

    const qint64 headline = FigureFormat::pickDomainHeadline(top, parts);

    if (headline != m_headlineId || pending != m_pendingCount) {
        m_headlineId = headline;
        m_pendingCount = pending;
    }
    emit changed();
}
