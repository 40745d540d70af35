#include "FilledSpans.h"

#include "FigureFormat.h"

#include <algorithm>

QList<FilledSpan> filledSpans(const QString &s, int origin, QList<Figure> figures)
{
    std::sort(figures.begin(), figures.end(), [](const Figure &a, const Figure &b) { return a.start < b.start; });
    auto isMaskAt = [&s](int at, const QString &mask) {
        return at >= 0 && at + mask.size() <= s.size()
            && s.mid(at, mask.size()).compare(mask, Qt::CaseInsensitive) == 0;
    };
    QList<FilledSpan> spans;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Figure &f = figures.at(i);
        const int at = f.start - origin;
        const int limit = i + 1 < figures.size() ? std::min(int(s.size()), figures.at(i + 1).start - origin)
                                                 : int(s.size());
        if (!f.pending && f.value && !f.mask.isEmpty() && isMaskAt(at, f.mask)) {
            spans.append({at, at + int(f.mask.size()), FigureFormat::number(*f.value, FigureFormat::decimals(f)),
                          f.demo});
        }
        if (!f.growthPending && f.growth && !f.growthMask.isEmpty()) {
            const int from = std::max(0, f.end - origin);
            const int g = int(s.indexOf(f.growthMask + u'%', from, Qt::CaseInsensitive));
            if (g >= 0 && g < limit) {
                const bool worded = s.mid(std::max(0, g - 2), 2).contains(u'降');
                const double shown = worded ? std::abs(*f.growth) : *f.growth;
                const int dot = int(f.growthMask.indexOf(u'.'));
                const int decimals = dot < 0 ? 0 : int(f.growthMask.size()) - dot - 1;
                spans.append({g, g + int(f.growthMask.size()), FigureFormat::number(shown, decimals), f.demo});
            }
        }
    }
    std::sort(spans.begin(), spans.end(), [](const FilledSpan &a, const FilledSpan &b) { return a.from < b.from; });
    QList<FilledSpan> out;
    for (const FilledSpan &span : std::as_const(spans)) {
        if (out.isEmpty() || span.from >= out.last().to)
            out.append(span);
    }
    return out;
}
