#include "Mask.h"
#include "ReportParser.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

#include <cmath>

namespace {

QString draftText()
{
    QString path = testsupport::sharedReportsDir() + QStringLiteral("/county-work-report-draft.txt");
    if (!QFile::exists(path))
        path = testsupport::dataDir() + QStringLiteral("/county-work-report-draft.txt");
    return testsupport::readUtf8(path);
}

const Figure *byName(const ParsedReport &r, const QString &name)
{
    for (const Figure &f : r.figures) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

// The number written at a figure's mention, read back from the text itself.
double numberAt(const QString &text, int start)
{
    static const QRegularExpression num(QStringLiteral("^-?\\d+(?:\\.\\d+)?"));
    const auto m = num.match(QStringView(text).mid(start));
    return m.hasMatch() ? m.captured(0).toDouble() : std::nan("");
}

// Every placeholder replaced by digits that fit it (first digit 1-9), keeping lengths so
// that offsets of the filled text line up with the draft's.
QString fillPlaceholders(const QString &draft)
{
    static const QRegularExpression mask(QStringLiteral("(?<![A-Za-z])[xX]+(?:\\.[xX]+)?(?![A-Za-z]|年|县)"));
    QString out = draft;
    int counter = 0;
    auto it = mask.globalMatch(draft);
    while (it.hasNext()) {
        const auto m = it.next();
        bool firstDigit = true;
        for (int i = int(m.capturedStart()); i < m.capturedEnd(); ++i) {
            if (out.at(i) == u'.') {
                firstDigit = false;
                continue;
            }
            const int d = firstDigit ? 1 + (counter % 9) : (counter + i) % 10;
            out[i] = QChar(u'0' + d);
            firstDigit = false;
            ++counter;
        }
    }
    return out;
}

} // namespace

TEST(ParserDraft, Structure)
{
    const QString text = draftText();
    if (text.isEmpty())
        GTEST_SKIP() << "draft not found";
    const ParsedReport r = ReportParser::parse(text);
    QList<int> perPart;
    for (const Section &s : r.sections) {
        if (s.level == 1)
            perPart.append(0);
        else if (s.level == 2 && !perPart.isEmpty())
            ++perPart.last();
        EXPECT_GE(s.start, 0);
        EXPECT_LE(s.start, s.end);
        EXPECT_LE(s.end, text.size());
        if (s.parentIndex >= 0) {
            EXPECT_GE(s.start, r.sections.at(s.parentIndex).start);
            EXPECT_LE(s.end, r.sections.at(s.parentIndex).end);
        }
    }
    EXPECT_EQ(perPart, QList<int>({7, 4, 6}));
    EXPECT_EQ(r.county, QStringLiteral("xx县"));
    EXPECT_EQ(r.year, 0);
    EXPECT_FALSE(r.title.isEmpty());
    EXPECT_EQ(r.sections.at(0).title, QStringLiteral("勇挑发展重担，县域经济发展迈上新台阶"));
    EXPECT_EQ(r.sections.at(2).title, QStringLiteral("经济运行实现新突破"));
}

TEST(ParserDraft, HeadlinePlaceholders)
{
    const QString text = draftText();
    if (text.isEmpty())
        GTEST_SKIP() << "draft not found";
    const ParsedReport r = ReportParser::parse(text);
    const Figure *gdp = byName(r, QStringLiteral("地区生产总值"));
    ASSERT_TRUE(gdp);
    EXPECT_TRUE(gdp->pending);
    EXPECT_FALSE(gdp->value.has_value());
    EXPECT_EQ(gdp->mask, QStringLiteral("xx.x"));
    EXPECT_EQ(gdp->unit, QStringLiteral("亿元"));
    EXPECT_TRUE(gdp->growthPending);
    EXPECT_EQ(gdp->growthMask, QStringLiteral("x.x"));
    EXPECT_EQ(gdp->growthKind, QStringLiteral("同比"));
    EXPECT_EQ(gdp->domain, QStringLiteral("economy"));
    EXPECT_EQ(gdp->section, QStringLiteral("经济运行实现新突破"));

    const Figure *urban = byName(r, QStringLiteral("城镇居民人均可支配收入"));
    const Figure *rural = byName(r, QStringLiteral("农村居民人均可支配收入"));
    ASSERT_TRUE(urban && rural);
    EXPECT_EQ(urban->mask, QStringLiteral("xxxxx"));
    EXPECT_EQ(urban->growthMask, QStringLiteral("x"));
    EXPECT_EQ(rural->growthMask, QStringLiteral("xx"));
    EXPECT_EQ(urban->growthKind, QStringLiteral("年均"));
    EXPECT_EQ(urban->sentence, rural->sentence);
    EXPECT_TRUE(urban->qualifier.contains(QStringLiteral("预计")));

    const Figure *industry = byName(r, QStringLiteral("规上工业增加值"));
    ASSERT_TRUE(industry);
    EXPECT_EQ(industry->key, QStringLiteral("规模以上工业增加值"));

    const Figure *jobless = byName(r, QStringLiteral("登记失业率"));
    ASSERT_TRUE(jobless);
    EXPECT_EQ(jobless->mask, QStringLiteral("x.x"));
    EXPECT_EQ(jobless->unit, QStringLiteral("%"));
    EXPECT_TRUE(jobless->qualifier.contains(QStringLiteral("以内")));
    EXPECT_EQ(jobless->domain, QStringLiteral("social"));

    const Figure *grain = byName(r, QStringLiteral("粮食总产"));
    ASSERT_TRUE(grain);
    EXPECT_EQ(grain->rank, QStringLiteral("位列全市第二"));
    EXPECT_EQ(grain->domain, QStringLiteral("agriculture"));

    const Figure *fiveG = byName(r, QStringLiteral("5G基站"));
    ASSERT_TRUE(fiveG);
    EXPECT_EQ(fiveG->unit, QStringLiteral("座"));
    EXPECT_TRUE(fiveG->pending);
}

TEST(ParserDraft, UrbanProjectsHaveParts)
{
    const QString text = draftText();
    if (text.isEmpty())
        GTEST_SKIP() << "draft not found";
    const ParsedReport r = ReportParser::parse(text);
    for (const char16_t *project : {u"安居工程投入", u"市政工程投入", u"交通工程投入", u"文体工程投入", u"生态工程投入"}) {
        const QString name = QString::fromUtf16(project);
        SCOPED_TRACE(qPrintable(name));
        const Figure *f = byName(r, name);
        ASSERT_TRUE(f);
        EXPECT_EQ(f->domain, QStringLiteral("urban"));
        EXPECT_TRUE(f->unit.endsWith(u'元'));
    }
    const int housing = int(byName(r, QStringLiteral("安居工程投入")) - r.figures.constData());
    QStringList parts;
    for (const Figure &f : r.figures) {
        if (f.parentIndex == housing)
            parts << f.name + u'/' + f.unit;
    }
    EXPECT_EQ(parts, QStringList({QStringLiteral("老旧小区/个"), QStringLiteral("楼/栋"), QStringLiteral("违建/处"),
                                  QStringLiteral("违建面积/平方米")}));
    const int sport = int(byName(r, QStringLiteral("文体工程投入")) - r.figures.constData());
    int sportParts = 0;
    for (const Figure &f : r.figures)
        sportParts += f.parentIndex == sport ? 1 : 0;
    EXPECT_EQ(sportParts, 3);
}

TEST(ParserDraft, FiguresAreTraceable)
{
    const QString text = draftText();
    if (text.isEmpty())
        GTEST_SKIP() << "draft not found";
    for (const QString &t : {text, fillPlaceholders(text)}) {
        const ParsedReport r = ReportParser::parse(t);
        ASSERT_GT(r.figures.size(), 60);
        for (const Figure &f : r.figures) {
            SCOPED_TRACE(qPrintable(f.name));
            EXPECT_FALSE(f.name.isEmpty());
            ASSERT_GE(f.start, 0);
            ASSERT_LE(f.end, t.size());
            ASSERT_GE(f.sentenceStart, 0);
            ASSERT_LE(f.sentenceEnd, t.size());
            EXPECT_LE(f.sentenceStart, f.start);
            EXPECT_GE(f.sentenceEnd, f.end);
            EXPECT_EQ(f.sentence, t.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart));
            EXPECT_GE(f.sectionIndex, 0);
            EXPECT_FALSE(f.domain.isEmpty());
            if (f.value)
                EXPECT_DOUBLE_EQ(*f.value, numberAt(t, f.start)) << "mention: " << qPrintable(t.mid(f.start, f.end - f.start));
            if (f.pending)
                EXPECT_EQ(t.mid(f.start, f.mask.size()), f.mask);
        }
        EXPECT_GE(r.highlights.size(), 17);
        EXPECT_LE(r.highlights.size(), 40);
        for (int i = 0; i < r.highlights.size(); ++i) {
            const Highlight &h = r.highlights.at(i);
            EXPECT_EQ(h.sentence, t.mid(h.start, h.end - h.start));
            if (i > 0)
                EXPECT_GT(h.start, r.highlights.at(i - 1).start);
        }
    }
}

