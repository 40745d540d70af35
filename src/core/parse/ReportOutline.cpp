#include "ReportOutline.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern));
}

// "十三五" -> 13; 0 when the text names no five-year plan.
int fiveYearPlan(QStringView text)
{
    static const QRegularExpression plan = re("十([一二三四五六七八九])五");
    static const QString digits = QStringLiteral("一二三四五六七八九");
    const auto m = plan.match(text);
    return m.hasMatch() ? 10 + int(digits.indexOf(m.capturedView(1).at(0))) + 1 : 0;
}

int firstYear(QStringView text)
{
    static const QRegularExpression year = re("(?<!\\d)((?:19|20)\\d\\d)年");
    const auto m = year.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool has(const QRegularExpression &pattern, QStringView text)
{
    return pattern.match(text).hasMatch();
}

// A heading line: short, no sentence inside, numbering stripped. Empty when not one.
QString headingText(QStringView line)
{
    static const QRegularExpression numbering = re(
        "^(?:第?[一二三四五六七八九十]{1,3}(?:部分)?[、.：]|（[一二三四五六七八九十\\d]{1,3}）|\\d{1,2}[、.](?!\\d))\\s*");
    QString h = line.trimmed().toString();
    h.remove(numbering);
    if (h.size() < 4 || h.size() > 40 || h.contains(u'。') || h.contains(u'；') || h.endsWith(u'，')
        || h.endsWith(u'：'))
        return QString();
    return h;
}

// "（一）推动产业升级。今年将…": a numbered paragraph that opens with a short title sentence, a
// heading run into its text. Empty when the paragraph has none.
QString inlineHeading(QStringView line)
{
    static const QRegularExpression lead = re(
        "^(?:第?[一二三四五六七八九十]{1,3}[、.]|（[一二三四五六七八九十]{1,3}）)\\s*([^。；：，\\d]{2,24})。");
    const auto m = lead.match(line.trimmed().toString());
    return m.hasMatch() ? m.captured(1) : QString();
}

// Items of a list that a colon opened: "——…", "1.…", "（1）…", "一是…", "①…".
bool isListItem(QStringView paragraph)
{
    static const QRegularExpression item = re("^(?:——|\\d{1,2}[.、）]|（\\d{1,2}）|[一二三四五六七八九十]是|[①-⑳])");
    return has(item, paragraph);
}

const QRegularExpression &targetCue()
{
    static const QRegularExpression cue = re(
        "主要(?:预期)?(?:目标|指标)|预期(?:性)?目标|预期性指标|约束性指标|(?:发展|工作)目标(?:是|为)[：，]");
    return cue;
}

const QRegularExpression &futureWord()
{
    static const QRegularExpression word = re("将|要|力争|计划|确保|争取|预计|目标|预期");
    return word;
}

} // namespace

ReportOutline::ReportOutline(const QString &t, int reviewedYear)
    : m_reviewed(reviewedYear)
    , m_planYear(reviewedYear > 0 ? reviewedYear + 1 : 0)
    , m_periodEnd(reviewedYear)
    , m_futureEnd(reviewedYear > 0 ? reviewedYear + 5 : 0)
{
    static const QRegularExpression sentenceEnd = re("[。！？]");
    // "（一）主要预期目标" as a heading of its own: what follows, up to the next heading, states them.
    static const QRegularExpression targetHeading = re("主要(?:预期)?(?:目标|指标)(?!任务)|预期(?:性)?目标");
    bool targetList = false; // the last paragraph opened a list of targets with a colon
    bool targetSection = false;
    int lineStart = 0;
    const int n = int(t.size());
    while (lineStart < n) {
        int lineEnd = int(t.indexOf(u'\n', lineStart));
        if (lineEnd < 0)
            lineEnd = n;
        const QStringView line = QStringView(t).mid(lineStart, lineEnd - lineStart);
        const QString heading = headingText(line);
        // A section of targets ends at the next heading, also one run into its paragraph
        // ("二、主要目标和重点工作" … "（一）推动产业升级。今年将…" is work, not a target).
        const QString lead = heading.isEmpty() ? inlineHeading(line) : QString();
        if (!heading.isEmpty() || !lead.isEmpty())
            targetSection = has(targetHeading, heading.isEmpty() ? lead : heading);
        if (!readHeading(line)) {
            const bool listed = (targetList && isListItem(line.trimmed())) || (targetSection && heading.isEmpty());
            if (!listed)
                readParagraphLead(line.trimmed());
            int s = 0;
            bool opensList = false;
            while (s < line.size()) {
                auto m = sentenceEnd.match(line, s);
                const int e = m.hasMatch() ? int(m.capturedEnd()) : int(line.size());
                const QStringView sentence = line.mid(s, e - s);
                Sentence out;
                out.start = lineStart + s;
                out.end = lineStart + e;
                out.part = classify(sentence, listed);
                opensList = out.part.role == QLatin1String("target") && sentence.trimmed().endsWith(u'：');
                m_sentences.append(out);
                s = e;
            }
            // A list of targets goes on while its items do.
            targetList = opensList || listed;
        } else {
            targetList = false;
        }
        lineStart = lineEnd + 1;
    }
}

