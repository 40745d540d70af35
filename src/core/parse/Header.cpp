#include "Header.h"

#include "Lexicon.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace parse {

namespace {

// What every year rule sees: the whole text, the preamble with the first heading, and
// the year of the session the report was given at (0 when the date line has none).
struct YearContext
{
    const QString &text;
    const QString &head;
    int sessionYear = 0;
};

struct YearRule
{
    const char *id;
    std::optional<int> (*find)(const YearContext &);
};

std::optional<int> captured(const QRegularExpression &re, const QString &s, int offset = 0)
{
    const auto m = re.match(s);
    return m.hasMatch() ? std::optional<int>(m.captured(1).toInt() + offset) : std::nullopt;
}

bool hasSinceStartOfYear(const QString &t)
{
    return t.contains(QStringLiteral("今年以来"));
}

// In order: "2023年工作回顾" in the first heading, a review named by its period (the year
// before the session), a mid-year report (the session's year), a dated review heading
// anywhere, a paragraph opening "2023年，", "过去一年" with a full date, a dated title of a
// mid-year summary, a dated title of a work report.
const YearRule kYearRules[] = {
    {"year.review-heading", [](const YearContext &c) { return captured(lex().header.review, c.head); }},
    {"year.past-period",
     [](const YearContext &c) -> std::optional<int> {
         if (c.sessionYear > 0 && lex().header.pastYears.match(c.text).hasMatch()
             && (!hasSinceStartOfYear(c.text) || c.text.contains(QStringLiteral("过去"))))
             return c.sessionYear - 1;
         return std::nullopt;
     }},
    {"year.mid-year",
     [](const YearContext &c) -> std::optional<int> {
         return c.sessionYear > 0 && hasSinceStartOfYear(c.text) ? std::optional<int>(c.sessionYear) : std::nullopt;
     }},
    {"year.review-anywhere", [](const YearContext &c) { return captured(lex().header.review, c.text); }},
    {"year.lead-year", [](const YearContext &c) { return captured(lex().header.leadYear, c.text); }},
    {"year.past-year-dated",
     [](const YearContext &c) -> std::optional<int> {
         return c.text.contains(QStringLiteral("过去一年")) ? captured(lex().header.date, c.text, -1) : std::nullopt;
     }},
    {"year.mid-year-title",
     [](const YearContext &c) -> std::optional<int> {
         return hasSinceStartOfYear(c.text) ? captured(lex().header.titleYear, c.head) : std::nullopt;
     }},
    // "2023年君山区政府工作报告": a work report is given early in the year after the one it reviews.
    {"year.report-title", [](const YearContext &c) { return captured(lex().header.titleReport, c.head, -1); }},
};

// The place a report calling itself 我区/我县 names most often with that ending: "君山区"
// in "推动君山区高质量发展". Three- and four-character names are counted (not those that
// start on a word like 在 or 推动); the most frequent wins, the longer of two as frequent,
// then the first written. Common nouns with the same ending (园区, 城区) do not count.
QString selfNamedPlace(const QString &t)
{
    const HeaderWords &w = lex().header;
    const auto self = w.selfReference.match(t);
    if (!self.hasMatch())
        return {};
    const QChar suffix = self.captured(1).front();
    QHash<QString, int> counts;
    QStringList order;
    for (int i = int(t.indexOf(suffix)); i >= 0; i = int(t.indexOf(suffix, i + 1))) {
        for (int length : {3, 4}) {
            if (i + 1 < length)
                continue;
            const QString name = t.mid(i + 1 - length, length);
            bool han = true;
            for (const QChar c : name)
                han = han && Document::isHan(c);
            if (!han || w.placeNouns.contains(name.right(2)) || w.placeLeads.contains(name.front()) || name.contains(u'我'))
                continue;
            if (!counts.contains(name))
                order << name;
            ++counts[name];
        }
    }
    QString best;
    int bestCount = 0;
    for (const QString &name : std::as_const(order)) {
        const int n = counts.value(name);
        if (n < 2)
            continue; // a name said once is no evidence
        if (n > bestCount || (n == bestCount && name.size() > best.size())) {
            best = name;
            bestCount = n;
        }
    }
    return best;
}

struct CountyRule
{
    const char *id;
    QString (*find)(const QString &text);
};

QString firstCapture(const QRegularExpression &re, const QString &s)
{
    const auto m = re.match(s);
    return m.hasMatch() ? m.captured(1) : QString();
}

// In order: the session line ("在君山区第六届人民代表大会"), the government ("君山区人民
// 政府区长", "2023年君山区政府工作报告"), a title led by the place ("君山区2023年政府工作
// 报告"), and the place a report calling itself 我区 names elsewhere.
const CountyRule kCountyRules[] = {
    {"county.session-line", [](const QString &t) { return firstCapture(lex().header.congress, t); }},
    {"county.government", [](const QString &t) { return firstCapture(lex().header.government, t); }},
    {"county.title", [](const QString &t) { return firstCapture(lex().header.titleCounty, t.trimmed()); }},
    {"county.self-named", selfNamedPlace},
};

int sessionYear(const QString &head)
{
    QRegularExpressionMatch m;
    if ((m = lex().header.sessionDate.match(head)).hasMatch())
        return m.captured(1).toInt();
    // "二〇二四年一月十日" in the date line reads as 2024年1月10日.
    int year = 0;
    if ((m = lex().header.hanDate.match(head)).hasMatch()) {
        static const QString digits = QStringLiteral("〇一二三四五六七八九");
        for (const QChar c : m.capturedView(1))
            year = year * 10 + std::max<int>(0, int(digits.indexOf(c == u'○' || c == u'零' ? u'〇' : c)));
    }
    return year;
}

} // namespace