TEST(ParserDraft, EveryLeafSectionHasAHighlight)
{
    const QString text = draftText();
    if (text.isEmpty())
        GTEST_SKIP() << "draft not found";
    const ParsedReport r = ReportParser::parse(text);
    for (int i = 0; i < r.sections.size(); ++i) {
        if (r.sections.at(i).level != 2)
            continue;
        bool found = false;
        for (const Highlight &h : r.highlights)
            found = found || h.sectionIndex == i;
        EXPECT_TRUE(found) << qPrintable(r.sections.at(i).title);
    }
}

TEST(ParserDraft, FilledDraftGivesWrittenValues)
{
    const QString draft = draftText();
    if (draft.isEmpty())
        GTEST_SKIP() << "draft not found";
    const QString filled = fillPlaceholders(draft);
    const ParsedReport masked = ReportParser::parse(draft);
    const ParsedReport r = ReportParser::parse(filled);
    ASSERT_EQ(masked.figures.size(), r.figures.size());
    const QStringList headlines = {
        QStringLiteral("地区生产总值"), QStringLiteral("一般公共预算收入"), QStringLiteral("税收收入"),
        QStringLiteral("规上工业增加值"), QStringLiteral("全社会固定资产投资"), QStringLiteral("限额以上社会消费品零售总额"),
        QStringLiteral("外贸进出口总额"), QStringLiteral("城镇居民人均可支配收入"), QStringLiteral("农村居民人均可支配收入"),
        QStringLiteral("粮食总产"), QStringLiteral("高标准农田"), QStringLiteral("新增城镇就业"),
        QStringLiteral("登记失业率"), QStringLiteral("安居工程投入"), QStringLiteral("市政工程投入")};
    for (const QString &name : headlines) {
        SCOPED_TRACE(qPrintable(name));
        const Figure *before = byName(masked, name);
        const Figure *after = byName(r, name);
        ASSERT_TRUE(before && after);
        EXPECT_TRUE(before->pending);
        EXPECT_FALSE(after->pending);
        ASSERT_TRUE(after->value.has_value());
        EXPECT_DOUBLE_EQ(*after->value, filled.mid(before->start, before->mask.size()).toDouble());
        EXPECT_TRUE(Mask::accepts(before->mask, *after->value));
        EXPECT_EQ(after->start, before->start);
        if (before->growthPending) {
            EXPECT_FALSE(after->growthPending);
            ASSERT_TRUE(after->growth.has_value());
            EXPECT_TRUE(Mask::accepts(before->growthMask, std::fabs(*after->growth)));
            const QString tail = filled.mid(after->end, after->sentenceEnd - after->end);
            EXPECT_TRUE(tail.contains(QString::number(std::fabs(*after->growth)) + u'%')) << qPrintable(tail);
        }
    }
    for (int i = 0; i < r.figures.size(); ++i) {
        EXPECT_FALSE(r.figures.at(i).pending) << qPrintable(r.figures.at(i).name);
        EXPECT_EQ(r.figures.at(i).start, masked.figures.at(i).start);
        EXPECT_EQ(r.figures.at(i).parentIndex, masked.figures.at(i).parentIndex);
    }
}

