#pragma once

#include "Figure.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// A list of figures: the figures of a domain, the headline figures, or the parts of a
// figure. Updated in place: when the same figures come back with new values only
// dataChanged is emitted, so delegates (and their animations) survive a reload.
class FigureModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Figure lists come from Dashboard")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countChanged)
    // When set, values in a unit convertible to it (亿元 <-> 万元) are shown in it.
    Q_PROPERTY(QString displayUnit READ displayUnit WRITE setDisplayUnit NOTIFY displayUnitChanged)
    // Largest first (values compared in their family's base unit), placeholders last;
    // otherwise the order given (the report's, or the composer's).
    Q_PROPERTY(bool sortBySize READ sortBySize WRITE setSortBySize NOTIFY sortBySizeChanged)

public:
    enum Role {
        FigureIdRole = Qt::UserRole + 1,
        NameRole,
        ShortNameRole,
        KeyRole,
        DomainRole,
        ValueRole,
        DisplayValueRole,
        DecimalsRole,
        UnitRole,
        GrowthRole,
        GrowthKindRole,
        PendingRole,
        MaskRole,
        GrowthPendingRole,
        GrowthMaskRole,
        QualifierRole,
        RankRole,
        SectionRole,
        SentenceRole,
        DemoRole,
        HasPartsRole,
        PartsRole,
        LabelRole,
        DisplayGrowthRole,
    };
    Q_ENUM(Role)

    explicit FigureModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // parts: the figures each figure is made of, by parent id; labels: what the wall calls a
    // figure where the composer (or the staff) named it, by id (else its name).
    void setFigures(const QList<Figure> &figures, const QHash<qint64, QList<Figure>> &parts = {},
                    const QHash<qint64, QString> &labels = {});
    const QList<Figure> &figures() const { return m_figures; }
    Figure figureAt(int row) const { return m_figures.value(row); }
    int pendingCount() const;

    QString displayUnit() const { return m_displayUnit; }
    void setDisplayUnit(const QString &unit);
    bool sortBySize() const { return m_sortBySize; }
    void setSortBySize(bool on);

signals:
    void countChanged();
    void displayUnitChanged();
    void sortBySizeChanged();

private:
    QVariant partsOf(qint64 id) const;
    QList<Figure> ordered(const QList<Figure> &figures) const;

    QList<Figure> m_given;
    QList<Figure> m_figures;
    QHash<qint64, QString> m_labels;
    bool m_sortBySize = false;
    QHash<qint64, QList<Figure>> m_parts;
    QString m_displayUnit;
};
