// Numbers as the screen writes them (issue 15): one C++ formatter behind Theme.formatNumber,
// no doubled separators under Qt 6.4's JavaScript engine, changes never rounded up to 100.
#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(BriefingPlugin)

namespace {

QVariant evaluate(QQmlEngine &engine, const QString &expression)
{
    QQmlComponent component(&engine);
    component.setData(QStringLiteral("import QtQuick\nimport Briefing\nQtObject { property var result: %1 }")
                          .arg(expression)
                          .toUtf8(),
                      QUrl(QStringLiteral("qrc:/test.qml")));
    std::unique_ptr<QObject> object(component.create());
    EXPECT_TRUE(object) << component.errorString().toStdString();
    return object ? object->property("result") : QVariant();
}

} // namespace

TEST(ScreenNumbers, ThemeGroupsThousandsOnce)
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    EXPECT_EQ(evaluate(engine, QStringLiteral("Theme.formatNumber(12345, 0)")).toString(), QStringLiteral("12,345"));
    EXPECT_EQ(evaluate(engine, QStringLiteral("Theme.formatNumber(36148, 0)")).toString(), QStringLiteral("36,148"));
    EXPECT_EQ(evaluate(engine, QStringLiteral("Theme.formatNumber(1234567.25, 2)")).toString(), QStringLiteral("1,234,567.25"));
    EXPECT_EQ(evaluate(engine, QStringLiteral("Theme.formatNumber(9999.5, 1)")).toString(), QStringLiteral("9999.5"));
    EXPECT_EQ(evaluate(engine, QStringLiteral("Theme.formatNumber(-25000, 0)")).toString(), QStringLiteral("-25,000"));
    EXPECT_EQ(evaluate(engine, QStringLiteral("Theme.formatNumber(12000.4, 1)")).toString(), QStringLiteral("12,000.4"));
}

TEST(ScreenNumbers, AChangeKeepsItsDecimals)
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    EXPECT_EQ(evaluate(engine, QStringLiteral("NumberFormat.change(99.99)")).toString(), QStringLiteral("99.99"));
    EXPECT_EQ(evaluate(engine, QStringLiteral("NumberFormat.change(6)")).toString(), QStringLiteral("6"));
    EXPECT_EQ(evaluate(engine, QStringLiteral("NumberFormat.change(6.5)")).toString(), QStringLiteral("6.5"));
    EXPECT_EQ(evaluate(engine, QStringLiteral("NumberFormat.change(12345)")).toString(), QStringLiteral("12,345"));
}

// Without a report there is nothing filled: the summary says nothing about filling beside
// the screen's 尚无数据.
TEST(ScreenNumbers, AnEmptyDatabaseDoesNotClaimEverythingFilled)
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport Briefing\nSummaryTile { width: 400; height: 300 }", QUrl(QStringLiteral("qrc:/tile.qml")));
    std::unique_ptr<QObject> tile(component.create());
    ASSERT_TRUE(tile) << component.errorString().toStdString();
    bool claimed = false;
    for (QObject *child : tile->findChildren<QObject *>()) {
        if (child->property("text").toString() == QStringLiteral("全部已填报") && child->property("visible").toBool())
            claimed = true;
    }
    EXPECT_FALSE(claimed);
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
