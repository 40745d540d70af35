#include "WindowFunctions.h"

#include <QJSValue>
#include <QQmlEngine>
#include <QQuickWindow>

bool callWindowFunction(QQmlEngine *engine, QQuickWindow *window, const char *function,
                        const QVariantList &arguments, QString *error)
{
    QJSValue root = engine->newQObject(window);
    QJSValue fn = root.property(QString::fromLatin1(function));
    if (!fn.isCallable()) {
        if (error)
            *error = QStringLiteral("Main.qml has no function %1()").arg(QLatin1String(function));
        return false;
    }
    QJSValueList args;
    for (const QVariant &a : arguments)
        args.append(engine->toScriptValue(a));
    const QJSValue result = fn.callWithInstance(root, args);
    if (result.isError()) {
        if (error)
            *error = QStringLiteral("%1() failed: %2").arg(QLatin1String(function), result.toString());
        return false;
    }
    return true;
}
