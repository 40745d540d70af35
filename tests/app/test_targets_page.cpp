// The targets page on screen: Main.qml off-screen on the written reports of
// test_targets_reports.h, imported with the real binary. The page is in the rotation, shows
// the review and the coming year, and a tap on a target or a result opens that figure's
// detail (the target from last year's report). Any QML warning fails the test.
#include "Dashboard.h"
#include "TestSupport.h"
#include "test_targets_reports.h"

#include <QApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(BriefingPlugin)

using namespace Qt::StringLiterals;

namespace {

QStringList s_warnings;

void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        s_warnings.append(message);
}

void visibleRows(QQuickItem *item, QList<QQuickItem *> *out)
{
    if (!item->isVisible())
        return;
    if (QByteArray(item->metaObject()->className()).startsWith("TargetRow"))
        out->append(item);
    for (QQuickItem *child : item->childItems())
        visibleRows(child, out);
}

void tapAt(QQuickWindow *window, QQuickItem *item, double xShare)
{
    const QPointF p = item->mapToScene(QPointF(item->width() * xShare, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, p.toPoint());
    QTest::qWait(20);
}

TEST(TargetsPageTest, ReviewAndComingYearTapsOpenTheirFigures)
{
    QTemporaryDir dir;
    QTemporaryDir home;
    const QString db = dir.filePath(u"wall.db"_s);
    QProcess import;
    import.setProcessEnvironment(testsupport::isolatedEnvironment(home.path()));
    import.start(QStringLiteral(BRIEFING_BINARY),
                 QStringList{u"import"_s} + targetsreports::write(dir.path()) + QStringList{u"--db"_s, db});
    ASSERT_TRUE(import.waitForFinished(60000));
    ASSERT_EQ(import.exitCode(), 0) << import.readAllStandardError().toStdString();

    QString error;
    Dashboard *dashboard = Dashboard::instance();
    ASSERT_TRUE(dashboard->openDatabase(db, &error)) << error.toStdString();
    TargetsData *targets = dashboard->targets();
    ASSERT_EQ(targets->review()->rowCount(), 6);
    ASSERT_EQ(targets->coming()->rowCount(), 2);
    EXPECT_EQ(targets->reviewYear(), 2024);
    EXPECT_EQ(targets->comingYear(), 2025);
    EXPECT_EQ(targets->metCount(), 3);
    EXPECT_EQ(targets->missedCount(), 2);
    const QModelIndex first = targets->review()->index(0);
    EXPECT_EQ(first.data(TargetRows::TargetRole).toString(), u"增长6%以上"_s);
    EXPECT_EQ(first.data(TargetRows::ResultRole).toString(), u"增长5.6%"_s);
    EXPECT_EQ(first.data(TargetRows::MarkRole).toString(), u"missed"_s);
    EXPECT_EQ(targets->review()->index(2).data(TargetRows::TargetRole).toString(), u"达到52.6亿元"_s);
    EXPECT_EQ(targets->review()->index(5).data(TargetRows::MarkRole).toString(), u"incomparable"_s);
    EXPECT_EQ(targets->coming()->index(0).data(TargetRows::MarkRole).toString(), QString());

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.load(QUrl(u"qrc:/qt/qml/Briefing/Main.qml"_s));
    ASSERT_FALSE(engine.rootObjects().isEmpty());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    ASSERT_TRUE(window);
    window->resize(1920, 1080);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));

    const QStringList pages = window->property("pageNames").toStringList();
    ASSERT_EQ(pages.last(), u"targets"_s);
    QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, pages.size() - 1));
    QMetaObject::invokeMethod(window, "settleNow");
    QTest::qWait(50);
    QList<QQuickItem *> rows;
    visibleRows(window->contentItem(), &rows);
    ASSERT_EQ(rows.size(), 8);

    // The target is last year's report's figure; the result this report's.
    DetailModel *detail = dashboard->detail();
    tapAt(window, rows.first(), 0.1);
    ASSERT_TRUE(detail->isOpen());
    EXPECT_EQ(detail->figureId(), first.data(TargetRows::FigureIdRole).toLongLong());
    EXPECT_TRUE(detail->sentence().contains(u"主要预期目标"_s)) << detail->sentence().toStdString();
    QTest::keyClick(window, Qt::Key_Escape);
    ASSERT_FALSE(detail->isOpen());
    tapAt(window, rows.first(), 0.7);
    ASSERT_TRUE(detail->isOpen());
    EXPECT_EQ(detail->figureId(), first.data(TargetRows::ResultIdRole).toLongLong());
    EXPECT_EQ(detail->displayValue(), u"128.5"_s);
    detail->close();
    EXPECT_TRUE(s_warnings.isEmpty()) << s_warnings.join(u'\n').toStdString();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qInstallMessageHandler(collect);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
