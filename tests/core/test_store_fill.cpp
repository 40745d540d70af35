// The fill rules (issue 15): names resolve within one report, every masked write is checked,
// numbers are read strictly, a figure gets one row, and malformed files change nothing wrong.
#include "FillCsv.h"
#include "Mask.h"
#include "Store.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <gtest/gtest.h>

#include "test_store_fixture.h"

namespace {

class FillTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_store = openWriter();
        ASSERT_TRUE(m_store);
        QString error;
        // 示例县 2022: GDP's growth is a placeholder x.x; 霍邱县 2023 states both.
        ParsedReport demo = makeReport(QStringLiteral("示例县"), 2022, 85.6);
        demo.figures[0].growth.reset();
        demo.figures[0].growthPending = true;
        demo.figures[0].growthMask = QStringLiteral("x.x");
        m_demo = m_store->saveReport(demo, QString(), &error);
        ASSERT_GT(m_demo, 0) << error.toStdString();
        ParsedReport other = makeReport(QStringLiteral("霍邱县"), 2023, 300);
        other.figures[1].name = QStringLiteral("财政一般公共预算收入");
        other.figures[1].key = QStringLiteral("一般公共预算收入");
        m_other = m_store->saveReport(other, QString(), &error);
        ASSERT_GT(m_other, 0) << error.toStdString();
    }

    bool fill(const QString &csv, const FillTarget &target = {}, QList<FillOutcome> *outcomes = nullptr,
              QString *error = nullptr)
    {
        const FillCsvResult parsed = parseFillCsv(csv.toUtf8());
        if (!parsed.ok) {
            if (error)
                *error = parsed.error;
            return false;
        }
        FillOptions options;
        options.target = target;
        QList<FillOutcome> local;
        QString why;
        return m_store->fill(parsed.rows, options, outcomes ? outcomes : &local, error ? error : &why);
    }

    Figure figureOf(qint64 report, int index) { return m_store->figures(report).at(index); }

    FillTarget demoTarget() const
    {
        FillTarget t;
        t.county = QStringLiteral("示例县");
        t.year = 2022;
        return t;
    }

    std::unique_ptr<Store> m_store;
    qint64 m_demo = 0;
    qint64 m_other = 0;
};

} // namespace

TEST_F(FillTest, ANameNeedsOneReportAndNeverChangesAnotherCounty)
{
    QString error;
    QList<FillOutcome> outcomes;
    // Two reports: the README's example is refused instead of overwriting 霍邱县's real GDP.
    EXPECT_FALSE(fill(QStringLiteral("figure,value,growth\n地区生产总值,85.6,6.3\n"), {}, &outcomes, &error));
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_TRUE(outcomes.at(0).message.contains(QStringLiteral("霍邱县 2023"))) << outcomes.at(0).message.toStdString();
    EXPECT_DOUBLE_EQ(*figureOf(m_other, 0).value, 300);

    ASSERT_TRUE(fill(QStringLiteral("figure,value,growth\n地区生产总值,85.6,6.3\n"), demoTarget(), &outcomes, &error))
        << error.toStdString();
    EXPECT_TRUE(outcomes.at(0).message.contains(QStringLiteral("示例县 2022"))) << outcomes.at(0).message.toStdString();
    EXPECT_DOUBLE_EQ(*figureOf(m_demo, 0).growth, 6.3);
    EXPECT_FALSE(figureOf(m_demo, 0).growthPending);
    EXPECT_DOUBLE_EQ(*figureOf(m_other, 0).value, 300);
    EXPECT_DOUBLE_EQ(*figureOf(m_other, 0).growth, 6.5);

    // The catalogue key matches a synonym only within the chosen report.
    EXPECT_FALSE(fill(QStringLiteral("figure,value\n一般公共预算收入,4.2\n"), demoTarget(), &outcomes, &error));
    FillTarget other;
    other.county = QStringLiteral("霍邱县");
    ASSERT_TRUE(fill(QStringLiteral("figure,value\n一般公共预算收入,4.2\n"), other, &outcomes, &error)) << error.toStdString();
    EXPECT_EQ(outcomes.at(0).figureId, figureOf(m_other, 1).id);

    // An id of another report is refused when a report is chosen.
    const QString foreign = QStringLiteral("figure,value\n#%1,4.3\n").arg(figureOf(m_other, 1).id);
    EXPECT_FALSE(fill(foreign, demoTarget(), &outcomes, &error));
    EXPECT_TRUE(outcomes.at(0).message.contains(QStringLiteral("belongs to"))) << outcomes.at(0).message.toStdString();
    // A target that matches nothing names what there is.
    FillTarget missing;
    missing.county = QStringLiteral("无此县");
    EXPECT_FALSE(fill(QStringLiteral("figure,value\n#1,4.3\n"), missing, &outcomes, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("示例县 2022"))) << error.toStdString();
}

