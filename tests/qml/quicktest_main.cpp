// The Qt Quick Test runner for the wall's leaf components (tests/qml/tst_*.qml): each is
// created on its own with written properties, tapped, and checked for what it says and asks.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(BriefingPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

QUICK_TEST_MAIN_WITH_SETUP(briefing_components, Setup)

#include "quicktest_main.moc"
