#pragma once

#include "TextNormalizer.h"

#include <QHash>
#include <QList>
#include <QString>

// The report as the passes read it: the original text, its normalised copy with the map
// between the two, and the one definition of its units of reading:
//  - a sentence ends at 。！？ (with a closing quote or bracket) or at a line break;
//  - a clause ends at ，：； inside a sentence;
//  - a segment ends at ； (a segment holds one or more clauses).
// All passes work on normalised offsets and convert to original offsets only when they
// write a Figure, a Section or a Highlight.
namespace parse {

struct SentenceSpan
{
    int start = 0; // normalised, [start, end)
    int end = 0;
};

class Document
{
public:
    explicit Document(const QString &original);

    const QString &original() const { return m_original; }
    const QString &text() const { return m_norm.text; }
    const TextNormalizer::Result &normalised() const { return m_norm; }
    const QList<SentenceSpan> &sentences() const { return m_sentences; }

    int origStart(int n) const { return m_norm.originalStart(n); }
    int origEnd(int n) const { return m_norm.originalEnd(n); }
    QString origSlice(int nStart, int nEnd) const;
    // The sentence as written in the original, shared by every figure it holds.
    QString sentenceText(int si) const;

    static bool isHan(QChar c);
    // Ends a clause: ，；：。！？ or a line break.
    static bool isBoundary(QChar c);
    static bool endsClause(QChar c) { return c == u'，' || c == u'：' || c == u'；'; }
    static bool endsSegment(QChar c) { return c == u'；'; }

    // The start of the clause holding pos, looking back no further than limit.
    int clauseStart(int pos, int limit) const;

private:
    void splitSentences();

    QString m_original;
    TextNormalizer::Result m_norm;
    QList<SentenceSpan> m_sentences;
    mutable QHash<int, QString> m_sentenceTexts;
};

} // namespace parse
