// Loads Main.qml off-screen on a temporary database and drives it like a presenter:
// tap a card, go back, let the idle timer close the detail, press clicker keys.
// Any QML warning fails the test.
#include "AppSettings.h"
#include "Dashboard.h"
#include "QmlTestSupport.h"
#include "Store.h"
#include "test_models_fixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(BriefingPlugin)

using namespace Qt::StringLiterals;

namespace {

class QmlInteractionTest : public qmltest::MainWindowTest
{
protected:
    void SetUp() override
    {
        qmltest::warnings().clear();
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(u"briefing.db"_s);
        QString error;
        {
            auto store = Store::open(path, Store::Mode::ReadWrite, &error);
            ASSERT_TRUE(store) << error.toStdString();
            ASSERT_GT(store->saveReport(fixture::report(2022, u"规上工业增加值"_s, 9.85, 85.6), u"t.txt"_s, &error), 0)
                << error.toStdString();
        }
        showWall(path, 30);
    }

    void call(const char *function, const QVariant &argument = {})
    {
        QVariant ignored;
        if (argument.isValid())
            QMetaObject::invokeMethod(m_window, function, Q_RETURN_ARG(QVariant, ignored), Q_ARG(QVariant, argument));
        else
            QMetaObject::invokeMethod(m_window, function, Q_RETURN_ARG(QVariant, ignored));
    }

    int currentIndex() const { return m_window->property("currentIndex").toInt(); }

    // The visible card of a figure on the current page.
    QQuickItem *card(qint64 figureId)
    {
        return findVisible([&](QQuickItem *item) {
            return QByteArray(item->metaObject()->className()).startsWith("FigureCard")
                && item->property("figureId").toLongLong() == figureId;
        });
    }

    // By QML type and the value of one of its properties.
    QQuickItem *findItem(const char *typePrefix, const char *property, const QVariant &value)
    {
        return findVisible([&](QQuickItem *item) {
            return QByteArray(item->metaObject()->className()).startsWith(typePrefix) && item->property(property) == value;
        });
    }

    // Shows a domain's page and opens its headline the way --export does.
    DetailModel *openDomainDetail(int page, const QString &domain)
    {
        call("showPage", page);
        call("openDetailForDomain", domain);
        call("settleNow");
        return Dashboard::instance()->detail();
    }

    double touchTarget() const { return m_window->height() * 68.0 / 1080.0 - 1; }


    qint64 gdpId() const { return Dashboard::instance()->economy()->figures()->figureAt(0).id; }

