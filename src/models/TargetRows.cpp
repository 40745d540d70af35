#include "TargetRows.h"

#include "compose/Numbers.h"

#include <cmath>

namespace {

QString growthText(const Figure &f)
{
    const QString unit = f.growthKind == u"百分点" ? TargetRows::tr("个百分点")
        : f.growthKind == u"倍"                  ? TargetRows::tr("倍")
                                                 : QStringLiteral("%");
    if (f.growthPending || !f.growth)
        return TargetRows::tr("增长%1").arg(f.growthMask + unit);
    const double g = *f.growth;
    const QString number = Numbers::format(std::abs(g)) + unit;
    return g < 0 ? TargetRows::tr("下降%1").arg(number) : TargetRows::tr("增长%1").arg(number);
}

QString valueText(const Figure &f)
{
    if (f.pending || !f.value)
        return f.mask + f.unit;
    return Numbers::format(*f.value) + f.unit;
}

// The comparator of a numeric target, after its number: 以上, 左右, 以内, 以下.
QString withComparator(const QString &text, const QStringList &qualifiers)
{
    if (qualifiers.contains(QStringLiteral("以上")))
        return TargetRows::tr("%1以上").arg(text);
    if (qualifiers.contains(QStringLiteral("左右")))
        return TargetRows::tr("%1左右").arg(text);
    if (qualifiers.contains(QStringLiteral("以内")))
        return TargetRows::tr("%1以内").arg(text);
    if (qualifiers.contains(QStringLiteral("以下")))
        return TargetRows::tr("%1以下").arg(text);
    return text;
}

} // namespace

TargetRows::TargetRows(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TargetRows::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TargetRows::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case FigureIdRole:
        return r.figureId;
    case ReportYearRole:
        return r.reportYear;
    case Qt::DisplayRole:
    case LabelRole:
        return r.label;
    case TargetRole:
        return r.target;
    case ResultIdRole:
        return r.resultId;
    case ResultYearRole:
        return r.resultYear;
    case ResultRole:
        return r.result;
    case MarkRole:
        return r.mark;
    default:
        return {};
    }
}

QHash<int, QByteArray> TargetRows::roleNames() const
{
    return {{FigureIdRole, "figureId"}, {ReportYearRole, "reportYear"}, {LabelRole, "label"},
            {TargetRole, "target"},     {ResultIdRole, "resultId"},     {ResultYearRole, "resultYear"},
            {ResultRole, "result"},     {MarkRole, "mark"}};
}

void TargetRows::setRows(const QList<Row> &rows)
{
    if (rows == m_rows)
        return;
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

QString TargetRows::statedTarget(const Figure &target)
{
    const QStringList q = target.qualifier.split(u',', Qt::SkipEmptyParts);
    if (target.growth || target.growthPending)
        return withComparator(growthText(target), q);
    if (target.value || target.pending) {
        const bool ceiling = q.contains(QStringLiteral("以内")) || q.contains(QStringLiteral("以下"));
        const QString level = withComparator(valueText(target), q);
        return ceiling ? tr("控制在%1").arg(level) : tr("达到%1").arg(level);
    }
    // Stated by comparison (高于全市平均水平, 量增质升): the report's own words.
    return q.join(QStringLiteral("，"));
}

QString TargetRows::statedResult(const Figure &result, bool growth)
{
    const bool hasGrowth = result.growth || result.growthPending;
    const bool hasValue = result.value || result.pending;
    if (hasGrowth && (growth || !hasValue))
        return result.growthPending ? tr("待填报") : growthText(result);
    if (hasValue)
        return result.pending ? tr("待填报") : valueText(result);
    return result.qualifier.split(u',', Qt::SkipEmptyParts).join(QStringLiteral("，"));
}
