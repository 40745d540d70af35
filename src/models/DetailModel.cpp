#include "DetailModel.h"

#include "FigureFormat.h"
#include "FigureModel.h"
#include "HighlightModel.h"
#include "Store.h"

#include <QVariantMap>
#include <algorithm>

namespace {

// Context kept around the sentence in the source panel; a paragraph of a work report can
// run to a page, which no one reads from across the room.
constexpr int kContextChars = 110;

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'；' || c == u'！' || c == u'？' || c == u';';
}

QString trimBefore(const QString &s)
{
    if (s.size() <= kContextChars)
        return s;
    const int from = int(s.size()) - kContextChars;
    for (int i = from; i < s.size(); ++i) {
        if (isSentenceEnd(s.at(i)))
            return QStringLiteral("…") + s.mid(i + 1);
    }
    return QStringLiteral("…") + s.mid(from);
}

QString trimAfter(const QString &s)
{
    if (s.size() <= kContextChars)
        return s;
    for (int i = kContextChars; i > 0; --i) {
        if (isSentenceEnd(s.at(i - 1)))
            return s.left(i) + QStringLiteral("…");
    }
    return s.left(kContextChars) + QStringLiteral("…");
}

} // namespace

DetailModel::DetailModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_parts(new FigureModel(this))
    , m_related(new FigureModel(this))
{
}

int DetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

QVariant DetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point &p = m_points.at(index.row());
    switch (role) {
    case YearRole:
        return p.year;
    case Qt::DisplayRole:
    case YearLabelRole:
        return labelForYear(p.year, p.derived);
    case ValueRole:
        return p.value;
    case DisplayValueRole:
        return FigureFormat::number(p.value, p.derived ? std::max(1, decimals()) : FigureFormat::decimalsOf(p.value));
    case DerivedRole:
        return p.derived;
    case CurrentRole:
        return p.current;
    case FigureIdRole:
        return p.figureId;
    default:
        return {};
    }
}

QHash<int, QByteArray> DetailModel::roleNames() const
{
    return {
        {YearRole, "year"},
        {YearLabelRole, "yearLabel"},
        {ValueRole, "value"},
        {DisplayValueRole, "displayValue"},
        {DerivedRole, "derived"},
        {CurrentRole, "current"},
        {FigureIdRole, "figureId"},
    };
}

void DetailModel::setSource(Store *store, const QString &county, int year, const QString &text,
                            const QList<Figure> &figures, const HighlightModel *highlights)
{
    m_store = store;
    m_county = county;
    m_year = year;
    m_text = text;
    m_figures = figures;
    m_highlights = highlights;
    m_index.clear();
    for (int i = 0; i < m_figures.size(); ++i)
        m_index.insert(m_figures.at(i).id, i);
    m_other.clear();
    if (!m_stack.isEmpty()) {
        // Re-imports give figures new ids; a path that no longer resolves is closed.
        for (const Entry &e : std::as_const(m_stack)) {
            if (e.year && !fetchOther(e.figureId, e.year)) {
                close();
                return;
            }
            if (e.year)
                continue;
            if ((e.figureId && !m_index.contains(e.figureId))
                || (!e.figureId && (!m_highlights || !m_highlights->highlight(e.highlightId)))) {
                close();
                return;
            }
        }
        load();
    }
}

void DetailModel::openFigure(qint64 figureId)
{
    if (!m_stack.isEmpty() && m_stack.last().figureId == figureId)
        return;
    if (m_index.contains(figureId)) {
        m_stack.append({figureId, 0, 0});
        load();
        return;
    }
    // Another year's point of the open trend; derived points have nothing to open.
    const auto point = std::find_if(m_points.cbegin(), m_points.cend(),
                                    [figureId](const Point &p) { return p.figureId == figureId && !p.derived; });
    if (point == m_points.cend() || point->year == m_year || !fetchOther(figureId, point->year))
        return;
    m_stack.append({figureId, 0, point->year});
    load();
}

bool DetailModel::fetchOther(qint64 figureId, int year)
{
    if (m_other.contains(figureId))
        return true;
    if (!m_store)
        return false;
    const std::optional<Figure> f = m_store->figure(figureId);
    if (!f)
        return false;
    QString text;
    for (const ReportInfo &r : m_store->reports()) {
        if (r.county == m_county && r.year == year) {
            text = m_store->reportText(r.id);
            break;
        }
    }
    m_other.insert(figureId, {*f, year, text});
    return true;
}

const Figure *DetailModel::find(const Entry &e) const
{
    if (!e.figureId)
        return nullptr;
    if (e.year) {
        const auto it = m_other.constFind(e.figureId);
        return it == m_other.cend() ? nullptr : &it->figure;
    }
    const auto it = m_index.constFind(e.figureId);
    return it == m_index.cend() ? nullptr : &m_figures.at(*it);
}