    QTemporaryDir m_dir;
};

TEST_F(QmlInteractionTest, TappingACardOpensItsDetailAndEscGoesBack)
{
    call("showPage", 1);
    call("settleNow");
    QQuickItem *gdp = card(gdpId());
    ASSERT_TRUE(gdp);
    tap(gdp);
    DetailModel *detail = Dashboard::instance()->detail();
    ASSERT_TRUE(detail->isOpen());
    EXPECT_EQ(detail->figureId(), gdpId());
    EXPECT_EQ(detail->name(), u"地区生产总值"_s);
    EXPECT_TRUE(m_window->property("detailOpen").toBool());
    // Rotation pauses while a detail is open.
    EXPECT_FALSE(m_window->property("rotating").toBool());

    QTest::keyClick(m_window, Qt::Key_Escape);
    EXPECT_FALSE(detail->isOpen());
    EXPECT_EQ(currentIndex(), 1);
    EXPECT_TRUE(m_window->property("rotating").toBool());
}

TEST_F(QmlInteractionTest, RightClickAndBackspaceGoBackToo)
{
    call("showPage", 1);
    call("settleNow");
    DetailModel *detail = Dashboard::instance()->detail();
    tap(card(gdpId()));
    ASSERT_TRUE(detail->isOpen());
    QTest::keyClick(m_window, Qt::Key_Backspace);
    EXPECT_FALSE(detail->isOpen());

    tap(card(gdpId()));
    ASSERT_TRUE(detail->isOpen());
    QTest::mouseClick(m_window, Qt::RightButton, {}, QPoint(960, 700));
    EXPECT_FALSE(detail->isOpen());
}

TEST_F(QmlInteractionTest, IdleTimeClosesTheDetailAndRotationResumes)
{
    AppSettings::instance()->setIdleSeconds(1);
    call("showPage", 1);
    call("settleNow");
    tap(card(gdpId()));
    DetailModel *detail = Dashboard::instance()->detail();
    ASSERT_TRUE(detail->isOpen());
    EXPECT_FALSE(m_window->property("rotating").toBool());
    // Input keeps it open ...
    QTest::qWait(600);
    QTest::mouseMove(m_window, QPoint(500, 500));
    QTest::qWait(600);
    EXPECT_TRUE(detail->isOpen());
    // ... and a second without any closes it.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !detail->isOpen(); }, 3000));
    EXPECT_TRUE(m_window->property("rotating").toBool());
    EXPECT_EQ(currentIndex(), 1);
}

TEST_F(QmlInteractionTest, InputWithoutADetailDoesNotDelayRotation)
{
    AppSettings::instance()->setIdleSeconds(1);
    AppSettings::instance()->setRotateSeconds(3);
    call("showPage", 1);
    QElapsedTimer clock;
    clock.start();
    // Someone moves the mouse while the pages rotate: the idle timeout is about details
    // only and must not restart the rotation period. The page turns 3 s after it was shown;
    // a restart at 2 s would turn it at 5 s. The margin either side absorbs a busy machine.
    QTest::qWait(2000);
    QTest::mouseMove(m_window, QPoint(400, 400));
    ASSERT_TRUE(QTest::qWaitFor([&] { return currentIndex() == 2; }, 8000));
    EXPECT_LT(clock.elapsed(), 4300);
}

TEST_F(QmlInteractionTest, ClickerKeysChangePages)
{
    call("showPage", 0);
    QTest::keyClick(m_window, Qt::Key_Right);
    EXPECT_EQ(currentIndex(), 1);
    QTest::keyClick(m_window, Qt::Key_PageDown);
    EXPECT_EQ(currentIndex(), 2);
    QTest::keyClick(m_window, Qt::Key_Space);
    EXPECT_EQ(currentIndex(), 3);
    QTest::keyClick(m_window, Qt::Key_PageUp);
    EXPECT_EQ(currentIndex(), 2);
    QTest::keyClick(m_window, Qt::Key_Left);
    EXPECT_EQ(currentIndex(), 1);
    QTest::keyClick(m_window, Qt::Key_Home);
    EXPECT_EQ(currentIndex(), 0);
    QTest::keyClick(m_window, Qt::Key_Left);
    EXPECT_EQ(currentIndex(), 5);

    QTest::keyClick(m_window, Qt::Key_P);
    EXPECT_TRUE(AppSettings::instance()->paused());
    EXPECT_FALSE(m_window->property("rotating").toBool());
    QTest::keyClick(m_window, Qt::Key_P);
    EXPECT_FALSE(AppSettings::instance()->paused());
}

TEST_F(QmlInteractionTest, RotationAdvancesPages)
{
    AppSettings::instance()->setRotateSeconds(1);
    call("showPage", 2);
    EXPECT_TRUE(QTest::qWaitFor([&] { return currentIndex() == 3; }, 3000));
    // One page a second, not faster.
    QTest::qWait(500);
    EXPECT_EQ(currentIndex(), 3);
}

TEST_F(QmlInteractionTest, RotationOffOrPausedStaysOnThePage)
{
    AppSettings::instance()->setRotateSeconds(0);
    call("showPage", 2);
    QTest::qWait(1200);
    EXPECT_EQ(currentIndex(), 2);

    AppSettings::instance()->setRotateSeconds(1);
    AppSettings::instance()->setPaused(true);
    call("showPage", 4);
    QTest::qWait(1500);
    EXPECT_EQ(currentIndex(), 4);
    AppSettings::instance()->setPaused(false);
    EXPECT_TRUE(QTest::qWaitFor([&] { return currentIndex() == 5; }, 3000));
}

TEST_F(QmlInteractionTest, ExportHooksOpenEveryDomainDetail)
{
    const QStringList pages = m_window->property("pageNames").toStringList();
    ASSERT_EQ(pages.size(), 6);
    DetailModel *detail = Dashboard::instance()->detail();
    for (const QString &domain : {u"economy"_s, u"urban"_s}) {
        call("showPage", int(pages.indexOf(domain)));
        call("openDetailForDomain", domain);
        ASSERT_TRUE(detail->isOpen()) << domain.toStdString();
        EXPECT_EQ(detail->domain(), domain);
        call("settleNow");
        EXPECT_TRUE(m_window->property("settled").toBool());
        call("closeDetail");
        EXPECT_FALSE(detail->isOpen());
    }
}

TEST_F(QmlInteractionTest, TappingAPartGrowsTheBreadcrumbAndBackReturns)
{
    DetailModel *detail = openDomainDetail(4, u"urban"_s);
    ASSERT_TRUE(detail->isOpen());
    // The urban headline is the project with parts.
    EXPECT_EQ(detail->name(), u"安居工程投入"_s);
    QQuickItem *part = findItem("PartRow", "name", u"老旧小区"_s);
    ASSERT_TRUE(part);
    EXPECT_GE(part->height(), touchTarget());
    tap(part);
    EXPECT_EQ(detail->depth(), 2);
    EXPECT_EQ(detail->breadcrumb(), (QStringList{u"安居工程投入"_s, u"老旧小区"_s}));
    EXPECT_EQ(detail->name(), u"老旧小区"_s);

    QQuickItem *backButton = findItem("TouchButton", "text", u"‹ 返回"_s);
    ASSERT_TRUE(backButton);
    EXPECT_GE(backButton->height(), touchTarget());
    tap(backButton);
    EXPECT_EQ(detail->depth(), 1);
    EXPECT_EQ(detail->name(), u"安居工程投入"_s);
    QTest::keyClick(m_window, Qt::Key_Escape);
    EXPECT_FALSE(detail->isOpen());
}

TEST_F(QmlInteractionTest, TappingAReportedTrendPointOpensThatYear)
{
    {
        QString error;
        auto store = Store::open(m_dir.filePath(u"briefing.db"_s), Store::Mode::ReadWrite, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_GT(store->saveReport(fixture::report(2021, u"规模以上工业增加值"_s, 8.9, 80.1), u"t.txt"_s, &error), 0);
    }
    Dashboard::instance()->poll();
    ASSERT_EQ(Dashboard::instance()->year(), 2022);
    DetailModel *detail = openDomainDetail(1, u"economy"_s);
    ASSERT_TRUE(detail->isOpen());
    ASSERT_EQ(detail->name(), u"地区生产总值"_s);
    const QVariantList trend = detail->trend();
    int reported2021 = -1;
    int derived = -1;
    for (int i = 0; i < trend.size(); ++i) {
        const QVariantMap p = trend.at(i).toMap();
        if (p.value(u"year"_s).toInt() == 2021 && !p.value(u"derived"_s).toBool())
            reported2021 = i;
        if (p.value(u"derived"_s).toBool())
            derived = i;
    }
    ASSERT_GE(reported2021, 0);
    ASSERT_GE(derived, 0);

    // A derived point (推算) opens nothing.
    QQuickItem *derivedPoint = findItem("", "objectName", u"trendPoint%1"_s.arg(derived));
    ASSERT_TRUE(derivedPoint);
    EXPECT_GE(derivedPoint->width(), touchTarget());
    tap(derivedPoint);
    EXPECT_EQ(detail->depth(), 1);

    QQuickItem *point = findItem("", "objectName", u"trendPoint%1"_s.arg(reported2021));
    ASSERT_TRUE(point);
    tap(point);
    EXPECT_EQ(detail->depth(), 2);
    EXPECT_EQ(detail->displayValue(), u"80.1"_s);
    EXPECT_TRUE(detail->yearLabel().contains(u"2021"_s));
    EXPECT_TRUE(detail->breadcrumb().last().contains(u"2021"_s));
    // That year's own sentence.
    EXPECT_TRUE(detail->sourceHead().contains(u"地区生产总值实现"_s));
    EXPECT_EQ(detail->sourceMention(), u"80.1亿元"_s);
    QTest::keyClick(m_window, Qt::Key_Escape);
    EXPECT_EQ(detail->depth(), 1);
    EXPECT_EQ(detail->displayValue(), u"85.6"_s);
    call("closeDetail");
}

TEST_F(QmlInteractionTest, PageDotsAreFingerSized)
{
    call("showPage", 0);
    QQuickItem *dot = findItem("", "objectName", u"pageDot3"_s);
    ASSERT_TRUE(dot);
    EXPECT_GE(dot->width(), touchTarget());
    EXPECT_GE(dot->height(), touchTarget());
    // The visible dot stays small.
    ASSERT_FALSE(dot->childItems().isEmpty());
    EXPECT_LT(dot->childItems().constFirst()->height(), dot->height() / 2);
    tap(dot);
    EXPECT_EQ(currentIndex(), 3);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qmltest::installCollector();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
