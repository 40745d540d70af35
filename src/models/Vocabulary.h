#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

// The one vocabulary of the words a figure carries besides its name: the kind of its change
// (同比, 比上年, 年均, 百分点 …) and its qualifiers (预计, 左右, 以内 …), translated here for
// the screen's language. QML reads it through Theme; C++ (models, export) calls it directly.
class Vocabulary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static Vocabulary *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    // The kind of change as the report words it; a comparison with a named year (比2015年)
    // stays as written.
    Q_INVOKABLE static QString kindLabel(const QString &kind);
    // One qualifier; an unknown word stays as written.
    Q_INVOKABLE static QString qualifierLabel(const QString &word);
    // A comma-separated list of qualifiers as one label: "预计 · 左右".
    Q_INVOKABLE static QString qualifiersText(const QString &list);
    // What a change is counted in: "%", 个百分点 or 倍.
    Q_INVOKABLE static QString changeSuffix(const QString &kind);

private:
    explicit Vocabulary(QObject *parent = nullptr);
};
