// DetailModel against a fake FigureSource: no database, every year of an indicator as the
// test states it. Covers the prior year (reported beats derived), pending years, breaks
// that a report explains, the drill-down path and the source excerpt.
#include "DetailModel.h"
#include "FigureSource.h"
#include "SeriesBreak.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class FakeSource : public FigureSource
{
public:
    QList<YearFigure> history(const QString &county, const QString &key) override
    {
        ++historyCalls;
        QList<YearFigure> out;
        for (const YearFigure &y : std::as_const(years)) {
            if (county == u"示范县"_s && y.figure.key == key)
                out.append(y);
        }
        return out;
    }
    std::optional<Figure> figure(qint64 id) override
    {
        for (const YearFigure &y : std::as_const(years)) {
            if (y.figure.id == id)
                return y.figure;
        }
        return std::nullopt;
    }
    QList<Figure> children(qint64) override { return {}; }
    QString reportText(const QString &, int year) override { return texts.value(year); }

    QList<YearFigure> years;
    QHash<int, QString> texts;
    int historyCalls = 0;
};

Figure makeFigure(qint64 id, const QString &name, std::optional<double> value, const QString &unit,
                  std::optional<double> growth = std::nullopt)
{
    Figure f;
    f.id = id;
    f.name = name;
    f.key = name;
    f.domain = u"economy"_s;
    f.value = value;
    f.unit = unit;
    f.growth = growth;
    f.growthKind = growth ? u"同比"_s : QString();
    return f;
}

// Places f's sentence in text and points the figure's offsets at it.
void place(Figure &f, QString &text, const QString &sentence, const QString &mention)
{
    f.sentenceStart = int(text.size());
    text += sentence;
    f.sentenceEnd = int(text.size());
    f.sentence = sentence;
    f.start = f.sentenceStart + int(sentence.indexOf(mention));
    f.end = f.start + int(mention.size());
}

struct Point
{
    int year;
    QVariant value;
    bool derived;
    bool pending;
    QString breakNote;
};

QList<Point> points(const DetailModel &d)
{
    QList<Point> out;
    for (int i = 0; i < d.rowCount(); ++i) {
        const QModelIndex x = d.index(i);
        out.append({d.data(x, DetailModel::YearRole).toInt(), d.data(x, DetailModel::ValueRole),
                    d.data(x, DetailModel::DerivedRole).toBool(), d.data(x, DetailModel::PendingRole).toBool(),
                    d.data(x, DetailModel::BreakNoteRole).toString()});
    }
    return out;
}

class DetailModelTest : public ::testing::Test
{
protected:
    // The shown report: 2022, GDP 85.6亿元 (+6.3%) and tax revenue in one sentence.
    void SetUp() override
    {
        m_gdp = makeFigure(1, u"地区生产总值"_s, 85.6, u"亿元"_s, 6.3);
        place(m_gdp, m_text, u"地区生产总值实现85.6亿元，同比增长6.3%；税收收入3.2亿元。"_s, u"85.6亿元"_s);
        m_tax = makeFigure(2, u"税收收入"_s, 3.2, u"亿元"_s);
        m_tax.sentence = m_gdp.sentence;
        m_tax.sentenceStart = m_gdp.sentenceStart;
        m_tax.sentenceEnd = m_gdp.sentenceEnd;
        m_tax.start = int(m_text.indexOf(u"3.2亿元"_s));
        m_tax.end = m_tax.start + 5;
        m_source.years.append({2022, m_gdp, m_text});
        m_source.texts.insert(2022, m_text);
    }

    void show() { m_detail.setSource(&m_source, u"示范县"_s, 2022, m_text, {m_gdp, m_tax}, nullptr); }

    void addYear(int year, const Figure &f, const QString &paragraph = QString())
    {
        m_source.years.append({year, f, paragraph});
        std::sort(m_source.years.begin(), m_source.years.end(),
                  [](const YearFigure &a, const YearFigure &b) { return a.year < b.year; });
    }

