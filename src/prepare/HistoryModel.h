#pragma once

#include "CurationHistory.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The recorded changes of one report, newest first, in words: when, who, which figure,
// which field, old → new, and whether it was undone.
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The history comes from PrepareSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ChangeIdRole = Qt::UserRole + 1,
        TimeRole,
        UserRole,
        FigureNameRole,
        FieldRole,
        FieldTitleRole,
        OldTextRole,
        NewTextRole,
        UndoneRole,
    };
    Q_ENUM(Role)

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setChanges(const QList<ChangeRecord> &changes);

    // A stored field value as staff read it: 隐藏/显示, 经济运行 第2位, 待填报 ...
    static QString describe(const QString &field, const QString &value, bool isNull);
    static QString fieldTitle(const QString &field);

signals:
    void countChanged();

private:
    QList<ChangeRecord> m_changes;
};