TEST(ParserDraft, DemoValuesNameOneFigureAndFitTheirMasks)
{
    const QString draft = testsupport::readUtf8(testsupport::dataDir() + QStringLiteral("/county-work-report-draft.txt"));
    const QString csv = testsupport::readUtf8(testsupport::dataDir() + QStringLiteral("/demo-values.csv"));
    ASSERT_FALSE(draft.isEmpty());
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 30);
    EXPECT_EQ(lines.first().trimmed(), QStringLiteral("figure,value,growth"));
    const ParsedReport r = ReportParser::parse(draft);
    QStringList domains;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cols = lines.at(i).trimmed().split(u',');
        ASSERT_EQ(cols.size(), 3) << qPrintable(lines.at(i));
        SCOPED_TRACE(qPrintable(cols.at(0)));
        QList<const Figure *> matches;
        for (const Figure &f : r.figures) {
            if (f.name == cols.at(0))
                matches << &f;
        }
        ASSERT_EQ(matches.size(), 1);
        const Figure &f = *matches.first();
        EXPECT_TRUE(f.pending || f.growthPending);
        bool ok = false;
        const double value = cols.at(1).toDouble(&ok);
        if (f.pending) {
            ASSERT_TRUE(ok);
            QString why;
            EXPECT_TRUE(Mask::accepts(f.mask, value, &why)) << qPrintable(why);
        }
        if (f.growthPending) {
            const double growth = cols.at(2).toDouble(&ok);
            ASSERT_TRUE(ok) << "growth placeholder needs a value";
            EXPECT_TRUE(Mask::accepts(f.growthMask, growth));
        } else {
            EXPECT_TRUE(cols.at(2).isEmpty());
        }
        domains << f.domain;
    }
    for (const char *d : {"economy", "agriculture", "industry", "urban", "social"})
        EXPECT_TRUE(domains.contains(QString::fromLatin1(d))) << d;
}
