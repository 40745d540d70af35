#include "TextNormalizer.h"

#include <QHash>

#include <cstdlib>

namespace {

bool isAsciiWordChar(QChar c)
{
    const ushort u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// "134.8亿元…" goes on with an amount; "2022年工作回顾" is a new line that starts with a year.
bool continuesNumber(const QString &line)
{
    static const QString units = QStringLiteral("%亿万元个项家人户吨亩公里座台条处");
    int i = 0;
    while (i < line.size() && (isAsciiDigit(line.at(i)) || line.at(i) == QLatin1Char('.')))
        ++i;
    return i > 0 && i < line.size() && units.contains(line.at(i));
}

bool isChineseNumeral(QChar c)
{
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    return numerals.contains(c);
}

// One character replaced by its canonical form; QChar() means "drop it".
QChar canonical(QChar c)
{
    const ushort u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
        return QChar(u - 0xFF10 + '0');
    if ((u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A)) // full-width latin
        return QChar(u - 0xFF21 + 'A');
    switch (u) {
    case ',': return QChar(0xFF0C);   // ，
    case ';': return QChar(0xFF1B);   // ；
    case ':': return QChar(0xFF1A);   // ：
    case '(': return QChar(0xFF08);   // （
    case ')': return QChar(0xFF09);   // ）
    case '!': return QChar(0xFF01);   // ！
    case '?': return QChar(0xFF1F);   // ？
    case 0xFF05: case 0xFE6A: return QLatin1Char('%');
    case 0xFF0E: return QLatin1Char('.');
    case 0xFF0D: return QLatin1Char('-');
    case 0x3000: case '\t': case 0x00A0: case '\f': case '\v': return QLatin1Char(' ');
    case 0xFEFF: case 0x200B: return QChar();
    default: return c;
    }
}

bool endsSentence(QChar c)
{
    return c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F) || c == QChar(0xFF1A)
        || c == QChar(0x2026);
}

bool endsClause(QChar c)
{
    return c == QChar(0xFF0C) || c == QChar(0x3001) || c == QChar(0xFF1B) || c == QChar(0xFF08)
        || c == QChar(0x201C);
}

struct Line
{
    QString text;
    QList<int> map;
};

} // namespace

int TextNormalizer::Result::originalStart(int n) const
{
    if (map.isEmpty())
        return 0;
    return map.at(qBound(0, n, int(map.size()) - 1));
}

int TextNormalizer::Result::originalEnd(int n) const
{
    if (n <= 0 || map.isEmpty())
        return originalStart(0);
    if (n >= text.size())
        return n > text.size() ? map.last() : map.at(n - 1) + 1;
    return map.at(n - 1) + 1;
}

bool TextNormalizer::startsWithHeadingMarker(QStringView line)
{
    if (line.isEmpty())
        return false;
    if (line.startsWith(u"——") || line.startsWith(u"（") && line.size() > 2 && isChineseNumeral(line.at(1)))
        return true;
    int i = 0;
    while (i < line.size() && isChineseNumeral(line.at(i)))
        ++i;
    if (i > 0 && i < line.size() && (line.at(i) == QChar(0x3001) || line.at(i) == QChar(0x662F))) // 、 是
        return true;
    int d = 0;
    while (d < line.size() && isAsciiDigit(line.at(d)))
        ++d;
    return d > 0 && d <= 2 && d < line.size() && (line.at(d) == QChar(0x3001) || line.at(d) == QChar(0xFF0E));
}

