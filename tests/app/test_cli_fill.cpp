// Issue 15 and the fill sheet (issue 12): what the command line refuses, and the template
// round trip through a spreadsheet's GB18030 CSV.
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringEncoder>

#include "test_cli_fixture.h"

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

QString fullReport()
{
    return testsupport::sharedReportsDir() + QStringLiteral("/full/gaotangxian-2023.txt");
}

class CliFill : public Cli
{
protected:
    // The draft as 测试县 2022 in b.db.
    QString importDraft()
    {
        const QString db = path(QStringLiteral("b.db"));
        const CliRun r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), db, QStringLiteral("--county"),
                              QStringLiteral("测试县"), QStringLiteral("--year"), QStringLiteral("2022")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return db;
    }
    QJsonArray figures(const QString &db, bool pendingOnly = false)
    {
        QStringList args{QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")};
        if (pendingOnly)
            args.append(QStringLiteral("--pending"));
        const CliRun r = run(args);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("reports")).toArray().at(0)
            .toObject().value(QStringLiteral("figures")).toArray();
    }
};

} // namespace

TEST_F(CliFill, HelpVersionAndUsageErrorsNeedNoDisplay)
{
    QProcessEnvironment env = testsupport::isolatedEnvironment(m_home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    CliRun r = runWith(env, {QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Usage: county-briefing"))) << r.out.left(200).toStdString();
    EXPECT_EQ(runWith(env, {QStringLiteral("--version")}).exitCode, 0);
    EXPECT_EQ(runWith(env, {QStringLiteral("--no-such-option")}).exitCode, 1);
    EXPECT_EQ(runWith(env, {QStringLiteral("frobnicate")}).exitCode, 1);
    r = runWith(env, {QStringLiteral("--export"), path(QStringLiteral("out")), QStringLiteral("--size"), QStringLiteral("16384x16384")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("7680x4320"))) << r.err.toStdString();
    // A subcommand's usage line names the subcommand.
    for (const char *command : {"import", "fill", "list", "template"}) {
        r = runWith(env, {QLatin1String(command), QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0);
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: county-briefing %1").arg(QLatin1String(command))))
            << r.out.left(120).toStdString();
    }
}

TEST_F(CliFill, CountyAndYearOnlyFillInWhatTheReportLeavesOpen)
{
    if (!QFileInfo::exists(fullReport()))
        GTEST_SKIP() << "shared reports absent";
    const QString db = path(QStringLiteral("b.db"));
    CliRun r = run({QStringLiteral("import"), fullReport(), QStringLiteral("--db"), db, QStringLiteral("--county"),
                    QStringLiteral("示例县"), QStringLiteral("--year"), QStringLiteral("2021")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("高唐县")) && r.err.contains(QStringLiteral("示例县"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(db)) << "a refused import into a new file leaves no database behind";
    // The draft leaves both open; a real county may start with X.
    r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), db, QStringLiteral("--county"),
             QStringLiteral("Xiangcheng"), QStringLiteral("--year"), QStringLiteral("2022")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("import"), fullReport(), QStringLiteral("--db"), db, QStringLiteral("--county"),
             QStringLiteral("示例县"), QStringLiteral("--rename-county")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("示例县"))) << r.out.toStdString();
}

TEST_F(CliFill, TheFileNameIsTheLastResortAndSaysSo)
{
    // The draft names neither its county (xx县) nor its year (xxxx年).
    const QString named = path(QStringLiteral("君山区2023年政府工作报告.txt"));
    ASSERT_TRUE(QFile::copy(draft(), named));
    const QString db = path(QStringLiteral("named.db"));
    CliRun r = run({QStringLiteral("import"), named, QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("君山区 2022"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("君山区 taken from the file name"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2022 taken from the file name"))) << r.out.toStdString();
    // What the command line says beats the file name, silently.
    r = run({QStringLiteral("import"), named, QStringLiteral("--db"), db, QStringLiteral("--county"), QStringLiteral("测试县"),
             QStringLiteral("--year"), QStringLiteral("2021")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("测试县 2021"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("file name"))) << r.out.toStdString();
    // A name that says nothing: refused as before.
    r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), db});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--county"))) << r.err.toStdString();
}

TEST_F(CliFill, DryRunsWriteNothingAndReimportKeepsFills)
{
    const QString db = importDraft();
    const QString csv = path(QStringLiteral("f.csv"));
    ASSERT_TRUE(testsupport::writeFile(csv, QStringLiteral("figure,value,growth\n地区生产总值,85.6,6.3\n").toUtf8()));
    const QByteArray before = digest(db);
    CliRun r = run({QStringLiteral("fill"), csv, QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("would fill line 2: 测试县 2022"))) << r.out.toStdString();
    r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), db, QStringLiteral("--county"), QStringLiteral("测试县"),
             QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--dry-run")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("would replace"))) << r.out.toStdString();
    EXPECT_EQ(digest(db), before);

    r = run({QStringLiteral("fill"), csv, QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("import"), draft(), QStringLiteral("--db"), db, QStringLiteral("--county"), QStringLiteral("测试县"),
             QStringLiteral("--year"), QStringLiteral("2022")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("filled values kept: 1"))) << r.out.toStdString();
    EXPECT_TRUE(figureNamed(figures(db, true), QStringLiteral("地区生产总值")).isEmpty()) << "still filled";
}

TEST_F(CliFill, RefusedReportsSayWhichFileAndWhy)
{
    const QString db = importDraft();
    const QString empty = path(QStringLiteral("words.txt"));
    ASSERT_TRUE(testsupport::writeFile(empty, QStringLiteral("这是一段没有任何数字的文字，只有叙述。\n").toUtf8()));
    CliRun r = run({QStringLiteral("import"), empty, QStringLiteral("--db"), db, QStringLiteral("--county"), QStringLiteral("测试县"),
                    QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no figures"))) << r.err.toStdString();
    const QString broken = path(QStringLiteral("broken.txt"));
    ASSERT_TRUE(testsupport::writeFile(broken, QByteArray(64, '\x01') + QByteArray("\0\0", 2)));
    r = run({QStringLiteral("import"), broken, QStringLiteral("--db"), db});
    EXPECT_TRUE(r.err.contains(broken)) << r.err.toStdString();
    // UTF-16 with a byte order mark is text ("Unicode" in Windows' Save As).
    const QString wide = path(QStringLiteral("wide.txt"));
    const QString text = testsupport::readUtf8(draft());
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    ASSERT_TRUE(testsupport::writeFile(wide, utf16));
    r = run({QStringLiteral("import"), wide, QStringLiteral("--db"), db, QStringLiteral("--county"), QStringLiteral("测试县"),
             QStringLiteral("--year"), QStringLiteral("2021")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST_F(CliFill, TemplateRoundTripsThroughASpreadsheetsGb18030Csv)
{
    const QString db = importDraft();
    const QString sheet = path(QStringLiteral("sheet.csv"));
    CliRun r = run({QStringLiteral("template"), sheet, QStringLiteral("--pending"), QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(sheet);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "figure,value,growth,unit,mask"));
    EXPECT_TRUE(bytes.contains("\r\n"));
    EXPECT_EQ(bytes.count("\n"), bytes.count("\r\n"));
    // Fill two rows the way a clerk would, by the mask the sheet shows; save as GB18030.
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const int pendingBefore = int(figures(db, true).size());
    ASSERT_EQ(lines.size() - 1, pendingBefore);
    int filled = 0;
    for (int i = 1; i < lines.size() && filled < 2; ++i) {
        QStringList cells = lines.at(i).split(u',');
        if (cells.value(4) == QLatin1String("xx.x") && cells.value(5).isEmpty()) {
            cells[1] = QStringLiteral("12.5");
            lines[i] = cells.join(u',');
            ++filled;
        }
    }
    ASSERT_EQ(filled, 2);
    QStringEncoder gb("GB18030");
    ASSERT_TRUE(testsupport::writeFile(sheet, gb.encode(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"))));
    r = run({QStringLiteral("fill"), sheet, QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("filled 2 figures"))) << r.out.toStdString();
    EXPECT_EQ(int(figures(db, true).size()), pendingBefore - 2);
}

TEST_F(CliFill, FirstStartsAtTheSameMomentAllGetTheDatabase)
{
    QList<QProcess *> starts;
    for (int i = 0; i < 6; ++i) {
        auto *p = new QProcess;
        p->setProcessEnvironment(testsupport::isolatedEnvironment(m_home.path()));
        p->start(QStringLiteral(BRIEFING_BINARY), {QStringLiteral("list")});
        starts.append(p);
    }
    for (QProcess *p : std::as_const(starts)) {
        EXPECT_TRUE(p->waitForFinished(60000));
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        delete p;
    }
    const QString target = m_home.filePath(QStringLiteral("data/county-briefing/briefing.db"));
    EXPECT_EQ(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files).filter(QStringLiteral(".new")).size(), 0);
    // A blank file left by an interrupted creation is rebuilt, not refused at every start.
    QFile::remove(target);
    ASSERT_TRUE(testsupport::writeFile(target, QByteArray()));
    const CliRun r = run({QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("demo"))) << r.out.left(200).toStdString();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
