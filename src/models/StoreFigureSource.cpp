#include "StoreFigureSource.h"

#include "SourceExcerpt.h"
#include "Store.h"

void StoreFigureSource::setStore(Store *store)
{
    m_store = store;
    m_texts.clear();
}

QList<YearFigure> StoreFigureSource::history(const QString &county, const QString &key)
{
    QList<YearFigure> out;
    if (!m_store || key.isEmpty())
        return out;
    for (const TrendPoint &row : m_store->trend(county, key)) {
        const std::optional<Figure> f = m_store->figure(row.figureId);
        if (!f)
            continue;
        const QString text = reportText(county, row.year);
        const auto [from, to] = SourceExcerpt::paragraph(text, f->sentenceStart, f->sentenceEnd);
        out.append({row.year, *f, text.mid(from, to - from)});
    }
    return out;
}

std::optional<Figure> StoreFigureSource::figure(qint64 figureId)
{
    return m_store ? m_store->figure(figureId) : std::nullopt;
}

QList<Figure> StoreFigureSource::children(qint64 figureId)
{
    return m_store ? m_store->children(figureId) : QList<Figure>();
}

QString StoreFigureSource::reportText(const QString &county, int year)
{
    if (!m_store)
        return QString();
    const QString cacheKey = county + u'\n' + QString::number(year);
    const auto cached = m_texts.constFind(cacheKey);
    if (cached != m_texts.cend())
        return *cached;
    QString text;
    for (const ReportInfo &r : m_store->reports()) {
        if (r.county == county && r.year == year) {
            text = m_store->reportText(r.id);
            break;
        }
    }
    m_texts.insert(cacheKey, text);
    return text;
}
