// The wall with several reports: three years of one county and a second county. Loads
// Main.qml off-screen and switches the year with the keys and a tap on the header, lets the
// idle time bring back the newest year, switches the county, and checks that a reload keeps
// the selection and that the economy page draws its chart across the years. Any QML warning
// fails the test.
#include "AppSettings.h"
#include "Dashboard.h"
#include "ImportPipeline.h"
#include "QmlTestSupport.h"
#include "ReportReader.h"
#include "Store.h"
#include "TestSupport.h"
#include "test_models_fixture.h"

#include <QApplication>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(BriefingPlugin)

using namespace Qt::StringLiterals;

namespace {

class YearsWallTest : public qmltest::MainWindowTest
{
protected:
    void SetUp() override
    {
        qmltest::warnings().clear();
        ASSERT_TRUE(m_dir.isValid());
        save(fixture::report(2020, u"规上工业增加值"_s, 8.1, 75.2));
        save(fixture::report(2021, u"规上工业增加值"_s, 8.9, 80.1));
        save(fixture::report(2022, u"规上工业增加值"_s, 9.85, 85.6));
        Dashboard::instance()->setPreferredCounty(QString());
        showWall(path(), 0);
    }

    QString path() const { return m_dir.filePath(u"briefing.db"_s); }

    void save(const ParsedReport &report)
    {
        QString error;
        auto store = Store::open(path(), Store::Mode::ReadWrite, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_GT(store->saveReport(report, u"t.txt"_s, &error), 0) << error.toStdString();
    }

    QQuickItem *item(const QString &objectName)
    {
        return findVisible([&](QQuickItem *i) { return i->objectName() == objectName; });
    }

    int year() const { return Dashboard::instance()->year(); }

    QTemporaryDir m_dir;
};

TEST_F(YearsWallTest, KeysStepThroughTheYearsAndWrap)
{
    Dashboard *d = Dashboard::instance();
    EXPECT_EQ(d->years(), (QList<int>{2020, 2021, 2022}));
    EXPECT_EQ(year(), 2022);
    EXPECT_TRUE(d->showingNewest());
    EXPECT_FALSE(item(u"headerOlderYear"_s));

    QTest::keyClick(m_window, Qt::Key_Y);
    EXPECT_EQ(year(), 2021);
    EXPECT_FALSE(d->showingNewest());
    ASSERT_TRUE(item(u"headerOlderYear"_s));
    EXPECT_TRUE(item(u"headerYear"_s)->property("text").toString().contains(u"2021"_s));
    // The pages show that year's figures.
    EXPECT_EQ(d->economy()->figures()->figureAt(0).value, 80.1);

    QTest::keyClick(m_window, Qt::Key_Down);
    EXPECT_EQ(year(), 2020);
    QTest::keyClick(m_window, Qt::Key_Y);
    EXPECT_EQ(year(), 2022);
    QTest::keyClick(m_window, Qt::Key_Up);
    EXPECT_EQ(year(), 2020);
    QTest::keyClick(m_window, Qt::Key_Up);
    EXPECT_EQ(year(), 2021);
}

TEST_F(YearsWallTest, ATapOnTheHeaderYearSwitchesAndClosesTheDetail)
{
    Dashboard *d = Dashboard::instance();
    d->detail()->openFigure(d->economy()->headlineId());
    ASSERT_TRUE(d->detail()->isOpen());
    QTest::keyClick(m_window, Qt::Key_Y);
    EXPECT_EQ(year(), 2021);
    EXPECT_FALSE(d->detail()->isOpen());

    QQuickItem *header = item(u"headerYear"_s);
    ASSERT_TRUE(header);
    tap(header);
    EXPECT_EQ(year(), 2020);
}

TEST_F(YearsWallTest, IdleTimeBringsBackTheNewestYear)
{
    AppSettings::instance()->setIdleSeconds(1);
    QTest::keyClick(m_window, Qt::Key_Y);
    ASSERT_EQ(year(), 2021);
    EXPECT_TRUE(QTest::qWaitFor([&] { return year() == 2022; }, 5000));
    EXPECT_TRUE(Dashboard::instance()->showingNewest());
}

TEST_F(YearsWallTest, AReloadKeepsTheYearShownAndTheNewestFollowsAnImport)
{
    QTest::keyClick(m_window, Qt::Key_Y);
    ASSERT_EQ(year(), 2021);
    save(fixture::report(2023, u"规上工业增加值"_s, 10.2, 90.3));
    Dashboard::instance()->poll();
    EXPECT_EQ(year(), 2021);
    EXPECT_EQ(Dashboard::instance()->newestYear(), 2023);

    Dashboard::instance()->showNewestYear();
    EXPECT_EQ(year(), 2023);
    save(fixture::report(2024, u"规上工业增加值"_s, 10.9, 95.0));
    Dashboard::instance()->poll();
    EXPECT_EQ(year(), 2024);
}

TEST_F(YearsWallTest, TheCountyKeyAndATapOnTheCountySwitchCounties)
{
    EXPECT_FALSE(item(u"headerCounty"_s)->property("text").toString().contains(u"▾"_s));
    ParsedReport other = fixture::report(2019, u"规上工业增加值"_s, 3.1, 33.3);
    other.county = u"另一县"_s;
    save(other);
    Dashboard *d = Dashboard::instance();
    d->poll();
    EXPECT_EQ(d->counties(), (QStringList{u"另一县"_s, u"示范县"_s}));
    EXPECT_EQ(d->county(), u"示范县"_s);

    QTest::keyClick(m_window, Qt::Key_C);
    EXPECT_EQ(d->county(), u"另一县"_s);
    EXPECT_EQ(year(), 2019);
    EXPECT_EQ(d->years(), QList<int>{2019});
    QTest::keyClick(m_window, Qt::Key_Y);
    EXPECT_EQ(year(), 2019);

    QQuickItem *county = item(u"headerCounty"_s);
    ASSERT_TRUE(county);
    EXPECT_TRUE(county->property("text").toString().contains(u"▾"_s));
    tap(county);
    EXPECT_EQ(d->county(), u"示范县"_s);
    EXPECT_EQ(year(), 2022);
}

TEST_F(YearsWallTest, TheEconomyPageDrawsItsIndicatorsAcrossTheYears)
{
    DomainData *economy = Dashboard::instance()->economy();
    SeriesModel *years = nullptr;
    for (int i = 0; i < economy->chartCount(); ++i) {
        if (economy->chart(i)->kind() == u"years")
            years = economy->chart(i);
    }
    ASSERT_TRUE(years);
    EXPECT_EQ(years->labels().mid(0, 3), (QStringList{u"2020"_s, u"2021"_s, u"2022"_s}));
    EXPECT_EQ(years->values().mid(0, 3), (QVariantList{75.2, 80.1, 85.6}));

    QVariant ignored;
    QMetaObject::invokeMethod(m_window, "showPage", Q_RETURN_ARG(QVariant, ignored), Q_ARG(QVariant, 1));
    QMetaObject::invokeMethod(m_window, "settleNow", Q_RETURN_ARG(QVariant, ignored));
    // A bar of an earlier year opens the indicator of the year shown, whose trend holds them all.
    QQuickItem *row = item(u"yearRow0"_s);
    ASSERT_TRUE(row);
    tap(row);
    DetailModel *detail = Dashboard::instance()->detail();
    ASSERT_TRUE(detail->isOpen());
    EXPECT_EQ(detail->name(), u"地区生产总值"_s);
    EXPECT_EQ(detail->displayValue(), u"85.6"_s);
    QTest::keyClick(m_window, Qt::Key_Escape);

    // A county with one report has no such chart.
    ParsedReport other = fixture::report(2019, u"规上工业增加值"_s, 3.1, 33.3);
    other.county = u"另一县"_s;
    save(other);
    Dashboard::instance()->poll();
    QTest::keyClick(m_window, Qt::Key_C);
    ASSERT_EQ(Dashboard::instance()->county(), u"另一县"_s);
    for (int i = 0; i < economy->chartCount(); ++i)
        EXPECT_NE(economy->chart(i)->kind(), u"years");
}

TEST_F(YearsWallTest, SwitchingYearsAndCountiesOnEveryPageOfRealReportsWarnsNothing)
{
    // 高唐县 2021–2023 and 米易县 2022–2023: pages whose charts change kind and size between
    // years (donuts, bars, the years chart) must rebuild without a QML warning (TearDown).
    const QString full = testsupport::sharedReportsDir() + u"/full/"_s;
    if (!QFile::exists(full + u"gaotangxian-2023.txt"_s))
        GTEST_SKIP() << "no shared full reports";
    const QString db = m_dir.filePath(u"real.db"_s);
    {
        QString error;
        auto store = Store::open(db, Store::Mode::ReadWrite, &error);
        ASSERT_TRUE(store) << error.toStdString();
        for (const QString &name : {u"gaotangxian-2021.txt"_s, u"gaotangxian-2022.txt"_s, u"gaotangxian-2023.txt"_s,
                                    u"miyixian-2022.txt"_s, u"miyixian-2023.txt"_s}) {
            const ReadResult read = readReportFile(full + name);
            ASSERT_TRUE(read.ok) << read.error.toStdString();
            ImportRequest request;
            request.text = read.text;
            request.sourceFile = name;
            const ImportResult imported = ImportPipeline::run(*store, request);
            ASSERT_TRUE(imported.ok) << imported.error.toStdString();
        }
    }
    Dashboard *d = Dashboard::instance();
    QString error;
    ASSERT_TRUE(d->openDatabase(db, &error)) << error.toStdString();
    d->showCounty(u"高唐县"_s);
    ASSERT_EQ(d->years(), (QList<int>{2020, 2021, 2022}));
    QVariant ignored;
    for (int page = 0; page < 6; ++page) {
        QMetaObject::invokeMethod(m_window, "showPage", Q_RETURN_ARG(QVariant, ignored), Q_ARG(QVariant, page));
        for (int step = 0; step < 3; ++step) {
            QTest::keyClick(m_window, Qt::Key_Y);
            QMetaObject::invokeMethod(m_window, "settleNow", Q_RETURN_ARG(QVariant, ignored));
            QTest::qWait(20);
        }
        QTest::keyClick(m_window, Qt::Key_C);
        QTest::qWait(20);
    }
    EXPECT_TRUE(qmltest::warnings().isEmpty());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qmltest::installCollector();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
