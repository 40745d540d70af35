#pragma once

#include <QSize>

class QWindow;

// How the wall's window appears: kiosk full screen without a pointer, or a window that fits
// the screen's available area (title bar and panels included) with the pointer shown.
namespace WindowPlacement {

// Without --size (sizeGiven false) a window larger than the available area is maximised into
// it; with --size it is exactly that size. In kiosk mode the pointer is hidden while the
// window is full screen and comes back when it leaves full screen (F).
void show(QWindow *window, const QSize &size, bool sizeGiven, bool kiosk);

// The size a window opens at: the default where the available area holds it, else the area.
QSize fitted(const QSize &size, const QSize &available, bool sizeGiven);

} // namespace WindowPlacement
