#include "TextNormalizer.h"

#include "docs/CjkRadicals.h"
#include "docs/PageFurniture.h"

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

const QString &unitStarts()
{
    static const QString units = QStringLiteral("%亿万元个项家人户吨亩公里座台条处");
    return units;
}

// "134.8亿元…" goes on with an amount; "2022年工作回顾" is a new line that starts with a year.
bool continuesNumber(const QString &line)
{
    const QString &units = unitStarts();
    int i = 0;
    while (i < line.size() && (isAsciiDigit(line.at(i)) || line.at(i) == QLatin1Char('.')))
        ++i;
    return i > 0 && i < line.size() && units.contains(line.at(i));
}

// A number or amount broken by the line end: "46" + "8亿元", "5." + "8%", "468亿" + "元".
bool splitsNumber(const QString &prev, const QString &next)
{
    if (prev.isEmpty() || next.isEmpty())
        return false;
    const QChar last = prev.back();
    const QChar first = next.front();
    // Placeholders count as numbers: "x" + "x.x亿元".
    auto numeric = [](QChar c) { return isAsciiDigit(c) || c == QLatin1Char('.') || c == QLatin1Char('x') || c == QLatin1Char('X'); };
    const bool numberEnds = numeric(last)
        || (QStringLiteral("亿万千百").contains(last) && prev.size() > 1 && numeric(prev.at(prev.size() - 2)));
    return numberEnds && (numeric(first) || unitStarts().contains(first));
}

bool isHan(QChar c) { return c.script() == QChar::Script_Han; }

bool isDash(QChar c) { return c == QChar(0x2014) || c == QLatin1Char('-'); }

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
    if ((u >= 0x2E80 && u <= 0x2FD5) || (u >= 0xF900 && u <= 0xFAFF))
        return CjkRadicals::toIdeograph(c);
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
    case 0xFF61: return QChar(0x3002); // ｡
    case 0xFF64: return QChar(0x3001); // ､
    // Rules drawn for a dash leader come out of a PDF as box-drawing or bar characters.
    case 0x2500: case 0x2501: case 0x2015: case 0x2E3A: return QChar(0x2014);
    case 0x3000: case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x202F: case '\f': case '\v':
        return QLatin1Char(' ');
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
    int width = 0; // as typeset: a Chinese character two units, ASCII one
    int chars = 0; // characters, spaces inside included
};

bool isBlankChar(QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); }

// Within one line: spaces dropped unless they separate two ASCII words ("Windows 10"),
// runs of two or more dashes made one "——" leader ("— —", "--"), tabs (table cells)
// kept as one separator.
void tidyLine(Line &line)
{
    Line out;
    out.width = line.width;
    out.chars = line.chars;
    const QString &t = line.text;
    for (int i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (isBlankChar(c)) {
            int j = i;
            bool tab = false;
            while (j < t.size() && isBlankChar(t.at(j)))
                tab = tab || t.at(j++) == QLatin1Char('\t');
            const bool inside = !out.text.isEmpty() && j < t.size();
            const bool words = inside && isAsciiWordChar(out.text.back()) && isAsciiWordChar(t.at(j))
                && !(isAsciiDigit(out.text.back()) && isAsciiDigit(t.at(j)));
            if (inside && (tab || words)) {
                out.text.append(tab ? QLatin1Char('\t') : QLatin1Char(' '));
                out.map.append(line.map.at(i));
            }
            i = j - 1;
            continue;
        }
        out.text.append(c);
        out.map.append(line.map.at(i));
    }
    for (int i = 0; i + 1 < out.text.size(); ++i) {
        if (!isDash(out.text.at(i)) || !isDash(out.text.at(i + 1)))
            continue;
        int j = i;
        while (j < out.text.size() && isDash(out.text.at(j)))
            out.text[j++] = QChar(0x2014);
        i = j - 1;
    }
    line = out;
}

// The ASCII run a text ends (atEnd) or starts with: "Windows", "10", "xx.x".
QStringView asciiRun(const QString &t, bool atEnd)
{
    auto inRun = [](QChar c) { return isAsciiWordChar(c) || c == QLatin1Char('.'); };
    if (atEnd) {
        int i = int(t.size());
        while (i > 0 && inRun(t.at(i - 1)))
            --i;
        return QStringView(t).mid(i);
    }
    int i = 0;
    while (i < t.size() && inRun(t.at(i)))
        ++i;
    return QStringView(t).left(i);
}

} // namespace

bool TextNormalizer::lineBreakIsSpace(const QString &before, const QString &after)
{
    const QStringView a = asciiRun(before, true);
    const QStringView b = asciiRun(after, false);
    if (a.isEmpty() || b.isEmpty() || !isAsciiWordChar(a.back()) || !isAsciiWordChar(b.front()))
        return false;
    auto numeric = [](QStringView run) {
        for (const QChar c : run) {
            if (!isAsciiDigit(c) && c != QLatin1Char('.') && c.toLower() != QLatin1Char('x'))
                return false;
        }
        return true;
    };
    if (numeric(a) && numeric(b))
        return false;
    return !(isAsciiDigit(a.back()) && isAsciiDigit(b.front()));
}