int ReportOutline::periodEndOf(int plan) const
{
    const int end = 1955 + 5 * plan; // 十三五: 2016-2020
    return m_reviewed > 0 ? std::min(end, m_reviewed) : end;
}

bool ReportOutline::readHeading(QStringView line)
{
    static const QRegularExpression glossary = re(
        "名词解释|名词注释|名词说明|词语解释|名词术语|术语解释|短语说明|用语说明|^附(?:[：件表录]|\\s)|^注释");
    static const QRegularExpression review = re("回顾|总结|过去(?:的)?一年|一年来|完成情况");
    static const QRegularExpression periodReview = re(
        "过去五年|五年来|近五年|本届政府|十[一二三四五六七八九]五|\\d{4}\\s*[-—–至~]\\s*\\d{4}|\\d{4}年以来");
    static const QRegularExpression future = re("今后五年|未来五年|今后一个时期|远景目标");
    static const QRegularExpression planWords = re("目标|任务|安排|重点|部署|打算|计划|要点|思路");
    static const QRegularExpression comingTime = re("今年|明年|下半年|新的一年|下一步|今后|未来");
    static const QRegularExpression planHeading = re("^(?:主要)?(?:预期)?(?:目标任务|工作安排|重点工作|工作重点|主要任务)");
    QString h = headingText(line);
    // "名词解释：" ends like a sentence that opens a list, but it is the glossary's heading.
    if (h.isEmpty() && line.trimmed().endsWith(u'：') && line.trimmed().size() <= 12) {
        const QStringView bareLine = line.trimmed().chopped(1);
        if (has(glossary, bareLine))
            h = bareLine.toString();
    }
    if (h.isEmpty())
        return false;
    const int year = firstYear(h);
    const int plan = fiveYearPlan(h);
    const bool futurePlan = plan > 0 && m_reviewed > 0 && 1951 + 5 * plan > m_reviewed;
    if (has(glossary, h)) {
        m_part = Part::Glossary;
    } else if (has(review, h) && !futurePlan) {
        m_part = Part::Review;
        m_periodMode = has(periodReview, h);
        if (plan > 0)
            m_periodEnd = periodEndOf(plan);
    } else if (m_part != Part::Glossary && (has(future, h) || (futurePlan && has(planWords, h)))) {
        m_part = Part::FuturePeriod;
        m_futureEnd = plan > 0 ? 1955 + 5 * plan : (m_reviewed > 0 ? m_reviewed + 5 : 0);
    } else if (m_part != Part::Glossary && has(planWords, h)
               && (has(comingTime, h) || has(planHeading, h) || (year > 0 && (m_reviewed == 0 || year > m_reviewed)))) {
        m_part = Part::Plan;
        if (year > 0)
            m_planYear = year;
        else if (h.contains(QStringLiteral("下半年")) && m_reviewed > 0)
            m_planYear = m_reviewed; // a mid-year report plans the rest of the year it reviews
        else if (m_reviewed > 0)
            m_planYear = m_reviewed + 1;
    } else {
        return false; // a heading inside the part, or not a heading: the text goes on
    }
    return true;
}

void ReportOutline::readParagraphLead(QStringView p)
{
    static const QRegularExpression periodLead = re(
        "^(?:各位代表[，！])?(?:这五年|五年来|过去五年|近五年|“?十[一二三四五六七八九]五”?(?:时期|期间|以来)|本届政府(?:任期)?以来)");
    static const QRegularExpression yearLead = re(
        "^(?:各位代表[，！])?(?:过去(?:的)?一年|一年来|去年|(\\d{4})年(?:是|，))");
    static const QRegularExpression planLead = re(
        "^(?:各位代表[，！])?(?:今年是|(\\d{4})年是|做好今年|今年(?:全县|全区|全市|我县|我区)?(?:经济社会发展|政府工作|工作)的?(?:总体要求|主要预期目标|主要目标))");
    if (m_part == Part::Glossary || m_part == Part::Plan || m_part == Part::FuturePeriod)
        return;
    auto m = planLead.match(p);
    if (m.hasMatch() && (m.capturedLength(1) == 0 || (m_reviewed > 0 && m.captured(1).toInt() > m_reviewed))) {
        m_part = Part::Plan;
        if (m.capturedLength(1) > 0)
            m_planYear = m.captured(1).toInt();
        return;
    }
    if (m_part != Part::Review)
        return;
    if (has(periodLead, p)) {
        m_periodMode = true;
    } else if ((m = yearLead.match(p)).hasMatch()) {
        if (m.capturedLength(1) == 0 || m.captured(1).toInt() == m_reviewed)
            m_periodMode = false;
    }
}

