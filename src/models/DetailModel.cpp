#include "DetailModel.h"

#include "FigureFormat.h"
#include "FigureModel.h"
#include "FigureSource.h"
#include "HighlightModel.h"

#include <QVariantMap>
#include <algorithm>

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
    const DetailPoint &p = m_points.at(index.row());
    switch (role) {
    case YearRole:
        return p.year;
    case Qt::DisplayRole:
    case YearLabelRole:
        return labelForYear(p.year, p.derived);
    case ValueRole:
        return p.value ? QVariant(*p.value) : QVariant();
    case DisplayValueRole:
        return p.displayValue;
    case DerivedRole:
        return p.derived;
    case PendingRole:
        return p.pending;
    case CurrentRole:
        return p.current;
    case FigureIdRole:
        return p.figureId;
    case BreakNoteRole:
        return p.breakNote;
    case GrowthRole:
        return p.growth;
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
        {PendingRole, "pending"},
        {CurrentRole, "current"},
        {FigureIdRole, "figureId"},
        {BreakNoteRole, "breakNote"},
        {GrowthRole, "growth"},
    };
}

void DetailModel::setSource(FigureSource *source, const QString &county, int year, const QString &text,
                            const QList<Figure> &figures, const HighlightModel *highlights)
{
    m_source = source;
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

// A figure (or highlight) already in the path is where the path returns to: hopping between
// two figures of one sentence must not pile up levels.
bool DetailModel::truncateTo(qint64 figureId, qint64 highlightId)
{
    const auto at = std::find_if(m_stack.cbegin(), m_stack.cend(), [&](const Entry &e) {
        return highlightId ? e.highlightId == highlightId : e.figureId == figureId;
    });
    if (at == m_stack.cend())
        return false;
    backTo(int(at - m_stack.cbegin()) + 1);
    return true;
}

void DetailModel::openFigure(qint64 figureId)
{
    if (!figureId || truncateTo(figureId, 0))
        return;
    if (m_index.contains(figureId)) {
        m_stack.append({figureId, 0, 0});
        load();
        return;
    }
    // Another year's point of the open trend; derived points have nothing to open.
    const auto point = std::find_if(m_points.cbegin(), m_points.cend(),
                                    [figureId](const DetailPoint &p) { return p.figureId == figureId; });
    if (point == m_points.cend() || point->year == m_year || !fetchOther(figureId, point->year))
        return;
    m_stack.append({figureId, 0, point->year});
    load();
}

void DetailModel::openFigureOf(qint64 figureId, int reportYear)
{
    if (reportYear == 0 || reportYear == m_year) {
        openFigure(figureId);
        return;
    }
    if (!figureId || truncateTo(figureId, 0) || !fetchOther(figureId, reportYear))
        return;
    m_stack.append({figureId, 0, reportYear});
    load();
}

bool DetailModel::fetchOther(qint64 figureId, int year)
{
    if (m_other.contains(figureId))
        return true;
    if (!m_source)
        return false;
    const std::optional<Figure> f = m_source->figure(figureId);
    if (!f)
        return false;
    m_other.insert(figureId, {*f, year, m_source->reportText(m_county, year)});
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
    if (truncateTo(lead, highlightId))
        return;
    m_stack.append({lead, highlightId, 0});
    load();
}

void DetailModel::back()
{
    backTo(depth() - 1);
}

void DetailModel::backTo(int level)
{
    if (level < 0 || level >= m_stack.size())
        return; // also when already there: nothing to reload
    m_stack.resize(level);
    load();
}

void DetailModel::close()
{
    backTo(0);
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

// The year before the figure's on its trend: a reported value when a report states it
// (it always beats a derived one), else the value derived from the change.
const DetailPoint *DetailModel::priorPoint() const
{
    const int prior = m_figureYear > 0 ? m_figureYear - 1 : -1;
    for (const DetailPoint &p : m_points) {
        if (p.year == prior && p.value)
            return &p;
    }
    return nullptr;
}

QString DetailModel::priorLabel() const
{
    const DetailPoint *p = priorPoint();
    return labelForYear(m_figureYear > 0 ? m_figureYear - 1 : -1, !p || p->derived);
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

double DetailModel::trendMax() const { return DetailTrend::maxValue(m_points); }
double DetailModel::trendMin() const { return DetailTrend::minValue(m_points); }
bool DetailModel::trendHasDerived() const { return DetailTrend::hasDerived(m_points); }

QVariantList DetailModel::trend() const
{
    QVariantList list;
    const QHash<int, QByteArray> names = roleNames();
    for (int row = 0; row < m_points.size(); ++row) {
        QVariantMap point{{QStringLiteral("label"), data(index(row), YearLabelRole)}};
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            point.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
        list.append(point);
    }
    return list;
}

QVariantList DetailModel::source() const
{
    return SourceExcerpt::toVariantList(m_excerpt);
}

QString DetailModel::sourceHead() const
{
    return SourceExcerpt::plainText(m_excerpt, SourceExcerpt::Piece::Sentence, true);
}

QString DetailModel::sourceMention() const
{
    return SourceExcerpt::plainText(m_excerpt, SourceExcerpt::Piece::Mention, false);
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
    m_excerpt.clear();
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

        if (e.year && m_source)
            parts = m_source->children(m_figure.id);
        for (const Figure &f : std::as_const(m_figures)) {
            if (!e.year && m_figure.id && f.parentId == m_figure.id)
                parts.append(f);
        }
        // The other figures of the same sentence (or of the highlight) to hop to.
        const QList<qint64> highlightIds = highlight ? m_highlights->figureIds(e.highlightId) : QList<qint64>();
        for (const Figure &f : std::as_const(m_figures)) {
            if (f.id == m_figure.id || e.year)
                continue;
            // The store keeps a window around each mention of a very long sentence, so
            // figures of one sentence share an overlapping range rather than one start.
            const bool sameSentence = highlight ? highlightIds.contains(f.id)
                                                : (m_figure.sentenceStart >= 0 && f.sentenceStart >= 0
                                                   && f.sentenceStart < m_figure.sentenceEnd
                                                   && f.sentenceEnd > m_figure.sentenceStart)
                    || (m_figure.sentenceStart < 0 && !m_sentence.isEmpty() && f.sentence == m_sentence);
            if (sameSentence && f.parentId != m_figure.id)
                related.append(f);
        }
        const QString &text = e.year ? m_other.value(e.figureId).text : m_text;
        // Values filled since the import read as values; of another year only its own is known.
        const QList<Figure> filled = e.year ? QList<Figure>{m_figure} : m_figures;
        if (highlight && !m_figure.id) {
            m_domainOverride = related.isEmpty() ? QString() : related.first().domain;
            loadSource(text, highlight->start, highlight->end, -1, -1, filled);
        } else {
            loadSource(text, m_figure.sentenceStart, m_figure.sentenceEnd, m_figure.start, m_figure.end, filled);
        }

        if (m_figure.id) {
            const QList<YearFigure> history = m_source && !m_figure.key.isEmpty()
                ? m_source->history(m_county, m_figure.key)
                : QList<YearFigure>();
            const auto [from, to] = SourceExcerpt::paragraph(text, m_figure.sentenceStart, m_figure.sentenceEnd);
            m_points = DetailTrend::build(m_figure, m_figureYear, text.mid(from, to - from), history);
        }
    }
    endResetModel();
    m_parts->setFigures(parts);
    m_related->setFigures(related);
    emit changed();
}

void DetailModel::loadSource(const QString &text, int sentenceStart, int sentenceEnd, int mentionStart,
                             int mentionEnd, const QList<Figure> &filled)
{
    if (sentenceStart < 0 || sentenceEnd > text.size() || sentenceStart >= sentenceEnd) {
        const int found = m_sentence.isEmpty() ? -1 : int(text.indexOf(m_sentence));
        if (found < 0) {
            if (!m_sentence.isEmpty())
                m_excerpt.append({SourceExcerpt::Piece::Sentence, m_sentence, QString(), false});
            return;
        }
        sentenceStart = found;
        sentenceEnd = found + int(m_sentence.size());
    }
    m_excerpt = SourceExcerpt::build(text, sentenceStart, sentenceEnd, mentionStart, mentionEnd, filled);
}
