#include "HighlightModel.h"

#include "FigureFormat.h"

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

// A draft's sentence reads "地区生产总值实现xx.x亿元，同比增长x.x%"; once the figures are
// filled the ticker should read the numbers, not the placeholders. Values are put in at
// the figure's mention (its offsets); a filled growth at the first occurrence of its mask
// before the next figure's mention.
QString HighlightModel::fillIn(const Highlight &h, const QList<Figure> &figures, int year)
{
    const QString &s = h.sentence;
    if (h.start < 0 || s.isEmpty())
        return markPlaceholders(s, year);
    struct Span
    {
        int from;
        int to;
        QString text;
    };
    QList<Figure> sorted = figures;
    std::sort(sorted.begin(), sorted.end(), [](const Figure &a, const Figure &b) { return a.start < b.start; });
    QList<Span> spans;
    auto isMaskAt = [&s](int at, const QString &mask) {
        return at >= 0 && at + mask.size() <= s.size()
            && s.mid(at, mask.size()).compare(mask, Qt::CaseInsensitive) == 0;
    };
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const Figure &f = sorted.at(i);
        const int at = f.start - h.start;
        const int limit = i + 1 < sorted.size() ? std::min(int(s.size()), sorted.at(i + 1).start - h.start)
                                                : int(s.size());
        if (!f.pending && f.value && !f.mask.isEmpty() && isMaskAt(at, f.mask)) {
            spans.append({at, at + int(f.mask.size()),
                          FigureFormat::number(*f.value, FigureFormat::decimals(f))});
        }
        if (!f.growthPending && f.growth && !f.growthMask.isEmpty()) {
            const int from = std::max(0, f.end - h.start);
            const int g = int(s.indexOf(f.growthMask + u'%', from, Qt::CaseInsensitive));
            if (g >= 0 && g < limit) {
                const bool worded = s.mid(std::max(0, g - 2), 2).contains(u'降');
                const double shown = worded ? std::abs(*f.growth) : *f.growth;
                const int dot = int(f.growthMask.indexOf(u'.'));
                const int decimals = dot < 0 ? 0 : int(f.growthMask.size()) - dot - 1;
                spans.append({g, g + int(f.growthMask.size()), FigureFormat::number(shown, decimals)});
            }
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    QString html;
    int pos = 0;
    for (const Span &span : std::as_const(spans)) {
        if (span.from < pos)
            continue;
        html += markPlaceholders(s.mid(pos, span.from - pos), year);
        html += QStringLiteral("<b>") + span.text.toHtmlEscaped() + QStringLiteral("</b>");
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
