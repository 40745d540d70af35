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
        // The sentence as rich text: filled-in values in place of their placeholders (<b>),
        // xxxx年 as the report's year, and every other placeholder wrapped in
        // <pending>…</pending> for the view to draw as pending.
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

    // year: the report's year, written where the draft says xxxx年 (0 leaves it).
    void setHighlights(const QList<Highlight> &highlights, const QList<Figure> &figures, int year = 0);
    std::optional<Highlight> highlight(qint64 id) const;
    QList<qint64> figureIds(qint64 highlightId) const;

signals:
    void countChanged();

private:
    static QString fillIn(const Highlight &h, const QList<Figure> &figures, int year);
    static QString markPlaceholders(const QString &plain, int year);

    struct Row
    {
        Highlight highlight;
        QList<qint64> figureIds;
        QString domain;
        QString displaySentence;
    };
    QList<Row> m_rows;
};
