#include "FigureListModel.h"

#include "FigureFormat.h"
#include "PageTitles.h"
#include "SourceExcerpt.h"

#include <QVariantMap>

FigureListModel::FigureListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int FigureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QString FigureListModel::valueText(const Figure &f)
{
    if (f.pending || !f.value)
        return f.pending ? f.mask : QString();
    return FigureFormat::number(*f.value, FigureFormat::decimals(f));
}

QString FigureListModel::growthText(const Figure &f)
{
    if (f.growthPending)
        return f.growthMask;
    if (!f.growth)
        return {};
    return QString::number(*f.growth, 'g', 12);
}

QVariantMap FigureListModel::details(const Figure &f, const FigureOverride &o, qint64 curatedId,
                                     const QString &curatedName)
{
    return {
        {QStringLiteral("figureId"), f.id},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("label"), o.label},
        {QStringLiteral("domain"), f.domain},
        {QStringLiteral("domainTitle"), PageTitles::title(f.domain)},
        {QStringLiteral("role"), f.role},
        {QStringLiteral("year"), f.year},
        {QStringLiteral("valueText"), valueText(f)},
        {QStringLiteral("growthText"), growthText(f)},
        {QStringLiteral("growthKind"), f.growthKind},
        {QStringLiteral("unit"), f.unit},
        {QStringLiteral("mask"), f.mask},
        {QStringLiteral("growthMask"), f.growthMask},
        {QStringLiteral("pending"), f.pending},
        {QStringLiteral("growthPending"), f.growthPending},
        {QStringLiteral("hidden"), o.hidden},
        {QStringLiteral("pinPage"), o.pinPage},
        {QStringLiteral("pinOrder"), o.order},
        {QStringLiteral("headlineOrder"), o.headlineOrder},
        {QStringLiteral("curatedId"), curatedId},
        {QStringLiteral("curatedName"), curatedName},
        {QStringLiteral("section"), f.section},
        {QStringLiteral("sentence"), SourceExcerpt::around(f, 110)},
    };
}

QVariant FigureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_all.at(m_visible.at(index.row()));
    const Figure &f = r.figure;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return f.name;
    case FigureIdRole:
        return f.id;
    case LabelRole:
        return r.override.label;
    case DomainRole:
        return f.domain;
    case DomainTitleRole:
        return PageTitles::title(f.domain);
    case FigureRoleRole:
        return f.role;
    case YearRole:
        return f.year;
    case ValueTextRole:
        return valueText(f);
    case GrowthTextRole:
        return growthText(f);
    case UnitRole:
        return f.unit;
    case MaskRole:
        return f.mask;
    case GrowthMaskRole:
        return f.growthMask;
    case PendingRole:
        return f.pending || f.growthPending;
    case HiddenRole:
        return r.override.hidden;
    case PinPageRole:
        return r.override.pinPage;
    case PinOrderRole:
        return r.override.order;
    case HeadlineOrderRole:
        return r.override.headlineOrder;
    case CuratedIdRole:
        return r.curatedId;
    case IsPartRole:
        return f.parentId != 0;
    case SectionRole:
        return f.section;
    case SentenceRole:
        return f.sentence;
    }
    return {};
}

QHash<int, QByteArray> FigureListModel::roleNames() const
{
    return {
        {FigureIdRole, "figureId"},
        {NameRole, "name"},
        {LabelRole, "label"},
        {DomainRole, "domain"},
        {DomainTitleRole, "domainTitle"},
        {FigureRoleRole, "figureRole"},
        {YearRole, "year"},
        {ValueTextRole, "valueText"},
        {GrowthTextRole, "growthText"},
        {UnitRole, "unit"},
        {MaskRole, "mask"},
        {GrowthMaskRole, "growthMask"},
        {PendingRole, "pending"},
        {HiddenRole, "hidden"},
        {PinPageRole, "pinPage"},
        {PinOrderRole, "pinOrder"},
        {HeadlineOrderRole, "headlineOrder"},
        {CuratedIdRole, "curatedId"},
        {IsPartRole, "isPart"},
        {SectionRole, "section"},
        {SentenceRole, "sentence"},
    };
}

void FigureListModel::setFigures(const QList<Figure> &figures, const QHash<qint64, FigureOverride> &overrides,
                                 const QHash<qint64, qint64> &curated)
{
    const bool sameFigures = figures.size() == m_all.size()
        && std::equal(figures.cbegin(), figures.cend(), m_all.cbegin(),
                      [](const Figure &f, const Row &r) { return f.id == r.figure.id; });
    QList<Row> rows;
    rows.reserve(figures.size());
    for (const Figure &f : figures) {
        Row r;
        r.figure = f;
        r.curatedId = curated.value(f.id, f.id);
        r.override = overrides.value(r.curatedId);
        rows.append(r);
    }
    m_all = rows;
    refilter(!sameFigures);
}

bool FigureListModel::matches(const Row &row) const
{
    const Figure &f = row.figure;
    if (!m_domain.isEmpty() && f.domain != m_domain)
        return false;
    if (!m_role.isEmpty() && f.role != m_role)
        return false;
    const QString needle = m_text.trimmed();
    if (needle.isEmpty())
        return true;
    return f.name.contains(needle, Qt::CaseInsensitive) || row.override.label.contains(needle, Qt::CaseInsensitive)
        || f.sentence.contains(needle, Qt::CaseInsensitive) || QStringLiteral("#%1").arg(f.id) == needle;
}

void FigureListModel::refilter(bool forceReset)
{
    QList<int> visible;
    for (int i = 0; i < m_all.size(); ++i) {
        if (matches(m_all.at(i)))
            visible.append(i);
    }
    if (!forceReset && visible == m_visible) {
        if (!m_visible.isEmpty())
            emit dataChanged(index(0), index(int(m_visible.size()) - 1));
        return;
    }
    beginResetModel();
    m_visible = visible;
    endResetModel();
    emit countChanged();
}

void FigureListModel::setDomain(const QString &domain)
{
    if (m_domain == domain)
        return;
    m_domain = domain;
    emit filterChanged();
    refilter(false);
}

void FigureListModel::setRole(const QString &role)
{
    if (m_role == role)
        return;
    m_role = role;
    emit filterChanged();
    refilter(false);
}

void FigureListModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    emit filterChanged();
    refilter(false);
}
