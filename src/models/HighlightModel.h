#pragma once

#include "Figure.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The report's strongest sentences for the highlights ticker, each with the figures it
// states (those whose sentence overlaps it), so a tap can drill down.
class HighlightModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Highlights come from Dashboard")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        HighlightIdRole = Qt::UserRole + 1,
        SentenceRole,
        // The sentence as rich text with filled-in values in place of its placeholders.
        DisplaySentenceRole,
        SectionRole,
        DomainRole,
        FigureIdsRole,
        ScoreRole,
    };
    Q_ENUM(Role)

    explicit HighlightModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setHighlights(const QList<Highlight> &highlights, const QList<Figure> &figures);
    std::optional<Highlight> highlight(qint64 id) const;
    QList<qint64> figureIds(qint64 highlightId) const;

signals:
    void countChanged();

private:
    static QString fillIn(const Highlight &h, const QList<Figure> &figures);

    struct Row
    {
        Highlight highlight;
        QList<qint64> figureIds;
        QString domain;
        QString displaySentence;
    };
    QList<Row> m_rows;
};
