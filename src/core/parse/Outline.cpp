#include "Outline.h"

#include "Lexicon.h"

#include <QRegularExpression>

namespace parse {

Outline::Outline(const Document &doc)
    : m_doc(doc)
    , m_t(doc.text())
{
}

Outline::Result Outline::read(const Document &doc)
{
    Outline o(doc);
    o.run();
    return std::move(o.m_out);
}

int Outline::chineseNumber(QStringView s)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (s.isEmpty())
        return 0;
    int value = 0;
    int current = 0;
    for (const QChar c : s) {
        if (c == u'十') {
            value += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else {
            const int d = int(digits.indexOf(c));
            if (d < 0)
                return 0;
            current = d;
        }
    }
    return value + current;
}

QString Outline::headTitle(QStringView rest, int cap)
{
    int e = 0;
    while (e < rest.size() && rest.at(e) != u'。' && rest.at(e) != u'；' && rest.at(e) != u'！')
        ++e;
    QString title = rest.left(std::min(e, cap)).toString().trimmed();
    while (title.endsWith(u'：') || title.endsWith(u'，'))
        title.chop(1);
    return title;
}

bool Outline::isUnnumberedHeading(QStringView line)
{
    if (line.size() < 4 || line.size() > 40)
        return false;
    const QChar last = line.back();
    if (last == u'。' || last == u'：' || last == u'；' || last == u'，' || last == u'！' || last == u'？' || last == u'、'
        || last == u'）')
        return false;
    if (line.contains(u'。'))
        return false;
    int han = 0;
    for (const QChar c : line)
        han += Document::isHan(c) ? 1 : 0;
    return han * 2 > line.size();
}

void Outline::addSection(int level, int ordinal, const QString &title, int lineStart)
{
    Section s;
    s.level = level;
    s.ordinal = ordinal;
    s.title = title;
    s.start = m_doc.origStart(lineStart);
    if (m_out.sections.isEmpty()) {
        const int e = int(m_t.indexOf(u'\n', lineStart));
        m_out.firstHeadingEnd = e < 0 ? int(m_t.size()) : e;
    }
    if (level < 3)
        m_lastArabic = 0;
    if (level == 1) {
        s.parentIndex = -1;
        m_lastLevel1 = int(m_out.sections.size());
        m_lastLevel2 = -1;
    } else if (level == 2) {
        s.parentIndex = m_lastLevel1;
        m_lastLevel2 = int(m_out.sections.size());
    } else {
        s.parentIndex = m_lastLevel2 >= 0 ? m_lastLevel2 : m_lastLevel1;
    }
    const int siblings = ++m_childCount[s.parentIndex];
    if (s.ordinal <= 0)
        s.ordinal = siblings;
    m_out.sections.append(s);
}

void Outline::run()
{
    const HeaderWords &w = lex().header;
    bool bodyStarted = false;
    int lineStart = 0;
    const int n = int(m_t.size());
    while (lineStart <= n) {
        int lineEnd = int(m_t.indexOf(u'\n', lineStart));
        if (lineEnd < 0)
            lineEnd = n;
        const QStringView line = QStringView(m_t).mid(lineStart, lineEnd - lineStart);
        const QString lineText = line.toString();
        QRegularExpressionMatch m;
        if ((m = w.level1.match(lineText)).hasMatch()) {
            addSection(1, chineseNumber(m.capturedView(1)), headTitle(m.capturedView(2), 40), lineStart);
            bodyStarted = true;
        } else if ((m = w.level2.match(lineText)).hasMatch()) {
            if (m_lastLevel1 < 0)
                addSection(1, 1, QString(), lineStart); // keeps every level-2 under a part
            addSection(2, chineseNumber(m.capturedView(1)), headTitle(m.capturedView(2), 40), lineStart);
            bodyStarted = true;
        } else if (m_lastLevel1 >= 0 && (m = w.level3.match(lineText)).hasMatch()) {
            addSection(3, chineseNumber(m.capturedView(1)), headTitle(m.capturedView(2), 30), lineStart);
        } else if (m_lastLevel1 >= 0 && (m = w.arabic.match(lineText)).hasMatch() && !m.captured(2).contains(u'。')) {
            addSection(3, m.captured(1).toInt(), headTitle(m.capturedView(2), 30), lineStart);
            m_lastArabic = m.captured(1).toInt();
        } else if (m_lastLevel1 >= 0 && (m = w.arabicLead.match(lineText)).hasMatch()
                   && (m.captured(1).toInt() == 1 || m.captured(1).toInt() == m_lastArabic + 1)) {
            // "1.产业转型升级步伐加快。坚持工业立市…": a numbered lead sentence opens a point.
            addSection(3, m.captured(1).toInt(), m.captured(2), lineStart);
            m_lastArabic = m.captured(1).toInt();
        } else if (m_lastLevel1 >= 0 && line.startsWith(u"——") && line.size() > 3) {
            addSection(3, 0, headTitle(line.mid(2), 30), lineStart);
        } else if (bodyStarted && isUnnumberedHeading(line) && !w.notHeading.match(lineText).hasMatch()) {
            const bool review = line.contains(u"回顾") || line.contains(u"工作总结");
            addSection((review || m_lastLevel1 < 0) ? 1 : 2, 0, lineText, lineStart);
        } else if (line.endsWith(u'。') || line.contains(u'。')) {
            bodyStarted = true;
        }
        lineStart = lineEnd + 1;
    }
    // Ends: the next section at the same or a higher level.
    const int total = int(m_doc.original().size());
    QList<Section> &sections = m_out.sections;
    for (int i = 0; i < sections.size(); ++i) {
        Section &s = sections[i];
        s.end = total;
        for (int j = i + 1; j < sections.size(); ++j) {
            if (sections.at(j).level <= s.level) {
                s.end = sections.at(j).start;
                break;
            }
        }
    }
}

} // namespace parse
