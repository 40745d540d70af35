#include "ComparisonTargets.h"

#include "FigureEdits.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern));
}

struct Item
{
    QString name;
    int start = 0; // normalised
    int end = 0;
    QString qualifier;
};

// The comparator of a clause and where it starts; -1 when the clause compares nothing.
int comparatorStart(const QString &clause, QString *comparator)
{
    static const QRegularExpression patterns[] = {
        re("(?:略|明显)?(?:高于|不低于|快于|好于|优于|低于|不高于|超过)[^，；。]{2,20}$"),
        re("与[^，；。]{1,12}(?:基本)?(?:同步|相适应|相协调)$"),
        re("(?:保持|实现)?(?:稳定增长|稳步增长|正增长|持续增长|合理增长|稳中有升|稳中有增|基本稳定|总体稳定|只增不减|量增质升|量质齐升)$"),
        re("(?:全面)?完成(?:上级|省|市|国家)?[^，；。]{0,4}下达的?[^，；。]{0,6}(?:任务|目标|指标)$"),
        re("控制在[^，；。\\d]{1,12}(?:以内|以下|范围内|之内)$"),
        re("(?:保持|实现|总体|基本)稳定$|稳定在[^，；。\\d]{2,10}$"),
    };
    for (const QRegularExpression &p : patterns) {
        const auto m = p.match(clause);
        if (m.hasMatch()) {
            *comparator = m.captured(0);
            return int(m.capturedStart(0));
        }
    }
    return -1;
}

bool isIndicator(const QString &name)
{
    static const QRegularExpression notIndicator = re("指标|目标|任务|各项|工作|^[全各]|^主要|^其他|^其中");
    int han = 0;
    for (const QChar c : name)
        han += (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) ? 1 : 0;
    return han >= 2 && name.size() <= 20 && !notIndicator.match(name).hasMatch();
}

// "A、B和C增幅及D均高于…" -> A, B, C (增幅…) and D (…): the change word after an item covers
// the items before it.
QList<Item> itemsOf(const QString &subject, int offset, const QString &comparator)
{
    static const QRegularExpression separator = re("、|和|及|以及");
    static const QRegularExpression lead = re("^(?:——|\\d{1,2}[.、）]|（\\d{1,2}）|[一二三四五六七八九十]是)?(?:全县|全区|全年|确保|力争|实现|努力)*");
    static const QRegularExpression tail = re("(?:均|都|要|应|力争|确保|保持|实现|继续|持续|进一步|分别)+$");
    static const QRegularExpression change = re("(增幅|增速|增长|下降|降低)$");
    QList<Item> items;
    int from = 0;
    auto take = [&](int end) {
        QString name = subject.mid(from, end - from);
        int start = offset + from;
        const auto l = lead.match(name);
        if (l.hasMatch()) {
            start += int(l.capturedLength());
            name.remove(0, l.capturedLength());
        }
        name.remove(tail);
        Item item{name, start, start + int(name.size()), comparator};
        const auto c = change.match(name);
        if (c.hasMatch()) {
            item.name.chop(c.capturedLength());
            item.end -= int(c.capturedLength());
            // 增速 reads as 增幅; 增长, 下降 and 降低 as written.
            const QString kind = c.captured(1) == u"增速" ? QStringLiteral("增幅") : c.captured(1);
            for (Item &before : items) {
                if (!before.qualifier.startsWith(kind))
                    before.qualifier = kind + before.qualifier;
            }
            item.qualifier = kind + comparator;
        }
        items.append(item);
    };
    auto it = separator.globalMatch(subject);
    while (it.hasNext()) {
        const auto m = it.next();
        take(int(m.capturedStart()));
        from = int(m.capturedEnd());
    }
    take(int(subject.size()));
    items.removeIf([](const Item &i) { return !isIndicator(i.name); });
    return items;
}

int sectionAt(const ParsedReport &report, int offset)
{
    int best = -1;
    for (int i = 0; i < report.sections.size(); ++i) {
        const Section &s = report.sections.at(i);
        if (s.start <= offset && offset < s.end)
            best = i; // sections run in text order and nest: the last that holds it is innermost
    }
    return best;
}

} // namespace

void addComparisonTargets(ParsedReport &report, const TextNormalizer::Result &norm, const ReportOutline &outline)
{
    static const QRegularExpression clauseEnd = re("[，；。！？]");
    const QString &t = norm.text;
    QList<int> starts; // of the figures there are, to find one in a clause quickly
    for (const Figure &f : std::as_const(report.figures))
        starts.append(f.start);
    std::sort(starts.begin(), starts.end());
    for (const ReportOutline::Sentence &s : outline.sentences()) {
        if (s.part.role != QLatin1String("target"))
            continue;
        const int colon = int(t.indexOf(u'：', s.start));
        int c = (colon >= 0 && colon < s.end) ? colon + 1 : s.start;
        while (c < s.end) {
            const auto m = clauseEnd.match(t, c);
            const int e = (m.hasMatch() && m.capturedStart() < s.end) ? int(m.capturedStart()) : s.end;
            const QString clause = t.mid(c, e - c);
            const int a = norm.originalStart(c);
            const int b = norm.originalEnd(e);
            const auto first = std::lower_bound(starts.cbegin(), starts.cend(), a);
            const bool hasFigure = first != starts.cend() && *first < b;
            QString comparator;
            const int at = hasFigure ? -1 : comparatorStart(clause, &comparator);
            if (at > 0) {
                for (const Item &item : itemsOf(clause.left(at), c, comparator)) {
                    Figure f;
                    f.name = item.name;
                    f.qualifier = item.qualifier;
                    f.start = norm.originalStart(item.start);
                    f.end = norm.originalEnd(item.end);
                    const bool known = std::any_of(report.figures.cbegin(), report.figures.cend(),
                                                   [&](const Figure &g) { return g.start == f.start && g.name == f.name; });
                    if (known)
                        continue;
                    f.sentenceStart = norm.originalStart(s.start);
                    f.sentenceEnd = norm.originalEnd(s.end);
                    f.sentence = report.text.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart);
                    f.sectionIndex = sectionAt(report, f.start);
                    f.section = f.sectionIndex >= 0 ? report.sections.at(f.sectionIndex).title : QString();
                    FigureEdits::rename(report, f, f.name);
                    FigureEdits::insert(report, std::move(f));
                }
            }
            c = e + 1;
        }
    }
}
