#include "Composer.h"

#include "Candidates.h"
#include "ChartBuilder.h"
#include "Domains.h"
#include "Targets.h"
#include "YearCharts.h"

#include <QSet>
#include <algorithm>

namespace {

bool isPending(const Figure &f)
{
    return f.pending || f.growthPending;
}

LayoutCard cardOf(const Candidate &c)
{
    LayoutCard card;
    card.figure = c.figure->id;
    card.label = c.label;
    return card;
}

// The overview leads with the staff's chosen headlines, then the catalogue's headline
// indicators across the pages, then the best card of every page not yet represented.
QList<LayoutCard> overviewCards(const QList<LayoutPage> &pages, const Candidates &candidates, int budget)
{
    QList<Candidate> all;
    for (const LayoutPage &p : pages)
        all.append(candidates.forPage(p.name));
    QList<Candidate> chosen;
    for (const Candidate &c : std::as_const(all)) {
        if (c.headlineOrder >= 0)
            chosen.append(c);
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Candidate &a, const Candidate &b) { return a.headlineOrder < b.headlineOrder; });
    QList<Candidate> headline;
    for (const Candidate &c : std::as_const(all)) {
        if (c.headlineRank >= 0 && c.headlineOrder < 0)
            headline.append(c);
    }
    std::stable_sort(headline.begin(), headline.end(),
                     [](const Candidate &a, const Candidate &b) { return a.headlineRank < b.headlineRank; });
    chosen.append(headline);

    QList<LayoutCard> cards;
    QSet<qint64> taken;
    QSet<QString> pagesShown;
    auto take = [&](const Candidate &c) {
        if (taken.contains(c.figure->id) || cards.size() >= budget)
            return;
        taken.insert(c.figure->id);
        pagesShown.insert(c.page);
        cards.append(cardOf(c));
    };
    for (const Candidate &c : std::as_const(chosen))
        take(c);
    // Room left: the lead card of each page the headlines leave out.
    for (const LayoutPage &p : pages) {
        if (pagesShown.contains(p.name) || p.cards.isEmpty())
            continue;
        for (const Candidate &c : candidates.forPage(p.name)) {
            if (c.figure->id == p.cards.first().figure) {
                take(c);
                break;
            }
        }
    }
    return cards;
}

} // namespace

Composer::Budget Composer::budgetFor(const QSize &size)
{
    const double aspect = double(size.width()) / std::max(1, size.height());
    const double scale = std::min(size.width() / 1920.0, size.height() / 1080.0);
    Budget b;
    if (aspect > 2.4) {
        // A 5760×1080 wall has three screens of width at 1080p type: room for more.
        b.cards = 18;
        b.charts = 4;
        b.headlines = 10;
    } else if (aspect < 1.5 || scale < 0.6) {
        // 4:3 and small screens: type must stay large, so fewer cards.
        b.cards = 8;
        b.charts = 2;
        b.headlines = 6;
    }
    return b;
}

Layout Composer::compose(const Input &input)
{
    Layout layout;
    layout.size = input.size;
    layout.county = input.county;
    layout.year = input.year;
    const Budget budget = budgetFor(input.size);
    const Candidates candidates(input.figures, input.overrides);
    layout.dataWarnings = candidates.warnings();

    QList<LayoutPage> domainPages;
    for (const Domain &d : Domains::pages()) {
        LayoutPage page;
        page.name = d.id;
        page.title = d.title;
        const QList<Candidate> list = candidates.forPage(d.id);
        for (const Candidate &c : list.mid(0, budget.cards))
            page.cards.append(cardOf(c));
        const ChartBuilder builder(list, d.id, [&candidates](qint64 id) { return candidates.partsOf(id); });
        page.charts = YearCharts::withYearChart(builder.charts(), list, input.year, input.otherYears).mid(0, budget.charts);
        for (const Figure &f : input.figures) {
            if (f.domain == d.id && f.role != u"glossary")
                page.all.append(f.id);
        }
        domainPages.append(page);
    }

    LayoutPage overview;
    overview.name = QStringLiteral("overview");
    overview.title = Domains::pageTitle(overview.name);
    overview.cards = overviewCards(domainPages, candidates, budget.headlines);
    // One chart per domain, its page's first, titled with the domain.
    for (const LayoutPage &p : std::as_const(domainPages)) {
        if (p.charts.isEmpty())
            continue;
        LayoutChart chart = p.charts.first();
        chart.title = p.title;
        overview.charts.append(chart);
    }
    layout.pages.append(overview);
    layout.pages.append(domainPages);
    // Last in the rotation, and only when a report states targets.
    if (LayoutPage targets = Targets::page(input); !targets.cards.isEmpty())
        layout.pages.append(targets);

    // Pending figures the wall shows, and those only in the full lists (governance too).
    QSet<qint64> shown;
    for (const LayoutPage &p : std::as_const(layout.pages)) {
        for (const LayoutCard &c : p.cards) {
            shown.insert(c.figure);
            shown.insert(c.result);
        }
        for (const LayoutChart &chart : p.charts) {
            for (const LayoutPoint &pt : chart.points)
                shown.insert(pt.figure);
        }
    }
    for (const Figure &f : input.figures) {
        if (!isPending(f) || f.role == u"glossary")
            continue;
        if (shown.contains(f.id))
            ++layout.pendingShown;
        else
            ++layout.pendingElsewhere;
    }
    return layout;
}