TEST_F(FillTest, CorrectionsAndGrowthsAreCheckedAgainstTheirMasks)
{
    QString error;
    QList<FillOutcome> outcomes;
    ASSERT_TRUE(fill(QStringLiteral("figure,value,growth\n税收收入,4.2,\n地区生产总值,,6.3\n"), demoTarget(), &outcomes, &error))
        << error.toStdString();
    // Once filled, a correction still has to fit the mask x.x; so does the growth's x.x.
    for (const QString &row : {QStringLiteral("税收收入,42,"), QStringLiteral("税收收入,1e9,"), QStringLiteral("税收收入,-4.2,"),
                               QStringLiteral("税收收入,4.25,"), QStringLiteral("税收收入,inf,"), QStringLiteral("地区生产总值,,63"),
                               QStringLiteral("税收收入,\"4,2\","), QStringLiteral("税收收入,0x4,")}) {
        EXPECT_FALSE(fill(QStringLiteral("figure,value,growth\n") + row + u'\n', demoTarget(), &outcomes, &error))
            << row.toStdString();
    }
    EXPECT_DOUBLE_EQ(*figureOf(m_demo, 1).value, 4.2);
    EXPECT_DOUBLE_EQ(*figureOf(m_demo, 0).growth, 6.3);
    // A decline fits the growth mask by its size; full-width digits are digits.
    ASSERT_TRUE(fill(QStringLiteral("figure,value,growth\n地区生产总值,,-2.5\n税收收入,５．１,\n"), demoTarget(), &outcomes, &error))
        << error.toStdString();
    EXPECT_DOUBLE_EQ(*figureOf(m_demo, 0).growth, -2.5);
    EXPECT_DOUBLE_EQ(*figureOf(m_demo, 1).value, 5.1);
}

TEST_F(FillTest, ThousandsSeparatorsOnlyInQuotesAndThenChecked)
{
    // Unquoted, 5,620 is two cells: with no column for the second one the file is refused.
    const FillCsvResult unquoted = parseFillCsv(QByteArrayLiteral("figure,value\nx,5,620\n"));
    EXPECT_FALSE(unquoted.ok);
    EXPECT_TRUE(unquoted.error.contains(QStringLiteral("line 2"))) << unquoted.error.toStdString();
    const FillCsvResult quoted = parseFillCsv(QByteArrayLiteral("figure,value\nx,\"5,620\"\ny,\"85,6\"\n"));
    ASSERT_TRUE(quoted.ok) << quoted.error.toStdString();
    EXPECT_EQ(quoted.rows.at(0).value, QStringLiteral("5620"));
    QString error;
    QList<FillOutcome> outcomes;
    // "85,6" is not a grouped number, and a grouped one must still fit its mask.
    EXPECT_FALSE(fill(QStringLiteral("figure,value\n安居工程,\"85,6\"\n"), demoTarget(), &outcomes, &error));
    EXPECT_FALSE(fill(QStringLiteral("figure,value\n安居工程,\"5,620\"\n"), demoTarget(), &outcomes, &error));
    EXPECT_TRUE(outcomes.at(0).message.contains(QStringLiteral("x.xx"))) << outcomes.at(0).message.toStdString();
    ASSERT_TRUE(fill(QStringLiteral("figure,value\n地区生产总值,\"1,085.6\"\n"), demoTarget(), &outcomes, &error))
        << error.toStdString();
    EXPECT_DOUBLE_EQ(*figureOf(m_demo, 0).value, 1085.6);
}

TEST_F(FillTest, TwoRowsForOneFigureRefuseTheFile)
{
    QString error;
    QList<FillOutcome> outcomes;
    EXPECT_FALSE(fill(QStringLiteral("figure,value\n税收收入,4.2\n税收收入,4.3\n"), demoTarget(), &outcomes, &error));
    ASSERT_EQ(outcomes.size(), 2);
    EXPECT_FALSE(outcomes.at(1).accepted);
    EXPECT_TRUE(outcomes.at(1).message.contains(QStringLiteral("line 2"))) << outcomes.at(1).message.toStdString();
    // A name and the figure's id are the same figure.
    const QString byBoth = QStringLiteral("figure,value\n税收收入,4.2\n#%1,42\n").arg(figureOf(m_demo, 1).id);
    EXPECT_FALSE(fill(byBoth, demoTarget(), &outcomes, &error));
    EXPECT_TRUE(figureOf(m_demo, 1).pending);
}

