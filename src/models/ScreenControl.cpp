#include "ScreenControl.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QMetaMethod>

ScreenControl::ScreenControl(QObject *parent)
    : QObject(parent)
{
}

ScreenControl *ScreenControl::instance()
{
    // Parented to the application so it outlives every QML engine that uses it.
    static ScreenControl *control = new ScreenControl(QCoreApplication::instance());
    return control;
}

ScreenControl *ScreenControl::create(QQmlEngine *, QJSEngine *)
{
    ScreenControl *control = instance();
    QJSEngine::setObjectOwnership(control, QJSEngine::CppOwnership);
    return control;
}

void ScreenControl::setPageNames(const QStringList &names)
{
    if (m_pageNames == names)
        return;
    m_pageNames = names;
    emit pageNamesChanged();
}

void ScreenControl::setCurrentIndex(int index)
{
    if (m_currentIndex == index)
        return;
    m_currentIndex = index;
    emit currentIndexChanged();
}

void ScreenControl::setSettled(bool settled)
{
    if (m_settled == settled)
        return;
    m_settled = settled;
    emit settledChanged();
}

bool ScreenControl::answered() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&ScreenControl::showPageRequested));
}
