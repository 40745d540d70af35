#pragma once

#include "Curation.h"
#include "Figure.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

// The placeholders of one report, each with what the person filling it in has typed so
// far and, live, why that does not fit the mask. Nothing is written here: the session saves
// every draft of the list in one transaction.
class PendingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The pending list comes from PrepareSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int draftCount READ draftCount NOTIFY draftsChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY draftsChanged)

public:
    enum Role {
        FigureIdRole = Qt::UserRole + 1,
        NameRole,
        UnitRole,
        MaskRole,
        GrowthMaskRole,
        ValuePendingRole,
        GrowthPendingRole,
        GrowthKindRole,
        SectionRole,
        SentenceRole,
        ValueDraftRole,
        GrowthDraftRole,
        ValueProblemRole,
        GrowthProblemRole,
    };
    Q_ENUM(Role)

    explicit PendingModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Keeps the drafts of figures that are still pending.
    void setFigures(const QList<Figure> &figures);
    int draftCount() const;
    int problemCount() const;
    // The drafts as edits; false with *why when a draft does not fit (nothing to save).
    bool edits(QList<ValueEdit> *out, QString *why) const;
    void clearDrafts();

    // field: "value" or "growth". The user typing.
    Q_INVOKABLE void setDraft(qint64 figureId, const QString &field, const QString &text);

signals:
    void countChanged();
    void draftsChanged();

private:
    struct Draft
    {
        QString value;
        QString growth;
        QString valueProblem;
        QString growthProblem;
    };
    QList<Figure> m_figures;
    QHash<qint64, Draft> m_drafts;
};
