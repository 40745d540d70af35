#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

// The one number formatter, for QML too: grouping by QLocale (Qt 6.4's JavaScript regex
// engine doubled the separators, "12,,345"), as many decimals as a change needs.
class NumberFormat : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static NumberFormat *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    // "12,345.6" style, grouped from 10,000 up, with the given decimals.
    Q_INVOKABLE QString number(double value, int decimals) const;
    // The size of a change as the report states it: 6, 6.5, 99.99 (never rounded up to 100.0).
    Q_INVOKABLE QString change(double magnitude) const;

private:
    explicit NumberFormat(QObject *parent = nullptr);
};
