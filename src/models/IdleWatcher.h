#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// Reports any key, mouse, wheel or touch input anywhere in the application. Watching at
// the application level sees input that items deeper in the scene accept, which pointer
// handlers on an ancestor item would miss.
class IdleWatcher : public QObject
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

signals:
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
