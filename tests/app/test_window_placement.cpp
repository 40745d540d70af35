// How the wall's window appears: fitted into the screen's available area when no --size is
// given, and the pointer hidden in kiosk full screen only (F out of it brings it back).
#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QTest>
#include <QWindow>
#include <gtest/gtest.h>

TEST(WindowPlacement, TheDefaultSizeFitsTheAvailableArea)
{
    // A 1920×1080 screen with a panel: the window fits under the panel, not off screen.
    EXPECT_EQ(WindowPlacement::fitted(QSize(1920, 1080), QSize(1920, 1053), false), QSize(1920, 1053));
    EXPECT_EQ(WindowPlacement::fitted(QSize(1920, 1080), QSize(1366, 728), false), QSize(1366, 728));
    EXPECT_EQ(WindowPlacement::fitted(QSize(1920, 1080), QSize(3840, 2160), false), QSize(1920, 1080));
    // --size is taken as given.
    EXPECT_EQ(WindowPlacement::fitted(QSize(1920, 1080), QSize(1366, 728), true), QSize(1920, 1080));
}

TEST(WindowPlacement, KioskHidesThePointerOnlyInFullScreen)
{
    ASSERT_EQ(QGuiApplication::overrideCursor(), nullptr);
    QWindow window;
    WindowPlacement::show(&window, QSize(640, 360), false, true);
    QTRY_COMPARE(window.visibility(), QWindow::FullScreen);
    ASSERT_NE(QGuiApplication::overrideCursor(), nullptr);
    EXPECT_EQ(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);

    window.setVisibility(QWindow::Windowed);
    QTRY_COMPARE(window.visibility(), QWindow::Windowed);
    EXPECT_EQ(QGuiApplication::overrideCursor(), nullptr) << "the pointer comes back outside full screen";

    window.setVisibility(QWindow::FullScreen);
    QTRY_COMPARE(window.visibility(), QWindow::FullScreen);
    ASSERT_NE(QGuiApplication::overrideCursor(), nullptr);
    EXPECT_EQ(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
    window.setVisibility(QWindow::Windowed);
    QTRY_COMPARE(window.visibility(), QWindow::Windowed);
}

TEST(WindowPlacement, AWindowOutsideKioskKeepsThePointer)
{
    QWindow window;
    WindowPlacement::show(&window, QSize(640, 360), true, false);
    QTRY_VERIFY(window.isVisible());
    EXPECT_EQ(window.size(), QSize(640, 360));
    window.setVisibility(QWindow::FullScreen);
    QTRY_COMPARE(window.visibility(), QWindow::FullScreen);
    EXPECT_EQ(QGuiApplication::overrideCursor(), nullptr);
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
