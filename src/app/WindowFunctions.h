#pragma once

#include <QString>
#include <QVariantList>

class QQmlEngine;
class QQuickWindow;

// Calls a function of Main.qml's root (showPage, nextPage, settleNow, openDetailForDomain …),
// the way export and the benchmarks drive the screen. Returns false with *error when the
// function is missing or throws.
bool callWindowFunction(QQmlEngine *engine, QQuickWindow *window, const char *function,
                        const QVariantList &arguments = {}, QString *error = nullptr);
