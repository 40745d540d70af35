#include "SourceExcerpt.h"

#include "FilledSpans.h"

#include <QVariantMap>
#include <algorithm>

namespace SourceExcerpt {

namespace {

// Context kept on each side of the sentence. The view scrolls to the figure, so this only
// bounds a paragraph that can run to a page.
constexpr int kContextChars = 320;

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'；' || c == u'！' || c == u'？' || c == u';';
}

// Where the context before the sentence starts: a sentence start within kContextChars.
int contextStart(const QString &text, int paragraphStart, int sentenceStart)
{
    if (sentenceStart - paragraphStart <= kContextChars)
        return paragraphStart;
    for (int i = sentenceStart - kContextChars; i < sentenceStart; ++i) {
        if (isSentenceEnd(text.at(i)))
            return i + 1;
    }
    return sentenceStart - kContextChars;
}

int contextEnd(const QString &text, int sentenceEnd, int paragraphEnd)
{
    if (paragraphEnd - sentenceEnd <= kContextChars)
        return paragraphEnd;
    for (int i = sentenceEnd + kContextChars; i > sentenceEnd; --i) {
        if (isSentenceEnd(text.at(i - 1)))
            return i;
    }
    return sentenceEnd + kContextChars;
}

} // namespace

std::pair<int, int> paragraph(const QString &text, int from, int to)
{
    if (from < 0 || to > text.size() || from > to)
        return {0, 0};
    const int start = from > 0 ? int(text.lastIndexOf(u'\n', from - 1)) + 1 : 0;
    int end = int(text.indexOf(u'\n', to));
    if (end < 0)
        end = int(text.size());
    return {start, std::max(end, to)};
}

QList<Piece> build(const QString &text, int sentenceStart, int sentenceEnd, int mentionStart, int mentionEnd,
                   const QList<Figure> &filled)
{
    QList<Piece> out;
    if (sentenceStart < 0 || sentenceEnd > text.size() || sentenceStart >= sentenceEnd)
        return out;
    if (mentionStart < sentenceStart || mentionEnd > sentenceEnd || mentionStart >= mentionEnd)
        mentionStart = mentionEnd = sentenceEnd;
    const auto [paraStart, paraEnd] = paragraph(text, sentenceStart, sentenceEnd);
    const int from = contextStart(text, paraStart, sentenceStart);
    const int to = contextEnd(text, sentenceEnd, paraEnd);
    const bool cutBefore = from > paraStart;
    const bool cutAfter = to < paraEnd;

    // Every place where the style changes: sentence, mention and filled spans.
    const QList<FilledSpan> spans = filledSpans(text.mid(from, to - from), from, filled);
    QList<int> cuts{from, sentenceStart, mentionStart, mentionEnd, sentenceEnd, to};
    for (const FilledSpan &s : spans)
        cuts << from + s.from << from + s.to;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    auto kindAt = [&](int pos) {
        if (pos >= mentionStart && pos < mentionEnd)
            return Piece::Mention;
        return pos >= sentenceStart && pos < sentenceEnd ? Piece::Sentence : Piece::Context;
    };
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const int a = cuts.at(i);
        const int b = cuts.at(i + 1);
        if (a < from || b > to || a >= b)
            continue;
        Piece piece{kindAt(a), text.mid(a, b - a), QString(), false};
        const auto span = std::find_if(spans.cbegin(), spans.cend(), [&](const FilledSpan &s) {
            return from + s.from == a && from + s.to == b;
        });
        if (span != spans.cend()) {
            piece.placeholder = piece.text;
            piece.text = span->value;
            piece.demo = span->demo;
        }
        if (!out.isEmpty() && out.last().kind == piece.kind && piece.placeholder.isEmpty()
            && out.last().placeholder.isEmpty())
            out.last().text += piece.text;
        else
            out.append(piece);
    }
    // Leading and trailing blanks of the context, and a mark where the paragraph was cut.
    if (!out.isEmpty() && out.first().kind == Piece::Context)
        out.first().text = (cutBefore ? QStringLiteral("…") : QString()) + out.first().text.trimmed();
    if (!out.isEmpty() && out.last().kind == Piece::Context)
        out.last().text = out.last().text.trimmed() + (cutAfter ? QStringLiteral("…") : QString());
    return out;
}

QVariantList toVariantList(const QList<Piece> &pieces)
{
    static const char *const kinds[] = {"context", "sentence", "mention"};
    QVariantList list;
    for (const Piece &p : pieces) {
        list.append(QVariantMap{
            {QStringLiteral("text"), p.text},
            {QStringLiteral("kind"), QString::fromLatin1(kinds[p.kind])},
            {QStringLiteral("placeholder"), p.placeholder},
            {QStringLiteral("demo"), p.demo},
        });
    }
    return list;
}

QString plainText(const QList<Piece> &pieces, Piece::Kind kind, bool untilMention)
{
    QString text;
    for (const Piece &p : pieces) {
        if (untilMention && p.kind == Piece::Mention)
            break;
        if (p.kind == kind)
            text += p.text;
    }
    return text;
}

QString around(const Figure &figure, int room)
{
    const QString &sentence = figure.sentence;
    if (sentence.size() <= room || figure.start < figure.sentenceStart || figure.end > figure.sentenceEnd)
        return sentence;
    const int mentionStart = figure.start - figure.sentenceStart;
    const int mentionEnd = std::min(int(sentence.size()), figure.end - figure.sentenceStart);
    // Two thirds of the room before the figure: its name and verb come first.
    const int spare = std::max(0, room - (mentionEnd - mentionStart));
    int from = std::max(0, mentionStart - spare * 2 / 3);
    const int to = std::min(int(sentence.size()), from + std::max(room, mentionEnd - from));
    from = std::max(0, std::min(from, to - room));
    return (from > 0 ? QStringLiteral("…") : QString()) + sentence.mid(from, to - from)
        + (to < sentence.size() ? QStringLiteral("…") : QString());
}

} // namespace SourceExcerpt
