#include "HighlightModel.h"

#include "FilledSpans.h"

#include <QRegularExpression>
#include <algorithm>

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
    case DisplaySentenceRole:
        return r.displaySentence;
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
        {DisplaySentenceRole, "displaySentence"},
        {SectionRole, "section"},
        {DomainRole, "domain"},
        {FigureIdsRole, "figureIds"},
        {ScoreRole, "score"},
    };
}

void HighlightModel::setHighlights(const QList<Highlight> &highlights, const QList<Figure> &figures, int year)
{
    QList<Row> rows;
    for (const Highlight &h : highlights) {
        Row row{h, {}, {}, {}};
        QList<Figure> inside;
        for (const Figure &f : figures) {
            const bool overlaps = f.sentenceStart >= 0 && h.start >= 0
                ? (f.sentenceStart < h.end && f.sentenceEnd > h.start)
                : (!f.sentence.isEmpty() && h.sentence.contains(f.sentence));
            const bool within = f.start >= 0 && h.start >= 0 && f.start >= h.start && f.end <= h.end;
            if (within || (overlaps && f.start < 0)) {
                row.figureIds.append(f.id);
                inside.append(f);
                if (row.domain.isEmpty())
                    row.domain = f.domain;
            }
        }
        row.displaySentence = fillIn(h, inside, year);
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
            || a.domain != b.domain || a.highlight.score != b.highlight.score
            || a.displaySentence != b.displaySentence;
        m_rows[i] = a;
        if (changed)
            emit dataChanged(index(int(i)), index(int(i)));
    }
}

// Filled values stand in the sentence in place of their placeholders.
QString HighlightModel::fillIn(const Highlight &h, const QList<Figure> &figures, int year)
{
    const QString &s = h.sentence;
    if (h.start < 0 || s.isEmpty())
        return markPlaceholders(s, year);
    QString html;
    int pos = 0;
    for (const FilledSpan &span : filledSpans(s, h.start, figures)) {
        html += markPlaceholders(s.mid(pos, span.from - pos), year);
        html += QStringLiteral("<b>") + span.value.toHtmlEscaped() + QStringLiteral("</b>");
        pos = span.to;
    }
    html += markPlaceholders(s.mid(pos), year);
    return html;
}

// A draft still says "xxxx年" for the year it reports on and "xx担当" where a word is to
// come; read as text those look like words. The year is known; the rest is marked.
QString HighlightModel::markPlaceholders(const QString &plain, int year)
{
    static const QRegularExpression placeholder(
        QStringLiteral("(?<![A-Za-z])[xX]+(?:\\.[xX]+)?(?![A-Za-z])"));
    QString html;
    qsizetype pos = 0;
    for (auto it = placeholder.globalMatch(plain); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        html += plain.mid(pos, m.capturedStart() - pos).toHtmlEscaped();
        const QString text = m.captured();
        if (year > 0 && text.size() == 4 && !text.contains(u'.') && plain.mid(m.capturedEnd(), 1) == u"年")
            html += QString::number(year);
        else
            html += QStringLiteral("<pending>") + text.toHtmlEscaped() + QStringLiteral("</pending>");
        pos = m.capturedEnd();
    }
    html += plain.mid(pos).toHtmlEscaped();
    return html;
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
