#pragma once

// What the tests that drive Main.qml share: every QML warning collected (a test fails on
// any), and the visible items of the scene found by a predicate.
#include "AppSettings.h"
#include "Dashboard.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace qmltest {

inline QStringList &warnings()
{
    static QStringList list;
    return list;
}

inline QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        warnings().append(message);
    if (previousHandler())
        previousHandler()(type, context, message);
}

inline void installCollector()
{
    previousHandler() = qInstallMessageHandler(collect);
}

inline void collectItems(QQuickItem *item, QList<QQuickItem *> *out)
{
    out->append(item);
    for (QQuickItem *child : item->childItems())
        collectItems(child, out);
}

inline bool effectivelyVisible(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible())
            return false;
    }
    return true;
}

// The first visible item of the window that matches.
template<typename Match>
QQuickItem *findVisible(QQuickWindow *window, Match match)
{
    QList<QQuickItem *> items;
    collectItems(window->contentItem(), &items);
    for (QQuickItem *item : std::as_const(items)) {
        if (match(item) && effectivelyVisible(item))
            return item;
    }
    return nullptr;
}

// A left click at the item's centre.
inline void tap(QQuickWindow *window, QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    QTest::qWait(20);
}

// A test of the wall window: Main.qml loaded at 1920x1080 and shown (after the test's own
// SetUp opened the database), no QML warning allowed by the end.
class MainWindowTest : public ::testing::Test
{
protected:
    // The wall on this database, as a presenter finds it: no detail open, rotating every
    // rotateSeconds (0: not), idle after a minute, not paused; then Main.qml loaded.
    void showWall(const QString &path, int rotateSeconds)
    {
        QString error;
        Dashboard::instance()->detail()->close();
        ASSERT_TRUE(Dashboard::instance()->openDatabase(path, &error)) << error.toStdString();
        AppSettings::instance()->setRotateSeconds(rotateSeconds);
        AppSettings::instance()->setIdleSeconds(60);
        AppSettings::instance()->setPaused(false);
        loadMain();
    }

    void loadMain()
    {
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Briefing/Main.qml")));
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
        EXPECT_TRUE(warnings().isEmpty()) << warnings().join(u'\n').toStdString();
    }

    template<typename Match>
    QQuickItem *findVisible(Match match)
    {
        return qmltest::findVisible(m_window, match);
    }

    void tap(QQuickItem *item) { qmltest::tap(m_window, item); }

    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace qmltest
