#pragma once

#include <QList>
#include <QString>

// The parts of a work report, sentence by sentence: which part each sentence stands in
// (the reviewed year, a multi-year review, the coming year's targets, the work plan, the
// glossary) and the year it is about. Reads the normalised text (TextNormalizer), whose
// offsets it returns.
//
// Three layers, each refining the one before, because real reports share no outline:
//  1. part headings: 2022年工作回顾 / 过去五年工作回顾 / "十三五"时期和2020年工作回顾 /
//     今后五年工作任务 / 2023年工作安排 / 今年政府工作重点 / 附：名词解释;
//  2. paragraph leads: 这五年 / 五年来 (a multi-year review) against 一年来 / 2020年是
//     (the reviewed year) inside a review; 今年是… / 今年经济社会发展的主要预期目标 (the plan
//     starts) where a report has no plan heading;
//  3. sentence cues: 主要预期目标是：… (targets, and the list items that follow a colon),
//     将/力争/计划 with the coming year inside a review (plan), 以来/年均/从2015年的 inside a
//     one-year review (period), 去年…完成 inside the plan (result).
class ReportOutline
{
public:
    struct SentencePart
    {
        QString role = QStringLiteral("result"); // result, period, target, plan, glossary
        int year = 0;                             // 0 = not known
    };

    struct Sentence
    {
        int start = 0; // normalised offsets, [start, end)
        int end = 0;
        SentencePart part;
    };

    ReportOutline(const QString &normalised, int reviewedYear);

    // The part of the sentence holding the normalised offset (the preamble's when none).
    SentencePart partAt(int offset) const;
    const QList<Sentence> &sentences() const { return m_sentences; }

private:
    enum class Part { Preamble, Review, FuturePeriod, Plan, Glossary };

    bool readHeading(QStringView line);
    void readParagraphLead(QStringView paragraph);
    SentencePart classify(QStringView sentence, bool listedTarget) const;
    int periodEndOf(int fiveYearPlan) const;

    int m_reviewed = 0;       // the year reviewed (ParsedReport::year); 0 = not known
    int m_planYear = 0;       // the year the plan part is for
    int m_periodEnd = 0;      // the last year of the multi-year review
    int m_futureEnd = 0;      // the last year of a coming plan period (今后五年, "十四五")
    Part m_part = Part::Preamble;
    bool m_periodMode = false; // inside a review: the multi-year part of it
    QList<Sentence> m_sentences;
};
