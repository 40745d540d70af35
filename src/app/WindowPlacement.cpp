#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

namespace WindowPlacement {

QSize fitted(const QSize &size, const QSize &available, bool sizeGiven)
{
    if (sizeGiven || available.isEmpty())
        return size;
    return size.boundedTo(available);
}

void show(QWindow *window, const QSize &size, bool sizeGiven, bool kiosk)
{
    if (kiosk) {
        QObject::connect(window, &QWindow::visibilityChanged, window, [](QWindow::Visibility v) {
            const bool hide = v == QWindow::FullScreen;
            const bool hidden = QGuiApplication::overrideCursor() != nullptr;
            if (hide && !hidden)
                QGuiApplication::setOverrideCursor(Qt::BlankCursor);
            else if (!hide && hidden && v != QWindow::Hidden)
                QGuiApplication::restoreOverrideCursor();
        });
        window->showFullScreen();
        return;
    }
    const QScreen *screen = window->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    const QSize opening = fitted(size, available.size(), sizeGiven);
    window->resize(opening);
    if (opening == size && (sizeGiven || size.width() < available.width() || size.height() < available.height())) {
        window->show();
        return;
    }
    // As large as the area: maximised, so the window manager's title bar fits too.
    window->setPosition(available.topLeft());
    window->showMaximized();
}

} // namespace WindowPlacement