void DetailModel::openHighlight(qint64 highlightId)
{
    if (!m_highlights || !m_highlights->highlight(highlightId))
        return;
    // The sentence's first figure with a value leads; the others are listed beside it.
    qint64 lead = 0;
    for (qint64 id : m_highlights->figureIds(highlightId)) {
        if (!m_index.contains(id))
            continue;
        const Figure &f = m_figures.at(m_index.value(id));
        if (!lead || (!f.pending && f.value && m_figures.at(m_index.value(lead)).pending))
            lead = id;
    }
    m_stack.append({lead, highlightId, 0});
    load();
}

void DetailModel::back()
{
    if (m_stack.isEmpty())
        return;
    m_stack.removeLast();
    load();
}

void DetailModel::close()
{
    if (m_stack.isEmpty())
        return;
    m_stack.clear();
    load();
}

QStringList DetailModel::breadcrumb() const
{
    QStringList names;
    for (const Entry &e : m_stack) {
        if (const Figure *f = find(e))
            names.append(e.year ? tr("%1（%2年）").arg(f->name).arg(e.year) : f->name);
        else if (m_highlights && e.highlightId) {
            const auto h = m_highlights->highlight(e.highlightId);
            names.append(h ? h->section : QString());
        }
    }
    return names;
}

QString DetailModel::name() const
{
    if (m_figure.id)
        return m_figure.name;
    return m_section;
}

QVariant DetailModel::value() const
{
    if (m_figure.pending || !m_figure.value)
        return {};
    return *m_figure.value;
}

QString DetailModel::displayValue() const
{
    if (m_figure.pending)
        return m_figure.mask;
    if (!m_figure.value)
        return QString();
    return FigureFormat::number(*m_figure.value, FigureFormat::decimals(m_figure));
}

int DetailModel::decimals() const
{
    return FigureFormat::decimals(m_figure);
}

QVariant DetailModel::growth() const
{
    if (m_figure.growthPending || !m_figure.growth)
        return {};
    return *m_figure.growth;
}

QStringList DetailModel::qualifiers() const
{
    return m_figure.qualifier.split(u',', Qt::SkipEmptyParts);
}

QVariant DetailModel::priorValue() const
{
    const auto prior = FigureFormat::priorValue(m_figure);
    return prior ? QVariant(*prior) : QVariant();
}

QString DetailModel::priorDisplayValue() const
{
    const auto prior = FigureFormat::priorValue(m_figure);
    if (!prior)
        return QString();
    return FigureFormat::number(*prior, std::max(1, FigureFormat::decimals(m_figure)));
}

QString DetailModel::priorLabel() const
{
    return labelForYear(m_figureYear > 0 ? m_figureYear - 1 : -1, true);
}

QString DetailModel::yearLabel() const
{
    return labelForYear(m_figureYear, false);
}

QString DetailModel::labelForYear(int year, bool derived) const
{
    QString label;
    if (year > 0)
        label = tr("%1年").arg(year);
    else if (year < 0 || derived)
        label = tr("上年");
    else
        label = tr("本年");
    return derived ? tr("%1（推算）").arg(label) : label;
}

double DetailModel::trendMax() const
{
    double m = 0;
    for (const Point &p : m_points)
        m = std::max(m, p.value);
    return m;
}

double DetailModel::trendMin() const
{
    double m = 0;
    for (const Point &p : m_points)
        m = std::min(m, p.value);
    return m;
}

bool DetailModel::trendHasDerived() const
{
    return std::any_of(m_points.cbegin(), m_points.cend(), [](const Point &p) { return p.derived; });
}

QVariantList DetailModel::trend() const
{
    QVariantList list;
    for (int row = 0; row < m_points.size(); ++row) {
        const QModelIndex i = index(row);
        list.append(QVariantMap{
            {QStringLiteral("year"), data(i, YearRole)},
            {QStringLiteral("label"), data(i, YearLabelRole)},
            {QStringLiteral("value"), data(i, ValueRole)},
            {QStringLiteral("displayValue"), data(i, DisplayValueRole)},
            {QStringLiteral("derived"), data(i, DerivedRole)},
            {QStringLiteral("current"), data(i, CurrentRole)},
            {QStringLiteral("figureId"), data(i, FigureIdRole)},
        });
    }
    return list;
}