ReportOutline::SentencePart ReportOutline::classify(QStringView s, bool listedTarget) const
{
    // Multi-year spans in a sentence: 五年来, "十三五"期间, 2018年以来, 从2015年的…, 2016—2020年.
    static const QRegularExpression periodCue = re(
        "(?:五年来|这五年|过去五年|近[三四五]年来)(?![^，。；]{0,3}(?:最|首|新高))|近[三四五]年(?:累计|共|年均)|"
        "十[一二三四五六七八九]五”?(?:期间|时期|以来)|本届政府|"
        "(?:从|由)((?:19|20)\\d\\d)年|((?:19|20)\\d\\d)年以来|(?:19|20)\\d\\d\\s*[-—–至~]\\s*(?:19|20)\\d\\d年");
    // The reviewed year itself inside a multi-year review: 2020年，… / 去年 / 一年来.
    static const QRegularExpression yearCue = re(
        "(?:^|[，：])(?:((?:19|20)\\d\\d)年(?![以底末初\\d])|去年|过去(?:的)?一年|一年来)");
    static const QRegularExpression futureCue = re(
        "(?:今年(?!以来)|明年|下一步|((?:19|20)\\d\\d)年)[^，。；]{0,8}?(?:将|要|力争|计划|争取)|力争|计划(?:于|到|在)?(?:19|20)\\d\\d年");
    static const QRegularExpression pastCue = re(
        "去年|过去(?:的)?一年|((?:19|20)\\d\\d)年(?:全县|全区|我县|我区)?[^，。；]{0,4}(?:实现|完成|达到)");
    const int y = m_reviewed;
    auto result = [&] { return SentencePart{QStringLiteral("result"), y}; };
    auto period = [&] { return SentencePart{QStringLiteral("period"), m_periodEnd}; };
    auto planned = [&](const char *role) { return SentencePart{QString::fromLatin1(role), m_planYear}; };
    auto isFuture = [&] {
        const auto m = futureCue.match(s);
        return m.hasMatch() && (m.capturedLength(1) == 0 || (y > 0 && m.captured(1).toInt() > y));
    };
    auto isPeriod = [&] {
        const auto m = periodCue.match(s);
        if (!m.hasMatch())
            return false;
        // "2022年以来" in the review of 2022 is still that year.
        const QString from = m.captured(1) + m.captured(2);
        return from.isEmpty() || y == 0 || from.toInt() < y;
    };
    switch (m_part) {
    case Part::Glossary:
        return SentencePart{QStringLiteral("glossary"), 0};
    case Part::Plan: {
        if (listedTarget || has(targetCue(), s))
            return planned("target");
        const auto m = pastCue.match(s);
        if (m.hasMatch() && !has(futureWord(), s) && (m.capturedLength(1) == 0 || m.captured(1).toInt() == y))
            return result();
        return planned("plan");
    }
    case Part::FuturePeriod: {
        const bool target = listedTarget || has(targetCue(), s);
        return SentencePart{QString::fromLatin1(target ? "target" : "plan"), m_futureEnd};
    }
    case Part::Review:
        if (isFuture())
            return planned("plan");
        if (m_periodMode) {
            const auto m = yearCue.match(s);
            if (m.hasMatch() && !isPeriod() && (m.capturedLength(1) == 0 || m.captured(1).toInt() == y))
                return result();
            return period();
        }
        return isPeriod() ? period() : result();
    case Part::Preamble:
        if (listedTarget || has(targetCue(), s))
            return planned("target");
        if (isFuture())
            return planned("plan");
        return isPeriod() ? period() : result();
    }
    return result();
}

ReportOutline::SentencePart ReportOutline::partAt(int offset) const
{
    const auto it = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), offset,
                                     [](int o, const Sentence &s) { return o < s.start; });
    if (it == m_sentences.cbegin())
        return SentencePart{QStringLiteral("result"), m_reviewed};
    return std::prev(it)->part;
}