TextNormalizer::Result TextNormalizer::normalize(const QString &original)
{
    // Pass 1: characters to canonical form, split into trimmed lines.
    QList<Line> lines;
    Line current;
    auto flush = [&] {
        while (!current.text.isEmpty() && current.text.back() == QLatin1Char(' ')) {
            current.text.chop(1);
            current.map.removeLast();
        }
        lines.append(current);
        current = Line();
    };
    const int n = int(original.size());
    for (int i = 0; i < n; ++i) {
        QChar c = original.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < n && original.at(i + 1) == QLatin1Char('\n'))
                continue;
            c = QLatin1Char('\n');
        }
        if (c == QLatin1Char('\n') || c == QChar(0x2028) || c == QChar(0x2029)) {
            flush();
            current.map.append(i); // where the break was, used if the line is joined
            continue;
        }
        if (c == QLatin1Char(',') || c == QChar(0xFF0C)) {
            // Thousands separator: digit , ddd followed by a non-digit.
            const bool digitBefore = i > 0 && isAsciiDigit(original.at(i - 1));
            const bool threeAfter = i + 3 < n && isAsciiDigit(original.at(i + 1))
                && isAsciiDigit(original.at(i + 2)) && isAsciiDigit(original.at(i + 3));
            if (digitBefore && threeAfter && (i + 4 >= n || !isAsciiDigit(original.at(i + 4))))
                continue;
        }
        // Lone surrogates would make every later regex match fail; one replacement
        // character keeps the one-to-one offset map.
        if (c.isHighSurrogate() && !(i + 1 < n && original.at(i + 1).isLowSurrogate()))
            c = QChar::ReplacementCharacter;
        else if (c.isLowSurrogate() && !(i > 0 && original.at(i - 1).isHighSurrogate()))
            c = QChar::ReplacementCharacter;
        const QChar k = canonical(c);
        if (k.isNull())
            continue;
        if (k == QLatin1Char(' ') && current.text.isEmpty())
            continue; // leading spaces of a line
        current.text.append(k);
        current.map.append(i);
    }
    flush();
    // Each line except the first carries, at map[0], the offset of the break before it;
    // separate it from the character map.
    QList<int> breakBefore(lines.size(), -1);
    for (int li = 1; li < lines.size(); ++li) {
        breakBefore[li] = lines[li].map.takeFirst();
    }

    // Hard-wrapped copies (PDF) have many lines of one width; only then is a long line
    // without a sentence end taken as wrapped.
    QHash<int, int> widths;
    int longLines = 0;
    for (const Line &l : std::as_const(lines)) {
        if (l.text.size() >= 15) {
            ++widths[int(l.text.size())];
            ++longLines;
        }
    }
    int wrapWidth = 0;
    int best = 0;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            wrapWidth = it.key();
        }
    }
    if (best < 5 || best * 10 < longLines * 3)
        wrapWidth = 0;

    // Pass 2: join lines, drop stray spaces.
    Result r;
    r.text.reserve(original.size());
    r.map.reserve(original.size() + 1);
    auto isHeading = [](const QString &t) {
        return startsWithHeadingMarker(t) && !t.contains(QChar(0x3002));
    };
    for (int li = 0; li < lines.size(); ++li) {
        const Line &l = lines.at(li);
        if (li > 0) {
            const Line &prev = lines.at(li - 1);
            bool join = false;
            if (!prev.text.isEmpty() && !l.text.isEmpty() && !r.text.isEmpty() && r.text.back() != QLatin1Char('\n')) {
                const QChar last = prev.text.back();
                if (endsSentence(last) || isHeading(prev.text) || startsWithHeadingMarker(l.text))
                    join = false;
                else if (endsClause(last))
                    join = true;
                else if (wrapWidth > 0 && std::abs(int(prev.text.size()) - wrapWidth) <= 1)
                    join = true;
                // A line that already holds a finished sentence, or is too long for a
                // heading, and stops without a sentence end was broken mid-sentence;
                // so was one whose next line goes on with a number.
                else if (prev.text.contains(QChar(0x3002)) || prev.text.size() > 40 || continuesNumber(l.text))
                    join = true;
            }
            if (!join) {
                r.text.append(QLatin1Char('\n'));
                r.map.append(breakBefore.at(li));
            } else if (isAsciiWordChar(r.text.back()) && isAsciiWordChar(l.text.front())) {
                r.text.append(QLatin1Char(' '));
                r.map.append(breakBefore.at(li));
            }
        }
        for (int i = 0; i < l.text.size(); ++i) {
            const QChar c = l.text.at(i);
            if (c == QLatin1Char(' ')) {
                // Keep a space only between two ASCII words ("Windows 10"); in Chinese
                // text and between a number and its unit it is an artefact.
                int j = i;
                while (j < l.text.size() && l.text.at(j) == QLatin1Char(' '))
                    ++j;
                const bool keep = !r.text.isEmpty() && j < l.text.size() && isAsciiWordChar(r.text.back())
                    && isAsciiWordChar(l.text.at(j)) && !(isAsciiDigit(r.text.back()) && isAsciiDigit(l.text.at(j)));
                if (keep) {
                    r.text.append(c);
                    r.map.append(l.map.at(i));
                }
                i = j - 1;
                continue;
            }
            r.text.append(c);
            r.map.append(l.map.at(i));
        }
    }
    r.map.append(n);
    return r;
}