namespace {

// A title set over two lines: "2023年政府工作" + "报告".
bool brokenTitle(const QString &prev, const QString &next)
{
    static const QString punctuation = QStringLiteral("，。、；：！？,.;:!?");
    if (prev.size() > 24 || next.size() > 4 || next.isEmpty())
        return false;
    for (const QChar c : prev) {
        if (punctuation.contains(c))
            return false;
    }
    for (const QChar c : next) {
        if (!isHan(c))
            return false;
    }
    const QString joined = prev + next;
    return joined.endsWith(QStringLiteral("报告")) || joined.endsWith(QStringLiteral("总结"));
}

// The width most lines of a hard-wrapped text share, or 0 when the text is not wrapped.
int commonWidth(const QList<Line> &lines, const QList<int> &kept, int Line::*measure, int minimum)
{
    QHash<int, int> widths;
    int longLines = 0;
    for (const int li : kept) {
        const int w = lines.at(li).*measure;
        if (w >= minimum) {
            ++widths[w];
            ++longLines;
        }
    }
    int common = 0;
    int best = 0;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (it.value() > widths.value(common) || (it.value() == widths.value(common) && it.key() > common))
            common = it.key();
        best = std::max(best, it.value() + widths.value(it.key() - 1) + widths.value(it.key() + 1));
    }
    return best < 5 || best * 10 < longLines * 3 ? 0 : common;
}

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
    // Pass 1: characters to canonical form, split into tidied lines.
    QList<Line> lines;
    Line current;
    auto flush = [&] {
        while (!current.text.isEmpty() && isBlankChar(current.text.back())) {
            current.text.chop(1);
            current.map.removeLast();
        }
        current.chars = int(current.text.size());
        tidyLine(current);
        lines.append(current);
        current = Line();
    };
    QList<int> breakBefore = {-1}; // offset of the break before each line
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
            breakBefore.append(i);
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
        // Typeset width follows the character as written: "," and "5" are narrow, "，"
        // wide; spaces at either end of a line took their room on the page too.
        current.width += c.unicode() < 128 ? 1 : 2;
        if (isBlankChar(k) && current.text.isEmpty())
            continue; // leading spaces of a line
        current.text.append(k);
        current.map.append(i);
    }
    flush();

    // Page numbers, running headers and contents entries a PDF copy brings along are
    // left out; the lines around them are joined as if the page had not ended.
    QStringList texts;
    for (const Line &l : std::as_const(lines))
        texts.append(l.text);
    const QList<bool> furniture = PageFurniture::find(texts);
    QList<int> kept;
    for (int li = 0; li < lines.size(); ++li) {
        if (!furniture.at(li))
            kept.append(li);
    }

    // Hard-wrapped copies have many lines of one width: of one typeset width when copied
    // out of a PDF (digits narrow), of one number of characters when wrapped by a
    // program. Only then is a full line without a sentence end taken as wrapped.
    const int wrapWidth = commonWidth(lines, kept, &Line::width, 30);
    const int wrapChars = commonWidth(lines, kept, &Line::chars, 15);
    // Full: the next character would not have fitted (a line one character short), the
    // first line of a paragraph (two characters of indent), or closing punctuation kept
    // on the line (a little over).
    auto full = [&](const Line &l) {
        return (wrapWidth > 0 && l.width >= wrapWidth - 5 && l.width <= wrapWidth + 4)
            || (wrapChars > 0 && std::abs(l.chars - wrapChars) <= 1);
    };

    // Pass 2: join lines, drop stray spaces.
    Result r;
    r.text.reserve(original.size());
    r.map.reserve(original.size() + 1);
    auto isHeading = [](const QString &t) {
        return startsWithHeadingMarker(t) && !t.contains(QChar(0x3002));
    };
    bool preamble = true; // before the first sentence or heading: title lines
    for (int k = 0; k < kept.size(); ++k) {
        const Line &l = lines.at(kept.at(k));
        if (k > 0) {
            const Line &prev = lines.at(kept.at(k - 1));
            bool join = false;
            if (!prev.text.isEmpty() && !l.text.isEmpty() && !r.text.isEmpty() && r.text.back() != QLatin1Char('\n')) {
                const QChar last = prev.text.back();
                if (preamble && brokenTitle(prev.text, l.text))
                    join = true;
                else if (endsSentence(last) || isHeading(prev.text) || startsWithHeadingMarker(l.text))
                    join = false;
                else if (endsClause(last) || splitsNumber(prev.text, l.text) || full(prev))
                    join = true;
                // A line that already holds a finished sentence, or is too long for a
                // heading, and stops without a sentence end was broken mid-sentence;
                // so was one whose next line goes on with a number.
                else if (prev.text.contains(QChar(0x3002)) || prev.text.size() > 40 || continuesNumber(l.text))
                    join = true;
            }
            if (!join) {
                r.text.append(QLatin1Char('\n'));
                r.map.append(breakBefore.at(kept.at(k)));
            } else if (lineBreakIsSpace(r.text, l.text)) {
                r.text.append(QLatin1Char(' '));
                r.map.append(breakBefore.at(kept.at(k)));
            }
        }
        if (l.text.contains(QChar(0x3002)) || startsWithHeadingMarker(l.text))
            preamble = false;
        r.text.append(l.text);
        r.map.append(l.map);
    }
    r.map.append(n);
    return r;
}
