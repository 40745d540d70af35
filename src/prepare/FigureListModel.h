#pragma once

#include "Figure.h"
#include "FigureOverride.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

// Every figure of one report with what the staff decided about it (label, hidden, pin,
// headline), filtered by page (domain), role and text. Reloads in place when the same
// figures come back, so the list keeps its scroll position while someone edits.
class FigureListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The figure list comes from PrepareSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QString domain READ domain WRITE setDomain NOTIFY filterChanged)
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY filterChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)

public:
    enum Role {
        FigureIdRole = Qt::UserRole + 1,
        NameRole,
        LabelRole,
        DomainRole,
        DomainTitleRole,
        FigureRoleRole,
        YearRole,
        ValueTextRole,
        GrowthTextRole,
        UnitRole,
        MaskRole,
        GrowthMaskRole,
        PendingRole,
        HiddenRole,
        PinPageRole,
        PinOrderRole,
        HeadlineOrderRole,
        CuratedIdRole,
        IsPartRole,
        SectionRole,
        SentenceRole,
    };
    Q_ENUM(Role)

    explicit FigureListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // overrides: by the id of the figure they apply to; curated: a later mention's first.
    void setFigures(const QList<Figure> &figures, const QHash<qint64, FigureOverride> &overrides,
                    const QHash<qint64, qint64> &curated);
    int totalCount() const { return int(m_all.size()); }

    QString domain() const { return m_domain; }
    void setDomain(const QString &domain);
    QString role() const { return m_role; }
    void setRole(const QString &role);
    QString text() const { return m_text; }
    void setText(const QString &text);

    // "85.6", "" for none, the mask when pending.
    static QString valueText(const Figure &f);
    static QString growthText(const Figure &f);
    // Everything the console's editor shows about one figure, for QML.
    static QVariantMap details(const Figure &f, const FigureOverride &o, qint64 curatedId, const QString &curatedName);

signals:
    void countChanged();
    void filterChanged();

private:
    struct Row
    {
        Figure figure;
        FigureOverride override;
        qint64 curatedId = 0;
    };
    bool matches(const Row &row) const;
    void refilter(bool forceReset);

    QList<Row> m_all;
    QList<int> m_visible;       // indexes into m_all
    QString m_domain;
    QString m_role;
    QString m_text;
};
