#pragma once

#include "parse/Rule.h"

#include <QList>
#include <QStringList>

#include <functional>

// The ordered list of phrasing rules (Registry.cpp), and what the sentence reader and the
// tests ask of it.
namespace parse {

class Registry
{
public:
    // Every rule, in the registry's order.
    static const QList<const Rule *> &all();
    // The rules of one stage, in the registry's order.
    static const QList<const Rule *> &stage(Stage s);
    // Rules of the family files the order leaves out, and ids it names that no family
    // defines: both empty when the registry is whole.
    static QStringList unordered();
    static QStringList unknown();

    // Runs the rules of stage s on ctx: in order until one decides, or all of them for
    // the Group and Finish stages. Returns Pass when none decided, else the first decision.
    static Outcome run(Stage s, SentenceContext &ctx);

    // For tests: called with each rule when it decides, on this thread.
    using Observer = std::function<void(const Rule &)>;
    static void setObserver(Observer observer);
};

} // namespace parse
