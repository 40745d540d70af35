#pragma once

// What the tests that drive QML windows share: every warning printed while they run (a test
// fails on any), and the item tree walked the way a finger would find things.
#include <QList>
#include <QQuickItem>
#include <QStringList>
#include <QtGlobal>

namespace quicktest {

inline QStringList s_warnings;
inline QtMessageHandler s_previousHandler = nullptr;

inline void collectWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        s_warnings.append(message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

// Call once in main(), before the first window.
inline void collectWarnings()
{
    s_previousHandler = qInstallMessageHandler(collectWarning);
}

// The item and all its descendants (delegates are children in the item tree, not always
// in the object tree).
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

} // namespace quicktest
