#include "HighlightModel.h"

HighlightModel::HighlightModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int HighlightModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HighlightModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SentenceRole:
        return r.highlight.sentence;
    case HighlightIdRole:
        return r.highlight.id;
    case SectionRole:
        return r.highlight.section;
    case DomainRole:
        return r.domain;
    case FigureIdsRole: {
        QVariantList ids;
        for (qint64 id : r.figureIds)
            ids.append(id);
        return ids;
    }
    case ScoreRole:
        return r.highlight.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> HighlightModel::roleNames() const
{
    return {
        {HighlightIdRole, "highlightId"},
        {SentenceRole, "sentence"},
        {SectionRole, "section"},
        {DomainRole, "domain"},
        {FigureIdsRole, "figureIds"},
        {ScoreRole, "score"},
    };
}

void HighlightModel::setHighlights(const QList<Highlight> &highlights, const QList<Figure> &figures)
{
    QList<Row> rows;
    for (const Highlight &h : highlights) {
        Row row{h, {}, {}};
        for (const Figure &f : figures) {
            const bool overlaps = f.sentenceStart >= 0 && h.start >= 0
                ? (f.sentenceStart < h.end && f.sentenceEnd > h.start)
                : (!f.sentence.isEmpty() && h.sentence.contains(f.sentence));
            const bool within = f.start >= 0 && h.start >= 0 && f.start >= h.start && f.end <= h.end;
            if (within || (overlaps && f.start < 0)) {
                row.figureIds.append(f.id);
                if (row.domain.isEmpty())
                    row.domain = f.domain;
            }
        }
        rows.append(row);
    }

    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).highlight.id == m_rows.at(i).highlight.id;
    if (!same) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        emit countChanged();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &a = rows.at(i);
        const Row &b = m_rows.at(i);
        const bool changed = a.highlight.sentence != b.highlight.sentence
            || a.highlight.section != b.highlight.section || a.figureIds != b.figureIds
            || a.domain != b.domain || a.highlight.score != b.highlight.score;
        m_rows[i] = a;
        if (changed)
            emit dataChanged(index(int(i)), index(int(i)));
    }
}

std::optional<Highlight> HighlightModel::highlight(qint64 id) const
{
    for (const Row &r : m_rows) {
        if (r.highlight.id == id)
            return r.highlight;
    }
    return std::nullopt;
}

QList<qint64> HighlightModel::figureIds(qint64 highlightId) const
{
    for (const Row &r : m_rows) {
        if (r.highlight.id == highlightId)
            return r.figureIds;
    }
    return {};
}
