#pragma once

#include "Document.h"
#include "Figure.h"
#include "Quantities.h"

#include <QList>

// The figures of a report while it is read: each with the sentence, clause and segment it
// came from, which the rules need to find its neighbours.
namespace parse {

struct FigureDraft
{
    Figure figure;
    int sentence = -1;
    int clause = 0;
    int segment = 0;
    bool sameCaliber = false; // named by 同口径: its growth is 同口径 too
};

class Drafts
{
public:
    explicit Drafts(const Document &doc);

    int size() const { return int(m_drafts.size()); }
    bool isEmpty() const { return m_drafts.isEmpty(); }
    FigureDraft &at(int i) { return m_drafts[i]; }
    const FigureDraft &at(int i) const { return m_drafts.at(i); }
    const FigureDraft &last() const { return m_drafts.last(); }
    Figure &figure(int i) { return m_drafts[i].figure; }
    const Figure &figure(int i) const { return m_drafts.at(i).figure; }

    // A new figure for q named name, in sentence si.
    int add(const Quantity &q, const QString &name, int si);
    int add(FigureDraft draft);
    // The value (or placeholder) and the mention of q.
    void setValue(int fi, const Quantity &q);
    void setGrowth(int fi, const Quantity &g, const QString &kind);
    void mergeQuals(int fi, const QStringList &extra);

    // The kind of a change from the words before it: 同比, 比上年, 年均, 自然增幅 …
    static QString growthKind(const QString &before, bool sameCaliber);

    QList<FigureDraft> take() { return std::move(m_drafts); }

private:
    const Document &m_doc;
    QList<FigureDraft> m_drafts;
};

} // namespace parse
