#pragma once

#include "Figure.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// One group of the targets page: each row a target as the report states it, and where the
// report of the target's year is in the database, its result and a mark. The text is
// decided here, once, so the page only lays it out.
class TargetRows : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Target rows come from Dashboard.targets")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        FigureIdRole = Qt::UserRole + 1,
        ReportYearRole,  // the year the report stating the target reviews
        LabelRole,
        TargetRole,      // 增长6.5%以上, 达到326.4亿元, 增幅高于全市平均水平
        ResultIdRole,
        ResultYearRole,  // the year the report holding the result reviews
        ResultRole,      // 增长5%, 11.7亿元, 待填报; empty without a result
        MarkRole,        // met, missed, incomparable; empty where no result is due yet
    };
    Q_ENUM(Role)

    struct Row
    {
        qint64 figureId = 0;
        int reportYear = 0;
        QString label;
        QString target;
        qint64 resultId = 0;
        int resultYear = 0;
        QString result;
        QString mark;
        bool operator==(const Row &o) const
        {
            return figureId == o.figureId && reportYear == o.reportYear && label == o.label && target == o.target
                && resultId == o.resultId && resultYear == o.resultYear && result == o.result && mark == o.mark;
        }
    };

    explicit TargetRows(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Resets only when the rows differ: a reload with the same targets keeps the delegates.
    void setRows(const QList<Row> &rows);

    // "增长6.5%以上", "达到326.4亿元", "控制在4.2%以内", or the comparison as written.
    static QString statedTarget(const Figure &target);
    // What the result says of the target's kind, as the page shows it beside the target.
    static QString statedResult(const Figure &result, bool growth);

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};
