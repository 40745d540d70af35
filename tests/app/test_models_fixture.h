#pragma once

// A small report shaped like the shipped draft, for the model and QML tests: economy
// totals in 亿元 and 万元, a pending figure, an urban project with parts, one highlight
// over the GDP sentence.
#include "Figure.h"

#include <QString>
#include <optional>

namespace fixture {

inline Figure figure(const QString &name, const QString &key, const QString &domain, std::optional<double> value,
              const QString &unit, std::optional<double> growth = std::nullopt)
{
    Figure f;
    f.name = name;
    f.key = key;
    f.domain = domain;
    f.value = value;
    f.unit = unit;
    f.growth = growth;
    f.growthKind = growth ? QStringLiteral("同比") : QString();
    return f;
}

inline ParsedReport report(int year, const QString &industryName, double industryValue, double gdp)
{
    ParsedReport r;
    r.county = QStringLiteral("示范县");
    r.year = year;
    r.title = QStringLiteral("示范县政府工作报告");
    const QString gdpSentence = QStringLiteral("地区生产总值实现%1亿元，同比增长6.3%。").arg(gdp);
    const QString industrySentence = QStringLiteral("%1实现%2亿元，同比增长11.2%。").arg(industryName).arg(industryValue);
    const QString urbanSentence = QStringLiteral("投入1.26亿元实施安居工程，改造老旧小区42个、86栋楼。");
    r.text = QStringLiteral("一、经济\n") + gdpSentence + industrySentence + QStringLiteral("\n二、城乡\n") + urbanSentence
        + QStringLiteral("\n");
    Section s;
    s.level = 1;
    s.ordinal = 1;
    s.title = QStringLiteral("经济运行实现新突破");
    s.start = 0;
    s.end = int(r.text.size());
    r.sections.append(s);

    const int gdpStart = int(r.text.indexOf(gdpSentence));
    Figure f = figure(QStringLiteral("地区生产总值"), QStringLiteral("地区生产总值"), QStringLiteral("economy"), gdp,
                      QStringLiteral("亿元"), 6.3);
    f.sentence = gdpSentence;
    f.sentenceStart = gdpStart;
    f.sentenceEnd = gdpStart + int(gdpSentence.size());
    f.start = gdpStart + 8; // after 地区生产总值实现
    f.end = f.start + QString::number(gdp).size() + 2;
    f.section = s.title;
    f.sectionIndex = 0;
    r.figures.append(f);

    const int indStart = int(r.text.indexOf(industrySentence));
    f = figure(industryName, QStringLiteral("规模以上工业增加值"), QStringLiteral("economy"), industryValue,
               QStringLiteral("亿元"), 11.2);
    f.sentence = industrySentence;
    f.sentenceStart = indStart;
    f.sentenceEnd = indStart + int(industrySentence.size());
    f.section = s.title;
    f.sectionIndex = 0;
    r.figures.append(f);

    f = figure(QStringLiteral("外贸进出口总额"), QStringLiteral("外贸进出口总额"), QStringLiteral("economy"), 5620,
               QStringLiteral("万元"), 9);
    r.figures.append(f);

    f = figure(QStringLiteral("税收收入"), QStringLiteral("税收收入"), QStringLiteral("economy"), std::nullopt,
               QStringLiteral("亿元"));
    f.pending = true;
    f.mask = QStringLiteral("x.x");
    r.figures.append(f);

    const int urbanStart = int(r.text.indexOf(urbanSentence));
    f = figure(QStringLiteral("安居工程投入"), QStringLiteral("安居工程投入"), QStringLiteral("urban"), 1.26,
               QStringLiteral("亿元"));
    f.sentence = urbanSentence;
    f.sentenceStart = urbanStart;
    f.sentenceEnd = urbanStart + int(urbanSentence.size());
    r.figures.append(f);
    const int projectIndex = int(r.figures.size()) - 1;
    f = figure(QStringLiteral("老旧小区"), QString(), QStringLiteral("urban"), 42, QStringLiteral("个"));
    f.parentIndex = projectIndex;
    f.sentence = urbanSentence;
    f.sentenceStart = urbanStart;
    f.sentenceEnd = urbanStart + int(urbanSentence.size());
    r.figures.append(f);
    f = figure(QStringLiteral("楼"), QString(), QStringLiteral("urban"), 86, QStringLiteral("栋"));
    f.parentIndex = projectIndex;
    r.figures.append(f);
    f = figure(QStringLiteral("市政工程投入"), QStringLiteral("市政工程投入"), QStringLiteral("urban"), 4860,
               QStringLiteral("万元"));
    r.figures.append(f);

    Highlight h;
    h.sentence = gdpSentence;
    h.section = s.title;
    h.sectionIndex = 0;
    h.start = gdpStart;
    h.end = gdpStart + int(gdpSentence.size());
    h.score = 5;
    r.highlights.append(h);
    return r;
}

} // namespace fixture