void Header::read(const Document &doc, int firstHeadingEnd, ParsedReport &out)
{
    const QString &t = doc.text();
    out.county = county(t);
    // The preamble and the first heading: title, date line, "一、2023年工作回顾".
    out.year = year(t, t.left(firstHeadingEnd >= 0 ? firstHeadingEnd : 600));
    out.title = title(doc, out);
}

QString Header::county(const QString &t)
{
    QString county;
    for (const CountyRule &rule : kCountyRules) {
        county = rule.find(t);
        if (!county.isEmpty())
            break;
    }
    county.remove(lex().header.cityPrefix);
    return county;
}

int Header::year(const QString &t, const QString &head)
{
    const YearContext context{t, head, sessionYear(head)};
    int year = 0;
    for (const YearRule &rule : kYearRules) {
        if (const std::optional<int> found = rule.find(context)) {
            year = *found;
            break;
        }
    }
    return year < 1949 || year > 2200 ? 0 : year;
}

// The shortest preamble line that names a report.
QString Header::title(const Document &doc, const ParsedReport &out)
{
    const QString &t = doc.text();
    const int firstSection = out.sections.isEmpty() ? int(doc.original().size()) : out.sections.first().start;
    QString title;
    int lineStart = 0;
    while (lineStart < t.size()) {
        int lineEnd = int(t.indexOf(u'\n', lineStart));
        if (lineEnd < 0)
            lineEnd = int(t.size());
        if (doc.origStart(lineStart) >= firstSection)
            break;
        const QString line = t.mid(lineStart, lineEnd - lineStart).trimmed();
        if ((line.contains(QStringLiteral("报告")) || line.contains(QStringLiteral("总结"))) && !line.contains(u'。')
            && line.size() <= 40 && (title.isEmpty() || line.size() < title.size()))
            title = line;
        lineStart = lineEnd + 1;
    }
    title.remove(lex().header.titleTail);
    if (title.isEmpty()) {
        const bool summary = t.contains(QStringLiteral("政府班子")) || t.contains(QStringLiteral("领导班子"));
        title = out.county + (summary ? QStringLiteral("政府工作总结") : QStringLiteral("政府工作报告"));
    }
    return title;
}

} // namespace parse