    FakeSource m_source;
    DetailModel m_detail;
    QAbstractItemModelTester m_tester{&m_detail, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QString m_text;
    Figure m_gdp;
    Figure m_tax;
};

TEST_F(DetailModelTest, DerivesThePriorYearOnlyWhenNoReportStatesIt)
{
    show();
    m_detail.openFigure(m_gdp.id);
    ASSERT_TRUE(m_detail.isOpen());
    EXPECT_NEAR(m_detail.priorValue().toDouble(), 85.6 / 1.063, 1e-9);
    EXPECT_TRUE(m_detail.priorDerived());
    EXPECT_TRUE(m_detail.priorLabel().contains(u"推算"_s));
    EXPECT_EQ(m_detail.priorDisplayValue(), u"80.5"_s);

    // A 2021 report stating 80.1: the value panel and the trend both say 80.1, reported.
    addYear(2021, makeFigure(11, u"地区生产总值"_s, 80.1, u"亿元"_s, 5.0));
    show();
    EXPECT_DOUBLE_EQ(m_detail.priorValue().toDouble(), 80.1);
    EXPECT_FALSE(m_detail.priorDerived());
    EXPECT_EQ(m_detail.priorLabel(), u"2021年"_s);
    EXPECT_EQ(m_detail.priorDisplayValue(), u"80.1"_s);
    const QList<Point> p = points(m_detail);
    ASSERT_EQ(p.size(), 3);
    EXPECT_EQ(p.at(0).year, 2020); // derived from 2021's own change
    EXPECT_TRUE(p.at(0).derived);
    EXPECT_EQ(p.at(1).year, 2021);
    EXPECT_FALSE(p.at(1).derived);
    EXPECT_DOUBLE_EQ(p.at(1).value.toDouble(), 80.1);
    EXPECT_EQ(std::count_if(p.cbegin(), p.cend(), [](const Point &x) { return x.year == 2021; }), 1);
}

TEST_F(DetailModelTest, APendingYearIsAPendingPointNotAMissingOne)
{
    Figure pending = makeFigure(11, u"地区生产总值"_s, std::nullopt, u"亿元"_s);
    pending.pending = true;
    pending.mask = u"xx.x"_s;
    addYear(2021, pending);
    show();
    m_detail.openFigure(m_gdp.id);
    const QList<Point> p = points(m_detail);
    ASSERT_EQ(p.size(), 2);
    EXPECT_EQ(p.at(0).year, 2021);
    EXPECT_TRUE(p.at(0).pending);
    // Still placed where the change puts it, and still marked as derived.
    EXPECT_TRUE(p.at(0).derived);
    EXPECT_NEAR(p.at(0).value.toDouble(), 85.6 / 1.063, 1e-9);
    EXPECT_EQ(m_detail.data(m_detail.index(0), DetailModel::FigureIdRole).toLongLong(), 11);

    // Without a change to derive from, the pending year has a point without a value.
    m_gdp.growth.reset();
    m_source.years.last().figure = m_gdp;
    show();
    const QList<Point> q = points(m_detail);
    ASSERT_EQ(q.size(), 2);
    EXPECT_TRUE(q.at(0).pending);
    EXPECT_FALSE(q.at(0).value.isValid());
    EXPECT_FALSE(m_detail.priorValue().isValid());
}

TEST_F(DetailModelTest, UsesEveryYearOfTheCountyInItsOwnUnit)
{
    addYear(2018, makeFigure(8, u"地区生产总值"_s, 690000, u"万元"_s));
    addYear(2019, makeFigure(9, u"地区生产总值"_s, 72.4, u"亿元"_s));
    addYear(2020, makeFigure(10, u"地区生产总值"_s, 75.0, u"亿元"_s));
    // A year stated only as a change has no point; it does not hide the others.
    addYear(2021, makeFigure(11, u"地区生产总值"_s, std::nullopt, u""_s, 5.0));
    show();
    m_detail.openFigure(m_gdp.id);
    const QList<Point> p = points(m_detail);
    QList<int> years;
    for (const Point &x : p)
        years.append(x.year);
    EXPECT_EQ(years, (QList<int>{2018, 2019, 2020, 2021, 2022}));
    EXPECT_DOUBLE_EQ(p.at(0).value.toDouble(), 69.0);
    EXPECT_TRUE(p.at(3).derived);
    EXPECT_FALSE(p.at(2).derived);
    EXPECT_GE(m_source.historyCalls, 1);
}

TEST_F(DetailModelTest, ABreakTheReportExplainsIsMarked)
{
    addYear(2021, makeFigure(11, u"地区生产总值"_s, 120.0, u"亿元"_s));
    m_gdp.sentence = u"剔除虚增空转因素后，地区生产总值实现85.6亿元。"_s;
    m_source.years.last().figure = m_gdp;
    show();
    m_detail.openFigure(m_gdp.id);
    const QList<Point> p = points(m_detail);
    ASSERT_EQ(p.back().year, 2022);
    EXPECT_EQ(p.back().breakNote, u"剔除虚增空转"_s);
    for (int i = 0; i + 1 < p.size(); ++i)
        EXPECT_TRUE(p.at(i).breakNote.isEmpty());

    // Said in the paragraph, not in the sentence, it still counts; no word, no break.
    EXPECT_EQ(SeriesBreak::note(u"完成85.6亿元。"_s, u"根据第四次经济普查结果，……完成85.6亿元。"_s),
              u"第四次经济普查"_s);
    EXPECT_EQ(SeriesBreak::note(u"同口径增长9%。"_s, QString()), u"同口径"_s);
    EXPECT_TRUE(SeriesBreak::note(u"完成85.6亿元。"_s, u"另一项按可比口径增长5%。"_s).isEmpty());
}

TEST_F(DetailModelTest, AnIndicatorGivenOnlyAsChangesHasTheYearsChanges)
{
    // 高唐县's reports give 生产总值 as 增长4.8% and 增长5% only, with no level in any year.
    m_gdp.value.reset();
    m_gdp.unit.clear();
    m_gdp.growth = 5;
    m_source.years.last().figure = m_gdp;
    addYear(2020, makeFigure(10, u"地区生产总值"_s, std::nullopt, QString(), 4.8));
    Figure average = makeFigure(11, u"地区生产总值"_s, std::nullopt, QString(), 3.5);
    average.growthKind = u"年均"_s; // a five-year average is not 2021's change
    addYear(2021, average);
    show();
    m_detail.openFigure(m_gdp.id);
    const QList<Point> p = points(m_detail);
    ASSERT_EQ(p.size(), 2);
    EXPECT_EQ(p.at(0).year, 2020);
    EXPECT_DOUBLE_EQ(p.at(0).value.toDouble(), 4.8);
    EXPECT_EQ(p.at(1).year, 2022);
    EXPECT_DOUBLE_EQ(p.at(1).value.toDouble(), 5.0);
    for (int i = 0; i < m_detail.rowCount(); ++i) {
        EXPECT_TRUE(m_detail.data(m_detail.index(i), DetailModel::GrowthRole).toBool());
        EXPECT_FALSE(p.at(i).derived || p.at(i).pending);
    }
    EXPECT_EQ(m_detail.data(m_detail.index(1), DetailModel::DisplayValueRole).toString(), u"5%"_s);

    // With a level in any year, the trend is of levels.
    addYear(2019, makeFigure(9, u"地区生产总值"_s, 72.4, u"亿元"_s));
    show();
    m_detail.openFigure(m_gdp.id);
    EXPECT_FALSE(m_detail.data(m_detail.index(0), DetailModel::GrowthRole).toBool());
}

TEST_F(DetailModelTest, GoingToAFigureInThePathReturnsThere)
{
    show();
    QSignalSpy changed(&m_detail, &DetailModel::changed);
    m_detail.openFigure(m_gdp.id);
    ASSERT_EQ(m_detail.related()->rowCount(), 1);
    for (int i = 0; i < 27; ++i) {
        m_detail.openFigure(m_tax.id);
        m_detail.openFigure(m_gdp.id);
    }
    EXPECT_EQ(m_detail.depth(), 1);
    m_detail.openFigure(m_tax.id);
    EXPECT_EQ(m_detail.depth(), 2);
    EXPECT_EQ(m_detail.breadcrumb(), (QStringList{u"地区生产总值"_s, u"税收收入"_s}));
    // The breadcrumb's first item.
    m_detail.backTo(1);
    EXPECT_EQ(m_detail.depth(), 1);
    EXPECT_EQ(m_detail.name(), u"地区生产总值"_s);
    m_detail.backTo(0);
    EXPECT_FALSE(m_detail.isOpen());
    EXPECT_GE(changed.count(), 4);
}

TEST_F(DetailModelTest, TheSourceKeepsTheFiguresOwnWordsAndShowsFilledValues)
{
    // A figure late in a long sentence in a long paragraph.
    QString text = u"二、民生\n"_s;
    for (int i = 0; i < 30; ++i)
        text += u"持续推进第%1项民生工程，成效明显。"_s.arg(i + 1);
    Figure income = makeFigure(5, u"农村居民人均可支配收入"_s, 18740, u"元"_s, 6.3);
    QString sentence = u"全面落实各项惠民政策"_s;
    for (int i = 0; i < 12; ++i)
        sentence += u"，第%1批帮扶项目按期完工"_s.arg(i + 1);
    sentence += u"，农村居民人均可支配收入达到xxxxx元。"_s;
    place(income, text, sentence, u"xxxxx元"_s);
    income.mask = u"xxxxx"_s;
    income.demo = true;
    text += u"后续段落。\n"_s;
    m_detail.setSource(&m_source, u"示范县"_s, 2022, text, {income}, nullptr);
    m_detail.openFigure(income.id);

    EXPECT_TRUE(m_detail.sourceHead().startsWith(u"全面落实各项惠民政策"_s));
    EXPECT_TRUE(m_detail.sourceHead().endsWith(u"达到"_s));
    EXPECT_EQ(m_detail.sourceMention(), u"18,740元"_s);
    const QVariantList pieces = m_detail.source();
    bool filled = false;
    for (const QVariant &v : pieces) {
        const QVariantMap piece = v.toMap();
        if (piece.value(u"placeholder"_s).toString() == u"xxxxx"_s) {
            filled = true;
            EXPECT_EQ(piece.value(u"kind"_s).toString(), u"mention"_s);
            EXPECT_EQ(piece.value(u"text"_s).toString(), u"18,740"_s);
            EXPECT_TRUE(piece.value(u"demo"_s).toBool());
        }
    }
    EXPECT_TRUE(filled);
    // The context before is cut at a sentence end, and says so.
    EXPECT_TRUE(pieces.first().toMap().value(u"text"_s).toString().startsWith(u"…持续推进"_s));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
