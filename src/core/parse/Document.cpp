#include "Document.h"

#include <algorithm>

namespace parse {

Document::Document(const QString &original)
    : m_original(original)
    , m_norm(TextNormalizer::normalize(original))
{
    splitSentences();
}

QString Document::origSlice(int nStart, int nEnd) const
{
    const int a = origStart(nStart);
    const int b = origEnd(nEnd);
    return m_original.mid(a, std::max(0, b - a));
}

QString Document::sentenceText(int si) const
{
    QString &cached = m_sentenceTexts[si];
    if (cached.isNull()) {
        const SentenceSpan &s = m_sentences.at(si);
        cached = origSlice(s.start, s.end);
    }
    return cached;
}

bool Document::isHan(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool Document::isBoundary(QChar c)
{
    return c == u'，' || c == u'；' || c == u'：' || c == u'。' || c == u'！' || c == u'？' || c == u'\n';
}

int Document::clauseStart(int pos, int limit) const
{
    const QString &t = m_norm.text;
    while (pos > limit && !isBoundary(t.at(pos - 1)))
        --pos;
    return pos;
}

void Document::splitSentences()
{
    const QString &t = m_norm.text;
    const int n = int(t.size());
    int start = 0;
    auto push = [&](int s, int e) {
        while (s < e && (t.at(s) == u' ' || t.at(s) == u'\n'))
            ++s;
        while (e > s && t.at(e - 1) == u' ')
            --e;
        if (e > s)
            m_sentences.append({s, e});
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = t.at(i);
        if (c == u'\n') {
            push(start, i);
            start = i + 1;
        } else if (c == u'。' || c == u'！' || c == u'？') {
            int e = i + 1;
            while (e < n && (t.at(e) == u'”' || t.at(e) == u'）' || t.at(e) == u'"'))
                ++e;
            push(start, e);
            start = e;
            i = e - 1;
        }
    }
    push(start, n);
}

} // namespace parse
