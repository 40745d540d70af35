#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWindow>

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Each input event reaches the window first, then items; count it once, at the window.
    if (qobject_cast<QWindow *>(watched)) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
            emit activity();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
