#include "DetailTrend.h"

#include "FigureFormat.h"
#include "PriorYear.h"

#include <QHash>
#include <algorithm>

namespace DetailTrend {

namespace {

bool isResult(const Figure &f)
{
    return f.role.isEmpty() || f.role == QLatin1String("result");
}

} // namespace

QString breakNote(const QString &sentence, const QString &paragraph)
{
    // Longest first, so the most specific wording is the one quoted.
    static const QStringList anywhere{
        QStringLiteral("第四次全国经济普查"), QStringLiteral("第五次全国经济普查"), QStringLiteral("第四次经济普查"),
        QStringLiteral("第五次经济普查"), QStringLiteral("剔除虚增空转"), QStringLiteral("统计口径调整"),
        QStringLiteral("经济普查"), QStringLiteral("虚增空转"), QStringLiteral("口径调整"), QStringLiteral("调整口径"),
        QStringLiteral("统计口径"),
    };
    // "按可比口径增长" says the change was computed on a new basis: in the figure's own
    // sentence it explains that figure; elsewhere in the paragraph, some other one.
    static const QStringList inSentence{QStringLiteral("同口径"), QStringLiteral("可比口径")};
    for (const QString &word : anywhere) {
        if (sentence.contains(word) || paragraph.contains(word))
            return word;
    }
    for (const QString &word : inSentence) {
        if (sentence.contains(word))
            return word;
    }
    return QString();
}

QList<DetailPoint> build(const Figure &figure, int figureYear, const QString &paragraph,
                         const QList<YearFigure> &history)
{
    // The rows in the open figure's unit, each with its figure, oldest first.
    QList<TrendPoint> rows;
    QHash<qint64, const Figure *> figures;
    QHash<qint64, QString> paragraphs;
    QHash<qint64, double> factors;
    const bool ownYear = isResult(figure);
    for (const YearFigure &y : history) {
        const Figure &f = y.figure;
        if (ownYear && y.year == figureYear && f.id != figure.id)
            continue; // the open figure stands for its year
        const auto factor = FigureFormat::factor(f.unit, figure.unit);
        if (!factor && !f.unit.isEmpty() && !figure.unit.isEmpty())
            continue;
        TrendPoint row;
        row.year = y.year;
        row.value = f.pending || !f.value ? std::nullopt : std::optional<double>(*f.value * factor.value_or(1.0));
        row.unit = figure.unit;
        row.growth = f.growthPending ? std::nullopt : f.growth;
        row.growthKind = f.growthKind;
        row.figureId = f.id;
        rows.append(row);
        figures.insert(f.id, &f);
        paragraphs.insert(f.id, y.paragraph);
        factors.insert(f.id, factor.value_or(1.0));
    }
    const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const TrendPoint &r) { return r.figureId == figure.id; });
    if (ownYear && !listed) {
        TrendPoint row;
        row.year = figureYear;
        row.value = figure.pending ? std::nullopt : figure.value;
        row.unit = figure.unit;
        row.growth = figure.growthPending ? std::nullopt : figure.growth;
        row.growthKind = figure.growthKind;
        row.figureId = figure.id;
        const auto at = std::find_if(rows.begin(), rows.end(), [&](const TrendPoint &r) { return r.year > figureYear; });
        rows.insert(at, row);
        figures.insert(figure.id, &figure);
    }
    paragraphs.insert(figure.id, paragraph);
    factors.insert(figure.id, 1.0);

    const int derivedDecimals = std::max(1, FigureFormat::decimals(figure));
    QList<DetailPoint> out;
    bool valueBefore = false;
    for (const TrendPoint &t : withDerivedPriorYears(rows)) {
        const Figure *f = figures.value(t.figureId);
        DetailPoint p;
        p.year = t.year;
        p.value = t.value;
        p.derived = t.derived;
        p.pending = f && f->pending;
        p.current = t.figureId == figure.id;
        p.figureId = t.figureId;
        if (!p.value && !p.pending)
            continue; // a year stated only as a change has no point of its own
        if (p.value) {
            // The report's own precision; a converted unit or a derived value needs its own.
            const int decimals = p.derived ? derivedDecimals
                : (f && factors.value(t.figureId) == 1.0 ? FigureFormat::decimals(*f)
                                                         : FigureFormat::decimalsOf(*p.value));
            p.displayValue = FigureFormat::number(*p.value, decimals);
        }
        if (p.value && !p.derived && valueBefore && f)
            p.breakNote = breakNote(f->sentence, paragraphs.value(t.figureId));
        valueBefore = valueBefore || (p.value && !p.derived);
        out.append(p);
    }
    return out;
}

} // namespace DetailTrend