void DetailModel::load()
{
    beginResetModel();
    m_points.clear();
    m_figure = Figure();
    m_figureYear = m_year;
    m_section.clear();
    m_sentence.clear();
    m_domainOverride.clear();
    for (QString &s : m_source)
        s.clear();
    QList<Figure> parts;
    QList<Figure> related;

    if (!m_stack.isEmpty()) {
        const Entry e = m_stack.last();
        if (const Figure *f = find(e))
            m_figure = *f;
        if (e.year)
            m_figureYear = e.year;
        const auto highlight = (e.highlightId && m_highlights) ? m_highlights->highlight(e.highlightId)
                                                               : std::nullopt;
        m_section = highlight ? highlight->section : m_figure.section;
        m_sentence = highlight ? highlight->sentence : m_figure.sentence;

        if (e.year && m_store)
            parts = m_store->children(m_figure.id);
        for (const Figure &f : std::as_const(m_figures)) {
            if (!e.year && m_figure.id && f.parentId == m_figure.id)
                parts.append(f);
        }
        // The other figures of the same sentence (or of the highlight) to hop to.
        const QList<qint64> highlightIds = highlight ? m_highlights->figureIds(e.highlightId) : QList<qint64>();
        for (const Figure &f : std::as_const(m_figures)) {
            if (f.id == m_figure.id || e.year)
                continue;
            const bool sameSentence = highlight ? highlightIds.contains(f.id)
                                                : (m_figure.sentenceStart >= 0 && f.sentenceStart == m_figure.sentenceStart)
                    || (m_figure.sentenceStart < 0 && !m_sentence.isEmpty() && f.sentence == m_sentence);
            if (sameSentence && f.parentId != m_figure.id)
                related.append(f);
        }
        if (highlight && !m_figure.id) {
            m_domainOverride = related.isEmpty() ? QString() : related.first().domain;
            loadSource(m_text, highlight->start, highlight->end, -1, -1);
        } else {
            loadSource(e.year ? m_other.value(e.figureId).text : m_text, m_figure.sentenceStart,
                       m_figure.sentenceEnd, m_figure.start, m_figure.end);
        }

        if (m_figure.id) {
            QList<TrendPoint> trend;
            if (m_store && !m_figure.key.isEmpty())
                trend = m_store->trend(m_county, m_figure.key);
            bool haveCurrent = false;
            for (const TrendPoint &t : std::as_const(trend)) {
                if (!t.value)
                    continue;
                const auto f = FigureFormat::factor(t.unit, m_figure.unit);
                if (!f && !t.unit.isEmpty() && !m_figure.unit.isEmpty())
                    continue;
                const bool current = t.figureId == m_figure.id && !t.derived;
                haveCurrent = haveCurrent || current;
                m_points.append({t.year, FigureFormat::roundForChart(*t.value * f.value_or(1.0)), t.derived,
                                 current, t.figureId});
            }
            if (!haveCurrent) {
                // The store knows no trend for this figure (no key, or not yet stored):
                // its own value and the prior year derived from its change.
                m_points.clear();
                if (const auto prior = FigureFormat::priorValue(m_figure))
                    m_points.append({m_figureYear > 0 ? m_figureYear - 1 : -1, FigureFormat::roundForChart(*prior),
                                     true, false, 0});
                if (!m_figure.pending && m_figure.value)
                    m_points.append({m_figureYear, *m_figure.value, false, true, m_figure.id});
            }
        }
    }
    endResetModel();
    m_parts->setFigures(parts);
    m_related->setFigures(related);
    emit changed();
}

void DetailModel::loadSource(const QString &text, int sentenceStart, int sentenceEnd, int mentionStart,
                             int mentionEnd)
{
    if (sentenceStart < 0 || sentenceEnd > text.size() || sentenceStart >= sentenceEnd) {
        const int found = m_sentence.isEmpty() ? -1 : int(text.indexOf(m_sentence));
        if (found < 0) {
            m_source[1] = m_sentence.toHtmlEscaped();
            return;
        }
        sentenceStart = found;
        sentenceEnd = found + int(m_sentence.size());
    }
    const int lineStart = int(text.lastIndexOf(u'\n', sentenceStart > 0 ? sentenceStart - 1 : 0)) + 1;
    int lineEnd = int(text.indexOf(u'\n', sentenceEnd));
    if (lineEnd < 0)
        lineEnd = int(text.size());
    if (mentionStart < sentenceStart || mentionEnd > sentenceEnd || mentionStart >= mentionEnd) {
        mentionStart = sentenceEnd;
        mentionEnd = sentenceEnd;
    }
    const int from = sentenceStart < lineStart ? sentenceStart : lineStart;
    m_source[0] = trimBefore(text.mid(from, sentenceStart - from).trimmed()).toHtmlEscaped();
    m_source[1] = text.mid(sentenceStart, mentionStart - sentenceStart).toHtmlEscaped();
    m_source[2] = text.mid(mentionStart, mentionEnd - mentionStart).toHtmlEscaped();
    m_source[3] = text.mid(mentionEnd, sentenceEnd - mentionEnd).toHtmlEscaped();
    m_source[4] = trimAfter(text.mid(sentenceEnd, std::max(0, lineEnd - sentenceEnd)).trimmed()).toHtmlEscaped();
}
