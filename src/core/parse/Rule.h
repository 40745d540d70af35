#pragma once

#include "Document.h"
#include "Drafts.h"
#include "Naming.h"
#include "Quantities.h"

#include <QList>
#include <QString>

// A phrasing rule: one way reports write a figure, as a named record with the sentences it
// was written for. The sentence reader (SentenceReader.cpp) runs the rules of each stage in
// the order of rules/Registry.cpp; see there for what each stage decides.
namespace parse {

enum class Stage {
    Skip,         // a quantity that is no figure at all ("高于全省1.2个百分点")
    Change,       // a percentage, 百分点 or 倍 that is a change (after a growth verb, 持平 …)
    ChangeName,   // who a list of changes belongs to when the words before it do not say
    ChangeAttach, // which figures a list of changes is attached to, or new ones
    Attach,       // a value that completes a figure already made instead of making one
    Name,         // the name of a value from its neighbours when its own words are no noun
    Unnamed,      // a value with no words of its own before it: borrow, complete or drop
    Group,        // a list of values in one clause, when it closes (分别, shared 预计)
    Finish,       // the whole sentence, once its figures are made (预计 sentences, ranks)
};

// What a rule's apply says: it did not apply; it decided (the stage ends, except in the
// Group and Finish stages where every rule runs); or it used the quantity up, so the
// reader makes no figure of it.
enum class Outcome { Pass, Done, Drop };

// A sentence and the figures the whole parser reads from it, written as
// "name = value unit Δ growth kind [qualifiers] @rank ^parent", figures joined by " | ":
//   "地区生产总值 = 85.6亿元 Δ 6.3 同比"; a placeholder value shows its mask (xx.x亿元).
struct RuleExample
{
    QString sentence;
    QString expected;
};

struct Group
{
    QList<int> figures;
    int clause = -1;
    bool grown = false; // a list of changes has been attached to it
};

// Everything a rule may look at or change while one sentence is read.
struct SentenceContext
{
    SentenceContext(const Document &d, Drafts &f, int si, QList<Quantity> &quantities);

    const Document &doc;
    Drafts &drafts;
    const int sentence;
    const SentenceSpan span;
    QList<Quantity> &qs;
    const int firstFigure; // the first figure of this sentence

    // The quantity being read.
    int i = 0;
    Quantity *q = nullptr;
    const Quantity *prev = nullptr;
    QString before; // the words of its clause before it (after the previous quantity)
    NameInfo info;  // the name those words give

    // A list of changes being read (Change, ChangeName, ChangeAttach).
    QList<int> changes;   // indexes into qs
    QString changeBefore; // the words the kind of change is read from
    bool multiple = false;
    QList<int> targets;   // the figures the changes go to (ChangeAttach)

    // State across the quantities of the sentence.
    Group group;
    int investParent = -1; // "投入N实施X工程": the figure later counts detail
    bool newInvestParent = false;
    int pendingFrom = -1;  // a figure started by 由/从, waiting for its 增加到 value
    QString fromYear;

    const QString &text() const { return doc.text(); }
    // The last figure made in this sentence, or -1.
    int lastInSentence() const;
    // The whole comma clause before the one holding q when it holds no quantity.
    QString previousClause(const Quantity &q, int maxLength) const;
    // Closes the current group (runs the Group stage).
    void finishGroup();
};

struct Rule
{
    const char *id;
    Stage stage;
    Outcome (*apply)(SentenceContext &);
    QList<RuleExample> examples;
};

} // namespace parse