TEST_F(FillTest, ADryRunChecksEverythingAndWritesNothing)
{
    FillOptions options;
    options.target = demoTarget();
    options.dryRun = true;
    QList<FillOutcome> outcomes;
    QString error;
    ASSERT_TRUE(m_store->fill({{2, QStringLiteral("税收收入"), QStringLiteral("4.2"), QString()}}, options, &outcomes, &error))
        << error.toStdString();
    EXPECT_TRUE(outcomes.at(0).accepted);
    EXPECT_TRUE(figureOf(m_demo, 1).pending);
    EXPECT_FALSE(m_store->fill({{2, QStringLiteral("税收收入"), QStringLiteral("42"), QString()}}, options, &outcomes, &error));
}

// Random cells, separators, quotes and encodings against a filled database: whatever gets
// through, every figure holds only values its masks accept.
TEST_F(FillTest, MalformedFilesOnlyEverWriteValuesTheMasksAccept)
{
    QString error;
    ASSERT_TRUE(fill(QStringLiteral("figure,value,growth\n税收收入,4.2,\n安居工程,3.25,\n老旧小区,12,\n地区生产总值,,6.3\n"),
                     demoTarget(), nullptr, &error))
        << error.toStdString();
    const QStringList names{QStringLiteral("税收收入"), QStringLiteral("安居工程"), QStringLiteral("老旧小区"),
                            QStringLiteral("地区生产总值"), QStringLiteral("#1"), QStringLiteral("#3"), QStringLiteral("x")};
    const QStringList pieces{QStringLiteral("4.2"), QStringLiteral("42"), QStringLiteral("-1"), QStringLiteral("1e3"),
                             QStringLiteral("9.99"), QStringLiteral("１２"), QStringLiteral("\"5,620\""), QStringLiteral("5,620"),
                             QStringLiteral("\"85,6\""), QStringLiteral(""), QStringLiteral("nan"), QStringLiteral("0.0"),
                             QStringLiteral("99%"), QStringLiteral("+3"), QStringLiteral(" 7 "), QStringLiteral("\""),
                             QStringLiteral("1.2.3"), QStringLiteral("０.５"), QStringLiteral("100000000000000000000")};
    const QStringList separators{QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t"), QStringLiteral("，")};
    QRandomGenerator rng(15);
    int accepted = 0;
    for (int round = 0; round < 600; ++round) {
        const QString sep = separators.at(int(rng.bounded(separators.size())));
        QString csv = QStringList{QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("growth")}.join(sep)
                      + (rng.bounded(2) ? QStringLiteral("\r\n") : QStringLiteral("\n"));
        const int rows = 1 + int(rng.bounded(4));
        for (int r = 0; r < rows; ++r) {
            QStringList cells{names.at(int(rng.bounded(names.size())))};
            for (int c = 0; c < 2 + int(rng.bounded(2)); ++c)
                cells.append(pieces.at(int(rng.bounded(pieces.size()))));
            csv += cells.join(rng.bounded(8) ? sep : separators.at(int(rng.bounded(separators.size())))) + u'\n';
        }
        QByteArray bytes = csv.toUtf8();
        if (rng.bounded(3) == 0) {
            QStringEncoder gb("GB18030");
            bytes = gb.encode(csv);
        } else if (rng.bounded(5) == 0 && !bytes.isEmpty()) {
            bytes[int(rng.bounded(bytes.size()))] = char(rng.bounded(256));
        }
        const FillCsvResult parsed = parseFillCsv(bytes);
        if (!parsed.ok)
            continue;
        FillOptions options;
        options.target = demoTarget();
        QList<FillOutcome> outcomes;
        if (m_store->fill(parsed.rows, options, &outcomes, &error))
            ++accepted;
        for (const Figure &f : m_store->figures(m_demo)) {
            if (!f.mask.isEmpty() && f.value)
                EXPECT_TRUE(Mask::accepts(f.mask, *f.value)) << f.name.toStdString() << " " << *f.value << " after " << csv.toStdString();
            if (!f.growthMask.isEmpty() && f.growth)
                EXPECT_TRUE(Mask::accepts(f.growthMask, std::fabs(*f.growth))) << f.name.toStdString() << " after " << csv.toStdString();
        }
        if (HasFailure())
            return;
    }
    EXPECT_GT(accepted, 5) << "the sweep should also produce files that are good";
    // The other county is never touched by names, whatever the file.
    EXPECT_DOUBLE_EQ(*figureOf(m_other, 0).value, 300);
}
