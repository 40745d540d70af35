#include "HistoryModel.h"

#include "Curation.h"
#include "PageTitles.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryModel", text);
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

QString HistoryModel::fieldTitle(const QString &field)
{
    if (field == Curation::Value)
        return tr("数值");
    if (field == Curation::Growth)
        return tr("增幅");
    if (field == Curation::Label)
        return tr("显示名称");
    if (field == Curation::Hidden)
        return tr("隐藏");
    if (field == Curation::Pin)
        return tr("固定到页面");
    if (field == Curation::Headline)
        return tr("总览头条");
    return field;
}

QString HistoryModel::describe(const QString &field, const QString &value, bool isNull)
{
    if (field == Curation::Value || field == Curation::Growth)
        return isNull ? tr("待填报") : value;
    if (field == Curation::Label)
        return value.isEmpty() ? tr("（报告原名）") : value;
    if (field == Curation::Hidden)
        return value == QLatin1String("1") ? tr("隐藏") : tr("显示");
    if (field == Curation::Pin) {
        const int colon = value.lastIndexOf(u':');
        if (value.isEmpty() || colon < 0)
            return tr("未固定");
        return tr("%1 第%2位").arg(PageTitles::title(value.left(colon))).arg(value.mid(colon + 1).toInt() + 1);
    }
    if (field == Curation::Headline)
        return value.isEmpty() ? tr("自动") : tr("第%1位").arg(value.toInt() + 1);
    return value;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeRecord &c = m_changes.at(index.row());
    switch (role) {
    case ChangeIdRole:
        return c.id;
    case TimeRole:
        return c.changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserRole:
        return c.osUser;
    case Qt::DisplayRole:
    case FigureNameRole:
        return c.figureName;
    case FieldRole:
        return c.field;
    case FieldTitleRole:
        return fieldTitle(c.field);
    case OldTextRole:
        return describe(c.field, c.oldValue, c.oldNull);
    case NewTextRole:
        return describe(c.field, c.newValue, c.newNull);
    case UndoneRole:
        return c.undone;
    }
    return {};
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return {
        {ChangeIdRole, "changeId"},
        {TimeRole, "time"},
        {UserRole, "user"},
        {FigureNameRole, "figureName"},
        {FieldRole, "field"},
        {FieldTitleRole, "fieldTitle"},
        {OldTextRole, "oldText"},
        {NewTextRole, "newText"},
        {UndoneRole, "undone"},
    };
}

void HistoryModel::setChanges(const QList<ChangeRecord> &changes)
{
    const bool sameRows = changes.size() == m_changes.size()
        && std::equal(changes.cbegin(), changes.cend(), m_changes.cbegin(),
                      [](const ChangeRecord &a, const ChangeRecord &b) { return a.id == b.id; });
    if (sameRows) {
        m_changes = changes;
        if (!m_changes.isEmpty())
            emit dataChanged(index(0), index(int(m_changes.size()) - 1));
        return;
    }
    beginResetModel();
    m_changes = changes;
    endResetModel();
    emit countChanged();
}
