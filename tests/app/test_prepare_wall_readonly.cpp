// The wall stays read-only: nothing in its QML can edit, and no key, tap, long press or
// double tap on the display opens an editor, a second window or writes to the database.
#include "AppSettings.h"
#include "Dashboard.h"
#include "QmlTestSupport.h"
#include "Store.h"
#include "test_models_fixture.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(BriefingPlugin)

using namespace Qt::StringLiterals;

namespace {

// A missing file reads as empty: a reader may leave an empty -wal beside the database.
QByteArray digest(const QString &path)
{
    QFile f(path);
    const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

using qmltest::collectItems;

bool editable(QQuickItem *item)
{
    // The detail's source panel lays out rich text with a TextEdit that is read-only.
    if (item->property("readOnly").toBool())
        return false;
    const QByteArray type = item->metaObject()->className();
    return type.contains("TextInput") || type.contains("TextEdit") || type.contains("TextField")
        || type.contains("TextArea") || type.contains("SpinBox");
}

} // namespace

TEST(WallReadOnly, TheWallsQmlHasNothingThatEdits)
{
    int files = 0;
    QDirIterator it(u":/qt/qml/Briefing"_s, {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        const QString text = QString::fromUtf8(f.readAll());
        ++files;
        for (const QString &word : {u"TextInput"_s, u"TextField"_s, u"TextArea"_s, u"SpinBox"_s,
                                    u"BriefingPrepare"_s, u"PrepareSession"_s}) {
            EXPECT_FALSE(text.contains(word)) << path.toStdString() << " uses " << word.toStdString();
        }
        // A TextEdit is allowed only to lay out text, never to edit it.
        if (text.contains(u"TextEdit {"_s))
            EXPECT_EQ(text.count(u"TextEdit {"_s), text.count(u"readOnly: true"_s)) << path.toStdString();
    }
    EXPECT_GT(files, 10);
}

TEST(WallReadOnly, NoKeyTapOrGestureLeadsIntoEditing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"briefing.db"_s);
    QString error;
    {
        auto store = Store::open(path, Store::Mode::ReadWrite, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_GT(store->saveReport(fixture::report(2022, u"规上工业增加值"_s, 9.85, 85.6), u"t.txt"_s, &error), 0);
        // Fold the WAL into the file so its bytes say everything.
        QSqlQuery(store->database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    // The WAL too: a write would land there before it reaches the file.
    const QByteArray before = digest(path) + digest(path + u"-wal"_s);
    ASSERT_FALSE(before.isEmpty());

    AppSettings::instance()->setRotateSeconds(0);
    ASSERT_TRUE(Dashboard::instance()->openDatabase(path, &error)) << error.toStdString();
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.load(QUrl(u"qrc:/qt/qml/Briefing/Main.qml"_s));
    ASSERT_FALSE(engine.rootObjects().isEmpty());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    ASSERT_TRUE(window);
    window->resize(1920, 1080);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    const int windows = int(QGuiApplication::topLevelWindows().size());

    auto noEditor = [&](const char *after) {
        QList<QQuickItem *> items;
        collectItems(window->contentItem(), &items);
        for (QQuickItem *item : std::as_const(items))
            EXPECT_FALSE(editable(item)) << after << ": " << item->metaObject()->className();
        EXPECT_EQ(QGuiApplication::topLevelWindows().size(), windows) << after;
    };

    // Every key a keyboard or a clicker can send, plain and with each modifier (F toggles full
    // screen, which is harmless and undone by pressing it again).
    QList<int> keys;
    for (int k = Qt::Key_Space; k <= Qt::Key_AsciiTilde; ++k)
        keys.append(k);
    for (int k : {Qt::Key_Escape, Qt::Key_Tab, Qt::Key_Backtab, Qt::Key_Backspace, Qt::Key_Return, Qt::Key_Enter,
                  Qt::Key_Insert, Qt::Key_Delete, Qt::Key_Pause, Qt::Key_Print, Qt::Key_Home, Qt::Key_End, Qt::Key_Left,
                  Qt::Key_Up, Qt::Key_Right, Qt::Key_Down, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Menu})
        keys.append(k);
    for (int k = Qt::Key_F1; k <= Qt::Key_F12; ++k)
        keys.append(k);
    for (const Qt::KeyboardModifiers modifiers :
         {Qt::KeyboardModifiers(), Qt::KeyboardModifiers(Qt::ControlModifier), Qt::KeyboardModifiers(Qt::ShiftModifier),
          Qt::KeyboardModifiers(Qt::AltModifier)}) {
        for (int k : std::as_const(keys)) {
            const QString text = k < 0x7f ? QString(QChar(k)) : QString();
            QTest::sendKeyEvent(QTest::Click, window, Qt::Key(k), text, modifiers);
        }
        QTest::qWait(20);
    }
    noEditor("keys");

    // Taps, double taps, long presses and right clicks over a grid of the whole screen.
    for (int y = 60; y < 1080; y += 170) {
        for (int x = 80; x < 1920; x += 260) {
            const QPoint p(x, y);
            QTest::mouseClick(window, Qt::LeftButton, {}, p);
            QTest::mouseDClick(window, Qt::LeftButton, {}, p);
            QTest::mousePress(window, Qt::LeftButton, {}, p);
            QTest::qWait(30);
            QTest::mouseRelease(window, Qt::LeftButton, {}, p, 900);
            QTest::mouseClick(window, Qt::RightButton, {}, p);
        }
        QTest::qWait(20);
    }
    noEditor("taps");

    engine.clearComponentCache();
    Dashboard::instance()->openDatabase(dir.filePath(u"none.db"_s), nullptr);
    EXPECT_EQ(digest(path) + digest(path + u"-wal"_s), before) << "the wall wrote to its database";
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
