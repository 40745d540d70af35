// Loads Main.qml off-screen on a temporary database and drives it like a presenter:
// tap a card, go back, let the idle timer close the detail, press clicker keys.
// Any QML warning fails the test.
#include "AppSettings.h"
#include "Dashboard.h"
#include "Store.h"
#include "test_models_fixture.h"

#include <QApplication>
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

QStringList s_warnings;
QtMessageHandler s_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        s_warnings.append(message);
    if (s_previous)
        s_previous(type, context, message);
}

void collectItems(QQuickItem *item, QList<QQuickItem *> *out)
{
    out->append(item);
    for (QQuickItem *child : item->childItems())
        collectItems(child, out);
}

bool effectivelyVisible(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible())
            return false;
    }
    return true;
}

class QmlInteractionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        s_warnings.clear();
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(u"briefing.db"_s);
        QString error;
        {
            auto store = Store::open(path, Store::Mode::ReadWrite, &error);
            ASSERT_TRUE(store) << error.toStdString();
            ASSERT_GT(store->saveReport(fixture::report(2022, u"规上工业增加值"_s, 9.85, 85.6), u"t.txt"_s, &error), 0)
                << error.toStdString();
        }
        Dashboard::instance()->detail()->close();
        ASSERT_TRUE(Dashboard::instance()->openDatabase(path, &error)) << error.toStdString();
        AppSettings::instance()->setRotateSeconds(30);
        AppSettings::instance()->setIdleSeconds(60);
        AppSettings::instance()->setPaused(false);

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/qt/qml"_s);
        m_engine->load(QUrl(u"qrc:/qt/qml/Briefing/Main.qml"_s));
        ASSERT_FALSE(m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        ASSERT_TRUE(m_window);
        m_window->resize(1920, 1080);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window));
        m_window->requestActivate();
        QTest::qWait(50);
    }

    void TearDown() override
    {
        m_engine.reset();
        EXPECT_TRUE(s_warnings.isEmpty()) << s_warnings.join(u'\n').toStdString();
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
        QList<QQuickItem *> items;
        collectItems(m_window->contentItem(), &items);
        for (QQuickItem *item : std::as_const(items)) {
            if (QByteArray(item->metaObject()->className()).startsWith("FigureCard")
                && item->property("figureId").toLongLong() == figureId && effectivelyVisible(item))
                return item;
        }
        return nullptr;
    }

    void tap(QQuickItem *item)
    {
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
        QTest::qWait(20);
    }

    qint64 gdpId() const { return Dashboard::instance()->economy()->figures()->figureAt(0).id; }

    QTemporaryDir m_dir;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    s_previous = qInstallMessageHandler(collect);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
