#include "Registry.h"

#include "Families.h"

#include <QHash>

namespace parse {

namespace {

// THE order of the phrasing rules. Within a stage the first rule that decides wins (in
// Group and Finish every rule runs), so a more specific phrasing goes before a general one.
// A new rule: its function and record in a family file, and its id here.
const char *const kOrder[] = {
    // Skip: no figure at all.
    "skip.comparison",
    // Change: is a percentage, 百分点 or 倍 a change?
    "change.after-verb",
    "change.flat",
    "change.times-of",
    // ChangeName: who a list of changes belongs to.
    "list.names-before-changes",
    "change.share-of-previous",
    // ChangeAttach: new figures, or the values they change.
    "change.without-value",
    "change.past-plan-excess",
    "change.to-listed-values",
    "list.changes-across-clauses",
    "change.to-value",
    "change.to-last-figure",
    // Attach: a value that completes a figure already made.
    "period.from-to",
    // Name: a value whose words are no noun phrase.
    "name.counted-after-verb",
    "name.total-of-counted",
    "name.share-of-previous",
    "name.delta-of-previous",
    "name.excess-of-previous",
    "name.side-of-pair",
    "name.level-of-previous",
    "name.measure-of-counted",
    "name.parallel-measure",
    "invest.object",
    "invest.of-counted",
    // Unnamed: a value with no words of its own.
    "complete.value-of-change",
    "complete.later-time",
    "name.counted-noun",
    "name.same-caliber",
    "name.second-measure",
    "name.subject-before",
    // Group: a list of values closes.
    "list.shared-head",
    "list.split-names",
    "qualify.shared-by-list",
    // Finish: the whole sentence.
    "qualify.estimated-sentence",
    "qualify.ranks",
};

QList<Rule> families()
{
    QList<Rule> all;
    for (QList<Rule> (*family)() : {rules::skip, rules::growth, rules::growthTargets, rules::basePeriod, rules::completion,
                                    rules::neighbour, rules::investment, rules::respectively, rules::qualifiers})
        all += family();
    return all;
}

struct Tables
{
    QList<Rule> records;
    QList<const Rule *> ordered;
    QList<QList<const Rule *>> byStage = QList<QList<const Rule *>>(int(Stage::Finish) + 1);
    QStringList unordered;
    QStringList unknown;

    Tables()
        : records(families())
    {
        QHash<QString, const Rule *> byId;
        for (const Rule &r : std::as_const(records))
            byId.insert(QString::fromLatin1(r.id), &r);
        for (const char *id : kOrder) {
            const Rule *r = byId.take(QString::fromLatin1(id));
            if (!r) {
                unknown << QString::fromLatin1(id);
                continue;
            }
            ordered << r;
            byStage[int(r->stage)] << r;
        }
        unordered = byId.keys();
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

thread_local Registry::Observer t_observer;

} // namespace

const QList<const Rule *> &Registry::all()
{
    return tables().ordered;
}

const QList<const Rule *> &Registry::stage(Stage s)
{
    return tables().byStage.at(int(s));
}

QStringList Registry::unordered()
{
    return tables().unordered;
}

QStringList Registry::unknown()
{
    return tables().unknown;
}

Outcome Registry::run(Stage s, SentenceContext &ctx)
{
    const bool every = s == Stage::Group || s == Stage::Finish;
    Outcome first = Outcome::Pass;
    for (const Rule *r : stage(s)) {
        const Outcome o = r->apply(ctx);
        if (o == Outcome::Pass)
            continue;
        if (t_observer)
            t_observer(*r);
        if (!every)
            return o;
        if (first == Outcome::Pass)
            first = o;
    }
    return first;
}

void Registry::setObserver(Observer observer)
{
    t_observer = std::move(observer);
}

} // namespace parse
