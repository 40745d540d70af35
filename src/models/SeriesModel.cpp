#include "SeriesModel.h"

#include <algorithm>

SeriesModel::SeriesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

QVariant SeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point &p = m_points.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return p.label;
    case FigureIdRole:
        return p.figureId;
    case NameRole:
        return p.name;
    case ValueRole:
        return p.value;
    case DisplayValueRole:
        return p.displayValue;
    case SeriesRole:
        return p.series;
    case BreakNoteRole:
        return p.breakNote;
    default:
        return {};
    }
}

QHash<int, QByteArray> SeriesModel::roleNames() const
{
    return {
        {FigureIdRole, "figureId"},
        {LabelRole, "label"},
        {NameRole, "name"},
        {ValueRole, "value"},
        {DisplayValueRole, "displayValue"},
        {SeriesRole, "series"},
        {BreakNoteRole, "breakNote"},
    };
}

void SeriesModel::setSeries(const QString &title, const QString &unit, const QList<Point> &points,
                            int pendingCount, const QString &kind, const QString &measure)
{
    bool sameIds = points.size() == m_points.size();
    for (qsizetype i = 0; sameIds && i < points.size(); ++i)
        sameIds = points.at(i).figureId == m_points.at(i).figureId;

    bool anyChange = !sameIds || title != m_title || unit != m_unit || pendingCount != m_pendingCount
        || kind != m_kind || measure != m_measure;
    if (!sameIds) {
        beginResetModel();
        m_points = points;
        endResetModel();
    } else {
        for (qsizetype i = 0; i < points.size(); ++i) {
            const Point &a = points.at(i);
            const Point &b = m_points.at(i);
            if (a.value != b.value || a.label != b.label || a.name != b.name
                || a.displayValue != b.displayValue || a.series != b.series || a.breakNote != b.breakNote) {
                m_points[i] = a;
                anyChange = true;
                emit dataChanged(index(int(i)), index(int(i)));
            }
        }
    }
    m_title = title;
    m_unit = unit;
    m_kind = kind;
    m_measure = measure;
    m_pendingCount = pendingCount;
    if (anyChange)
        emit changed();
}

QStringList SeriesModel::labels() const
{
    QStringList list;
    for (const Point &p : m_points)
        list.append(p.label);
    return list;
}

QStringList SeriesModel::seriesNames() const
{
    QStringList list = pointSeries();
    list.removeDuplicates();
    list.removeAll(QString());
    return list;
}

QStringList SeriesModel::pointSeries() const
{
    QStringList list;
    for (const Point &p : m_points)
        list.append(p.series);
    return list;
}

QStringList SeriesModel::breakNotes() const
{
    QStringList list;
    for (const Point &p : m_points) {
        if (!p.breakNote.isEmpty() && !list.contains(p.breakNote))
            list.append(p.breakNote);
    }
    return list;
}

QVariantList SeriesModel::values() const
{
    QVariantList list;
    for (const Point &p : m_points)
        list.append(p.value);
    return list;
}

QVariantList SeriesModel::figureIds() const
{
    QVariantList list;
    for (const Point &p : m_points)
        list.append(p.figureId);
    return list;
}

double SeriesModel::maxValue() const
{
    double m = 0;
    for (const Point &p : m_points)
        m = std::max(m, p.value);
    return m;
}

double SeriesModel::minValue() const
{
    double m = 0;
    for (const Point &p : m_points)
        m = std::min(m, p.value);
    return m;
}
