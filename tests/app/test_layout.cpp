// What the wall shows, as `layout --json` prints it: the shipped draft, each full real
// report alone and 高唐县 2021–2023 together, at the sizes the wall runs at.
#include "Catalogue.h"
#include "TestSupport.h"
#include "Units.h"
#include "compose/WholeName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

class LayoutCli : public ::testing::Test
{
protected:
    CliResult run(const QStringList &arguments)
    {
        QProcess p;
        p.setProcessEnvironment(testsupport::isolatedEnvironment(m_home.path()));
        p.start(QStringLiteral(BRIEFING_BINARY), arguments);
        EXPECT_TRUE(p.waitForFinished(120000)) << arguments.join(u' ').toStdString();
        CliResult r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // Imports the files into a fresh database; returns its path.
    QString importAll(const QStringList &files)
    {
        const QString db = m_dir.filePath(QStringLiteral("wall-%1.db").arg(++m_count));
        QStringList args{QStringLiteral("import")};
        args.append(files);
        args << QStringLiteral("--db") << db;
        const CliResult r = run(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return db;
    }

    QJsonObject layout(const QString &db, const QString &size = QStringLiteral("1920x1080"))
    {
        QStringList args{QStringLiteral("layout"), QStringLiteral("--json"), QStringLiteral("--size"), size};
        if (!db.isEmpty())
            args << QStringLiteral("--db") << db;
        const CliResult r = run(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).object();
    }

    // Every figure of the newest report, by id (list --json).
    QHash<qint64, QJsonObject> figures(const QString &db)
    {
        QStringList args{QStringLiteral("list"), QStringLiteral("--json")};
        if (!db.isEmpty())
            args << QStringLiteral("--db") << db;
        const CliResult r = run(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QHash<qint64, QJsonObject> byId;
        for (const QJsonValue &report : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("reports")).toArray()) {
            for (const QJsonValue &f : report.toObject().value(QStringLiteral("figures")).toArray())
                byId.insert(f.toObject().value(QStringLiteral("id")).toInteger(), f.toObject());
        }
        return byId;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    int m_count = 0;
};

QString fullReport(const QString &name)
{
    return testsupport::sharedReportsDir() + QStringLiteral("/full/") + name;
}

bool isGrowthOfPercent(const QJsonObject &f)
{
    const QString kind = f.value(QStringLiteral("growthKind")).toString();
    return !kind.contains(u"百分点") && !kind.contains(u"倍")
        && (!f.value(QStringLiteral("growth")).isNull() || f.value(QStringLiteral("pending")).toBool());
}

// Labels seen on walls of real reports before they were caught: pieces of a sentence that
// read as nothing on their own. The whole-name rule must keep refusing them.
const char16_t *const kKnownFragments[] = {
    u"村", u"镇", u"乡镇", u"社区", u"省级", u"市级", u"国家级", u"较年初", u"同比", u"做大", u"构建",
    u"转贷", u"收益", u"利润", u"外资", u"出栏", u"项目", u"企业", u"投入资金", u"年产", u"规划建设",
    u"国家农业现代化示范区内", u"二氧化硫和二氧化氮年均浓度同比分别改善",
    u"米易县先天性心脏病患",
};

bool isKnownFragment(const QString &label)
{
    for (const char16_t *f : kKnownFragments) {
        if (label == QStringView(f))
            return true;
    }
    return false;
}

// A balance at a moment (存款余额) is charted apart from the year's flows.
bool isBalance(const QJsonObject &f)
{
    return f.value(QStringLiteral("name")).toString().contains(u"余额");
}

// The rules every layout keeps, whatever the report: few cards, whole names, results only,
// one card per indicator, charts of one kind. The targets page, last when a report states
// targets, shows targets by design (test_targets_cli checks it).
void expectWallRules(const QJsonObject &layout, const QHash<qint64, QJsonObject> &figures, int maxCards,
                     const std::string &what)
{
    SCOPED_TRACE(what);
    QJsonArray pages = layout.value(QStringLiteral("pages")).toArray();
    if (!pages.isEmpty() && pages.last()[QStringLiteral("name")].toString() == u"targets")
        pages.removeLast();
    ASSERT_EQ(pages.size(), 6);
    for (const QJsonValue &pv : std::as_const(pages)) {
        const QJsonObject page = pv.toObject();
        const QString name = page.value(QStringLiteral("name")).toString();
        SCOPED_TRACE(name.toStdString());
        const QJsonArray cards = page.value(QStringLiteral("cards")).toArray();
        EXPECT_LE(cards.size(), maxCards);
        QSet<QString> labels;
        for (const QJsonValue &cv : cards) {
            const QJsonObject card = cv.toObject();
            const QString label = card.value(QStringLiteral("label")).toString();
            const QJsonObject f = figures.value(card.value(QStringLiteral("figure")).toInteger());
            ASSERT_FALSE(f.isEmpty()) << label.toStdString();
            EXPECT_TRUE(WholeName::looksWhole(label)) << "fragment on a card: " << label.toStdString();
            EXPECT_FALSE(isKnownFragment(label)) << "known fragment on a card: " << label.toStdString();
            const QString role = f.value(QStringLiteral("role")).toString();
            EXPECT_TRUE(role == u"result" || role == u"period") << label.toStdString() << " is a " << role.toStdString();
            EXPECT_FALSE(labels.contains(label)) << "two cards of " << label.toStdString();
            labels.insert(label);
        }
        for (const QJsonValue &chv : page.value(QStringLiteral("charts")).toArray()) {
            const QJsonObject chart = chv.toObject();
            const QString kind = chart.value(QStringLiteral("kind")).toString();
            const QJsonArray points = chart.value(QStringLiteral("points")).toArray();
            SCOPED_TRACE(chart.value(QStringLiteral("title")).toString().toStdString());
            EXPECT_GE(points.size(), 2);
            EXPECT_LE(points.size(), 10);
            QSet<QString> families;
            QSet<Units::Kind> kinds;
            QSet<bool> balances;
            QSet<bool> sinceJanuary;
            for (const QJsonValue &ptv : points) {
                const QJsonObject pt = ptv.toObject();
                const QString label = pt.value(QStringLiteral("label")).toString();
                EXPECT_FALSE(label.contains(u'…')) << label.toStdString();
                EXPECT_FALSE(isKnownFragment(label)) << "known fragment in a chart: " << label.toStdString();
                const QJsonObject f = figures.value(pt.value(QStringLiteral("figure")).toInteger());
                ASSERT_FALSE(f.isEmpty());
                const QString role = f.value(QStringLiteral("role")).toString();
                EXPECT_TRUE(role == u"result" || role == u"period") << label.toStdString();
                const QString unit = f.value(QStringLiteral("unit")).toString();
                balances.insert(isBalance(f));
                sinceJanuary.insert(f.value(QStringLiteral("growthKind")).toString().contains(u"年初"));
                if (chart.value(QStringLiteral("measure")).toString() == u"growth") {
                    EXPECT_TRUE(isGrowthOfPercent(f)) << label.toStdString();
                    EXPECT_GE(Catalogue::instance().headlineRank(f.value(QStringLiteral("name")).toString()), 0)
                        << "growth of a non-headline indicator: " << label.toStdString();
                } else {
                    families.insert(Units::family(unit));
                    kinds.insert(Units::kind(unit));
                }
            }
            if (chart.value(QStringLiteral("measure")).toString() == u"growth")
                EXPECT_FALSE(sinceJanuary.contains(true)) << "changes since January beside year-on-year growth";
            if (chart.value(QStringLiteral("measure")).toString() == u"value") {
                EXPECT_EQ(families.size(), 1) << "a chart mixes unit families";
                EXPECT_EQ(balances.size(), 1) << "balances beside flows";
                // Counts of unlike things are charted only as the parts of one whole (or one
                // indicator's own years).
                if (kind != u"parts" && kind != u"years")
                    EXPECT_FALSE(kinds.contains(Units::Kind::Count) || kinds.contains(Units::Kind::People));
                if (kind == u"rates")
                    EXPECT_TRUE(families.contains(QStringLiteral("percent")));
            }
        }
    }
}

// The reviewed year's GDP is among the overview's cards.
void expectGdpOnTheWall(const QJsonObject &layout, const QHash<qint64, QJsonObject> &figures)
{
    const QJsonObject overview = layout.value(QStringLiteral("pages")).toArray().at(0).toObject();
    ASSERT_EQ(overview.value(QStringLiteral("name")).toString(), QStringLiteral("overview"));
    bool found = false;
    for (const QJsonValue &cv : overview.value(QStringLiteral("cards")).toArray()) {
        const QJsonObject f = figures.value(cv.toObject().value(QStringLiteral("figure")).toInteger());
        if (Catalogue::instance().keyFor(f.value(QStringLiteral("name")).toString()) == u"地区生产总值"
            && f.value(QStringLiteral("year")).toInt() == layout.value(QStringLiteral("year")).toInt())
            found = true;
    }
    EXPECT_TRUE(found) << "地区生产总值 of " << layout.value(QStringLiteral("year")).toInt() << " is not on the wall";
}

const char *const kFullReports[] = {"gaotangxian-2021.txt", "gaotangxian-2022.txt", "gaotangxian-2023.txt",
                                    "miyixian-2022.txt", "miyixian-2023.txt"};

} // namespace

TEST_F(LayoutCli, EachFullReportMakesAWallALeaderCanRead)
{
    if (!QFile::exists(fullReport(QStringLiteral("gaotangxian-2023.txt"))))
        GTEST_SKIP() << "no shared full reports";
    for (const char *name : kFullReports) {
        const QString db = importAll({fullReport(QString::fromLatin1(name))});
        const QHash<qint64, QJsonObject> figs = figures(db);
        const QJsonObject l = layout(db);
        expectWallRules(l, figs, 12, name);
        expectGdpOnTheWall(l, figs);
        expectWallRules(layout(db, QStringLiteral("1024x768")), figs, 8, std::string(name) + " at 1024x768");
        expectWallRules(layout(db, QStringLiteral("5760x1080")), figs, 18, std::string(name) + " at 5760x1080");
    }
}

TEST_F(LayoutCli, ThreeYearsOfOneCountyShowTheNewest)
{
    if (!QFile::exists(fullReport(QStringLiteral("gaotangxian-2023.txt"))))
        GTEST_SKIP() << "no shared full reports";
    const QString db = importAll({fullReport(QStringLiteral("gaotangxian-2021.txt")),
                                  fullReport(QStringLiteral("gaotangxian-2022.txt")),
                                  fullReport(QStringLiteral("gaotangxian-2023.txt"))});
    const QJsonObject l = layout(db);
    EXPECT_EQ(l.value(QStringLiteral("county")).toString(), QStringLiteral("高唐县"));
    EXPECT_EQ(l.value(QStringLiteral("year")).toInt(), 2022);
    const QHash<qint64, QJsonObject> figs = figures(db);
    expectWallRules(l, figs, 12, "高唐县 2021–2023");
    expectGdpOnTheWall(l, figs);
}

TEST_F(LayoutCli, FillingAPendingFigureKeepsThePageShape)
{
    // The shipped draft (default database): its pending figures are on the wall as pending,
    // and a fill changes a value, never which cards and charts a page has.
    const QJsonObject before = layout(QString());
    const QHash<qint64, QJsonObject> figs = figures(QString());
    expectWallRules(before, figs, 12, "draft");
    expectGdpOnTheWall(before, figs);
    EXPECT_GT(before.value(QStringLiteral("pendingShown")).toInt(), 0);

    // A pending figure shown on a page, filled with a value its mask takes.
    QString csvRow;
    for (const QJsonValue &pv : before.value(QStringLiteral("pages")).toArray()) {
        for (const QJsonValue &cv : pv.toObject().value(QStringLiteral("cards")).toArray()) {
            const QJsonObject f = figs.value(cv.toObject().value(QStringLiteral("figure")).toInteger());
            const QString mask = f.value(QStringLiteral("mask")).toString();
            if (csvRow.isEmpty() && f.value(QStringLiteral("pending")).toBool() && f.value(QStringLiteral("value")).isNull()
                && !mask.isEmpty() && !mask.contains(u'%')) {
                QString value = mask;
                value.replace(u'x', u'5').replace(u'X', u'5');
                csvRow = QStringLiteral("#%1,%2,\n").arg(f.value(QStringLiteral("id")).toInteger()).arg(value);
            }
        }
    }
    ASSERT_FALSE(csvRow.isEmpty()) << "no pending card in the draft";
    const QString csv = m_dir.filePath(QStringLiteral("fill.csv"));
    ASSERT_TRUE(testsupport::writeFile(csv, (QStringLiteral("figure,value,growth\n") + csvRow).toUtf8()));
    const CliResult filled = run({QStringLiteral("fill"), csv});
    ASSERT_EQ(filled.exitCode, 0) << filled.err.toStdString();

    QJsonObject after = layout(QString());
    EXPECT_LT(after.value(QStringLiteral("pendingShown")).toInt(), before.value(QStringLiteral("pendingShown")).toInt());
    QJsonObject beforeShape = before;
    for (QJsonObject *o : {&beforeShape, &after}) {
        o->remove(QStringLiteral("pendingShown"));
        o->remove(QStringLiteral("pendingElsewhere"));
    }
    EXPECT_EQ(beforeShape, after);
}

TEST_F(LayoutCli, RefusesABadSize)
{
    const CliResult r = run({QStringLiteral("layout"), QStringLiteral("--json"), QStringLiteral("--size"), QStringLiteral("big")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--size"))) << r.err.toStdString();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
