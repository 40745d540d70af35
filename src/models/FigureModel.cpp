#include "FigureModel.h"

#include "FigureFormat.h"
#include "Units.h"
#include "compose/Numbers.h"

#include <QVariantMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

bool sameFigure(const Figure &a, const Figure &b)
{
    return a.id == b.id && a.name == b.name && a.key == b.key && a.domain == b.domain
        && a.value == b.value && a.unit == b.unit && a.growth == b.growth
        && a.growthKind == b.growthKind && a.pending == b.pending && a.mask == b.mask
        && a.growthPending == b.growthPending && a.growthMask == b.growthMask
        && a.qualifier == b.qualifier && a.rank == b.rank && a.section == b.section
        && a.sentence == b.sentence && a.demo == b.demo;
}

bool sameParts(const QList<Figure> &a, const QList<Figure> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameFigure(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

FigureModel::FigureModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int FigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

QVariant FigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &f = m_figures.at(index.row());
    const std::optional<double> toDisplay = m_displayUnit.isEmpty()
        ? std::optional<double>(1.0)
        : FigureFormat::factor(f.unit, m_displayUnit);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return f.name;
    case FigureIdRole:
        return f.id;
    case ShortNameRole:
        return FigureFormat::shortName(f.name);
    case LabelRole:
        return m_labels.value(f.id, f.name);
    case DisplayGrowthRole:
        if (f.growthPending)
            return f.growthMask;
        return f.growth ? Numbers::format(std::abs(*f.growth), f.growthMask.isEmpty() ? Numbers::decimalsOf(*f.growth)
                                                                                   : Numbers::decimalsOfMask(f.growthMask))
                        : QString();
    case KeyRole:
        return f.key;
    case DomainRole:
        return f.domain;
    case ValueRole:
        if (f.pending || !f.value)
            return {};
        return *f.value * toDisplay.value_or(1.0);
    case DisplayValueRole: {
        if (f.pending)
            return f.mask;
        if (!f.value)
            return QString();
        const double v = *f.value * toDisplay.value_or(1.0);
        return FigureFormat::number(v, toDisplay.value_or(1.0) == 1.0
                                           ? FigureFormat::decimals(f)
                                           : FigureFormat::decimalsOf(v));
    }
    case DecimalsRole:
        return FigureFormat::decimals(f);
    case UnitRole:
        return toDisplay ? (m_displayUnit.isEmpty() ? f.unit : m_displayUnit) : f.unit;
    case GrowthRole:
        return f.growthPending ? QVariant() : optionalValue(f.growth);
    case GrowthKindRole:
        return f.growthKind;
    case PendingRole:
        return f.pending;
    case MaskRole:
        return f.mask;
    case GrowthPendingRole:
        return f.growthPending;
    case GrowthMaskRole:
        return f.growthMask;
    case QualifierRole:
        return f.qualifier;
    case RankRole:
        return f.rank;
    case SectionRole:
        return f.section;
    case SentenceRole:
        return f.sentence;
    case DemoRole:
        return f.demo;
    case HasPartsRole:
        return !m_parts.value(f.id).isEmpty();
    case PartsRole:
        return partsOf(f.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> FigureModel::roleNames() const
{
    return {
        {FigureIdRole, "figureId"},
        {NameRole, "name"},
        {ShortNameRole, "shortName"},
        {KeyRole, "key"},
        {DomainRole, "domain"},
        {ValueRole, "value"},
        {DisplayValueRole, "displayValue"},
        {DecimalsRole, "decimals"},
        {UnitRole, "unit"},
        {GrowthRole, "growth"},
        {GrowthKindRole, "growthKind"},
        {PendingRole, "pending"},
        {MaskRole, "mask"},
        {GrowthPendingRole, "growthPending"},
        {GrowthMaskRole, "growthMask"},
        {QualifierRole, "qualifier"},
        {RankRole, "rank"},
        {SectionRole, "section"},
        {SentenceRole, "sentence"},
        {DemoRole, "demo"},
        {HasPartsRole, "hasParts"},
        {PartsRole, "parts"},
        {LabelRole, "label"},
        {DisplayGrowthRole, "displayGrowth"},
    };
}

void FigureModel::setFigures(const QList<Figure> &given, const QHash<qint64, QList<Figure>> &parts,
                             const QHash<qint64, QString> &labels)
{
    m_given = given;
    const bool labelsChanged = labels != m_labels;
    m_labels = labels;
    const QList<Figure> figures = ordered(given);
    bool sameIds = figures.size() == m_figures.size();
    for (qsizetype i = 0; sameIds && i < figures.size(); ++i)
        sameIds = figures.at(i).id == m_figures.at(i).id;

    if (!sameIds) {
        beginResetModel();
        m_figures = figures;
        m_parts = parts;
        endResetModel();
        emit countChanged();
        return;
    }

    QList<int> changed;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const qint64 id = figures.at(i).id;
        if (labelsChanged || !sameFigure(figures.at(i), m_figures.at(i)) || !sameParts(parts.value(id), m_parts.value(id)))
            changed.append(int(i));
    }
    const int pendingBefore = pendingCount();
    m_figures = figures;
    m_parts = parts;
    for (int row : std::as_const(changed))
        emit dataChanged(index(row), index(row));
    if (pendingBefore != pendingCount())
        emit countChanged();
}

int FigureModel::pendingCount() const
{
    int n = 0;
    for (const Figure &f : m_figures)
        n += (f.pending || f.growthPending) ? 1 : 0;
    return n;
}

void FigureModel::setDisplayUnit(const QString &unit)
{
    if (m_displayUnit == unit)
        return;
    m_displayUnit = unit;
    emit displayUnitChanged();
    if (!m_figures.isEmpty())
        emit dataChanged(index(0), index(int(m_figures.size()) - 1));
}

void FigureModel::setSortBySize(bool on)
{
    if (m_sortBySize == on)
        return;
    m_sortBySize = on;
    emit sortBySizeChanged();
    beginResetModel();
    m_figures = ordered(m_given);
    endResetModel();
}

QList<Figure> FigureModel::ordered(const QList<Figure> &figures) const
{
    if (!m_sortBySize)
        return figures;
    // Sizes compare within what converts: money in 元, areas in 亩 …; a value with no
    // family is taken as written. Placeholders and changes without a value go last.
    auto size = [](const Figure &f) {
        if (f.pending || !f.value)
            return -std::numeric_limits<double>::infinity();
        return *f.value * Units::lookup(f.unit).scale;
    };
    QList<Figure> list = figures;
    std::stable_sort(list.begin(), list.end(), [&size](const Figure &a, const Figure &b) { return size(a) > size(b); });
    return list;
}

QVariant FigureModel::partsOf(qint64 id) const
{
    QVariantList list;
    for (const Figure &p : m_parts.value(id)) {
        list.append(QVariantMap{
            {QStringLiteral("figureId"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("pending"), p.pending},
            {QStringLiteral("displayValue"),
             p.pending ? p.mask
                       : (p.value ? FigureFormat::number(*p.value, FigureFormat::decimals(p)) : QString())},
        });
    }
    return list;
}
