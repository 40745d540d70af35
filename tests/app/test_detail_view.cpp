// The detail view and the ticker driven off-screen like a meeting would: a figure late in a
// long sentence, a value near the axis maximum, a pointer resting on the ticker, taps between
// figures of one sentence, a list longer than its panel. Any QML warning fails the test.
#include "AppSettings.h"
#include "Dashboard.h"
#include "Store.h"

#include <QApplication>
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

QStringList s_problems;

// Indicators of one long sentence, in the order the sentence states them.
struct Stated
{
    QString name;
    double value;
    QString unit;
};

// More than a detail's list shows at 1024×768, so that list has to scroll.
const QList<Stated> kStated = [] {
    QList<Stated> list{
        {u"地区生产总值"_s, 85.6, u"亿元"_s},   {u"规上工业增加值"_s, 9.85, u"亿元"_s},
        {u"固定资产投资"_s, 75, u"亿元"_s},     {u"社会消费品零售总额"_s, 50, u"亿元"_s},
        {u"进出口总额"_s, 27, u"亿元"_s},       {u"金融机构存款余额"_s, 370, u"亿元"_s},
        {u"金融机构贷款余额"_s, 204, u"亿元"_s}, {u"一般公共预算收入"_s, 11.7, u"亿元"_s},
    };
    for (int i = 1; i <= 12; ++i)
        list.append({u"第%1类专项资金"_s.arg(i), 1.5 + i, u"亿元"_s});
    list.append({u"城镇居民人均可支配收入"_s, 32560, u"元"_s});
    return list;
}();

// A report whose economy paragraph runs long before one sentence that states every indicator
// above, the income last; each context sentence is a highlight, so the ticker scrolls.
ParsedReport longReport(int year, bool pendingGdp, const QString &extra = QString())
{
    ParsedReport r;
    r.county = u"示范县"_s;
    r.year = year;
    r.title = u"示范县政府工作报告"_s;
    QStringList context;
    for (int i = 1; i <= 24; ++i)
        context << u"持续推进第%1项重点工程建设，项目进展顺利，群众满意度不断提升。"_s.arg(i);
    QString sentence = extra + u"全年"_s;
    for (const Stated &s : kStated) {
        const QString value = pendingGdp && s.name == u"地区生产总值"_s ? u"xx.x"_s : QString::number(s.value);
        sentence += s.name + u"达到"_s + value + s.unit + (&s == &kStated.last() ? u"。"_s : u"；"_s);
    }
    r.text = u"一、经济运行\n"_s + context.join(QString()) + sentence + u"\n二、其他\n结束。\n"_s;
    Section section;
    section.level = 1;
    section.ordinal = 1;
    section.title = u"经济运行"_s;
    section.start = 0;
    section.end = int(r.text.size());
    r.sections.append(section);

    const int sentenceStart = int(r.text.indexOf(sentence));
    for (const Stated &s : kStated) {
        Figure f;
        f.name = s.name;
        f.key = s.name;
        f.domain = u"economy"_s;
        f.unit = s.unit;
        f.growth = 6.3;
        f.growthKind = u"比上年"_s;
        f.sentence = sentence;
        f.sentenceStart = sentenceStart;
        f.sentenceEnd = sentenceStart + int(sentence.size());
        f.start = int(r.text.indexOf(s.name + u"达到"_s, sentenceStart)) + int(s.name.size()) + 2;
        const bool pending = pendingGdp && s.name == u"地区生产总值"_s;
        f.value = pending ? std::nullopt : std::optional<double>(s.value);
        f.pending = pending;
        f.mask = pending ? u"xx.x"_s : QString();
        f.end = f.start + int((pending ? f.mask : QString::number(s.value)).size() + s.unit.size());
        f.section = section.title;
        f.sectionIndex = 0;
        r.figures.append(f);
    }
    int at = int(r.text.indexOf(context.first()));
    for (const QString &c : std::as_const(context)) {
        r.highlights.append(Highlight{0, c, section.title, 0, at, at + int(c.size()), 3});
        at += int(c.size());
    }
    return r;
}

class DetailViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        s_problems.clear();
        ASSERT_TRUE(m_dir.isValid());
        save(longReport(2022, false));
        QString error;
        Dashboard::instance()->detail()->close();
        ASSERT_TRUE(Dashboard::instance()->openDatabase(m_dir.filePath(u"d.db"_s), &error)) << error.toStdString();
        AppSettings::instance()->setRotateSeconds(0);
        AppSettings::instance()->setKiosk(false);
        AppSettings::instance()->setPaused(false);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/qt/qml"_s);
        m_engine->load(QUrl(u"qrc:/qt/qml/Briefing/Main.qml"_s));
        ASSERT_FALSE(m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        ASSERT_TRUE(m_window);
        resize(1920, 1080);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window));
    }

    void TearDown() override
    {
        Dashboard::instance()->detail()->close();
        m_engine.reset();
        AppSettings::instance()->setKiosk(false);
        EXPECT_TRUE(s_problems.isEmpty()) << s_problems.join(u'\n').toStdString();
    }

    void save(const ParsedReport &r)
    {
        QString error;
        auto store = Store::open(m_dir.filePath(u"d.db"_s), Store::Mode::ReadWrite, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_GT(store->saveReport(r, u"r.txt"_s, &error), 0) << error.toStdString();
    }

    void resize(int w, int h)
    {
        m_window->resize(w, h);
        QTest::qWait(30);
    }

    qint64 figureId(const QString &name) const
    {
        FigureModel *figures = Dashboard::instance()->economy()->figures();
        for (int i = 0; i < figures->rowCount(); ++i) {
            if (figures->figureAt(i).name == name)
                return figures->figureAt(i).id;
        }
        return 0;
    }

    DetailModel *open(const QString &name)
    {
        DetailModel *detail = Dashboard::instance()->detail();
        detail->close();
        detail->openFigure(figureId(name));
        QMetaObject::invokeMethod(m_window, "settleNow");
        QTest::qWait(30);
        return detail;
    }

    // The first item shown (itself and its ancestors visible) that matches, depth first.
    template<typename Match>
    static QQuickItem *shown(QQuickItem *root, const Match &match)
    {
        if (!root->isVisible())
            return nullptr;
        if (match(root))
            return root;
        for (QQuickItem *child : root->childItems()) {
            if (QQuickItem *found = shown(child, match))
                return found;
        }
        return nullptr;
    }

    QQuickItem *item(const QString &objectName) const
    {
        return shown(m_window->contentItem(), [&](QQuickItem *i) { return i->objectName() == objectName; });
    }

    void tap(QQuickItem *target)
    {
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
        QTest::qWait(20);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

TEST_F(DetailViewTest, TheSourceShowsTheFiguresOwnWordsAtEverySize)
{
    for (const QSize size : {QSize(1920, 1080), QSize(1024, 768), QSize(1280, 1024), QSize(2560, 1080)}) {
        resize(size.width(), size.height());
        DetailModel *detail = open(u"城镇居民人均可支配收入"_s);
        ASSERT_EQ(detail->sourceMention(), u"32560元"_s);
        QQuickItem *panel = item(u"sourcePanel"_s);
        QQuickItem *flick = item(u"sourceFlick"_s);
        QQuickItem *text = item(u"sourceText"_s);
        ASSERT_TRUE(panel && flick && text);
        QTest::qWait(30);
        const int offset = panel->property("mentionOffset").toInt();
        ASSERT_GT(offset, 200); // late in a long paragraph
        const int length = int(detail->sourceMention().size());
        QRectF first;
        QRectF last;
        QMetaObject::invokeMethod(text, "positionToRectangle", Q_RETURN_ARG(QRectF, first), Q_ARG(int, offset));
        QMetaObject::invokeMethod(text, "positionToRectangle", Q_RETURN_ARG(QRectF, last),
                                  Q_ARG(int, offset + length - 1));
        const double top = flick->property("contentY").toDouble();
        const double bottom = top + flick->height();
        EXPECT_GE(first.top(), top - 0.5) << size.width() << "x" << size.height();
        EXPECT_LE(last.bottom(), bottom + 0.5) << size.width() << "x" << size.height();
        // More than the sentence alone: the paragraph fills the panel around it.
        EXPECT_GT(flick->property("contentHeight").toDouble(), flick->height());
    }
}

TEST_F(DetailViewTest, TheTrendLeavesHeadRoomForItsTopPointAndLabel)
{
    save(longReport(2021, false));
    Dashboard::instance()->poll();
    for (const QSize size : {QSize(1920, 1080), QSize(1024, 768)}) {
        resize(size.width(), size.height());
        open(u"规上工业增加值"_s);
        QQuickItem *plot = item(u"trendPlot"_s);
        ASSERT_TRUE(plot);
        for (int i = 0; i < 3; ++i) {
            QQuickItem *label = item(u"trendLabel%1"_s.arg(i));
            if (!label)
                continue;
            const QRectF r = label->mapRectToItem(plot, QRectF(0, 0, label->width(), label->height()));
            EXPECT_GE(r.top(), 0) << i << " at " << size.width();
            EXPECT_LE(r.right(), plot->width() + 0.5);
            EXPECT_GE(r.left(), -0.5);
            EXPECT_FALSE(label->property("truncated").toBool());
        }
    }
}

TEST_F(DetailViewTest, APendingYearIsDrawnAsAPendingPoint)
{
    save(longReport(2021, true));
    Dashboard::instance()->poll();
    DetailModel *detail = open(u"地区生产总值"_s);
    ASSERT_EQ(detail->rowCount(), 2);
    QQuickItem *label = item(u"trendLabel0"_s);
    ASSERT_TRUE(label);
    EXPECT_TRUE(label->property("text").toString().contains(u"待填报"_s));
    // One point for 2021: pending, and not the "one year only" hint.
    EXPECT_FALSE(item(u"trendPlot"_s)->parentItem()->parentItem()->property("note").toString().contains(u"仅一年"_s));
}

TEST_F(DetailViewTest, ABreakTheReportExplainsIsMarkedNotDrawnAsACollapse)
{
    ParsedReport before = longReport(2021, false);
    before.figures[0].value = 160;
    save(before);
    save(longReport(2022, false, u"按第四次经济普查结果修订，"_s));
    Dashboard::instance()->poll();
    DetailModel *detail = open(u"地区生产总值"_s);
    // 2021 derived from 2021's change, then 2021 and 2022 as reported: the break before 2022.
    ASSERT_EQ(detail->rowCount(), 3);
    EXPECT_EQ(detail->data(detail->index(2), DetailModel::BreakNoteRole).toString(), u"第四次经济普查"_s);
    QQuickItem *mark = item(u"trendBreak2"_s);
    ASSERT_TRUE(mark);
    EXPECT_GT(mark->height(), 0);
    EXPECT_FALSE(item(u"trendBreak1"_s));
}

TEST_F(DetailViewTest, GoingBackAlongThePathByTappingTheBreadcrumb)
{
    DetailModel *detail = open(u"地区生产总值"_s);
    ASSERT_EQ(detail->related()->rowCount(), int(kStated.size()) - 1);
    // Hopping between two figures of the sentence keeps the path short.
    for (int i = 0; i < 10; ++i) {
        detail->openFigure(figureId(u"进出口总额"_s));
        detail->openFigure(figureId(u"地区生产总值"_s));
    }
    EXPECT_EQ(detail->depth(), 1);
    detail->openFigure(figureId(u"进出口总额"_s));
    detail->openFigure(figureId(u"金融机构存款余额"_s));
    ASSERT_EQ(detail->depth(), 3);
    QTest::qWait(30);
    QQuickItem *first = item(u"crumb1"_s);
    ASSERT_TRUE(first);
    EXPECT_GE(first->height(), m_window->height() * 68.0 / 1080.0 - 1);
    tap(first);
    EXPECT_EQ(detail->depth(), 1);
    EXPECT_EQ(detail->name(), u"地区生产总值"_s);
    tap(item(u"crumb0"_s));
    EXPECT_FALSE(detail->isOpen());
}

TEST_F(DetailViewTest, AListLongerThanItsPanelSaysItScrolls)
{
    resize(1024, 768);
    open(u"地区生产总值"_s);
    QQuickItem *list = item(u"partsList"_s);
    ASSERT_TRUE(list);
    const int count = list->property("count").toInt();
    const double row = list->property("contentHeight").toDouble() / count;
    const int shown = int(std::round(list->height() / row));
    ASSERT_GT(count, shown);
    EXPECT_TRUE(list->property("interactive").toBool());
    EXPECT_EQ(list->property("below").toInt(), count - shown);
    const QString note = list->parentItem()->parentItem()->property("note").toString();
    EXPECT_TRUE(note.contains(QString::number(count - shown))) << note.toStdString();
    // Scrolled to the end, it says that too.
    list->setProperty("contentY", list->property("contentHeight").toDouble() - list->height());
    EXPECT_EQ(list->property("below").toInt(), 0);
    EXPECT_NE(list->parentItem()->parentItem()->property("note").toString(), note);
}

TEST_F(DetailViewTest, TheTickerIsNotFrozenByAPointerThatOnlyRests)
{
    QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QVariant, 0));
    QTest::qWait(50);
    QQuickItem *ticker = shown(m_window->contentItem(), [](QQuickItem *i) {
        return QByteArray(i->metaObject()->className()).startsWith("HighlightsTicker");
    });
    ASSERT_TRUE(ticker);
    ASSERT_TRUE(ticker->property("scrolling").toBool());
    const QPoint inside = ticker->mapToScene(QPointF(ticker->width() / 2, ticker->height() / 2)).toPoint();
    auto advances = [&](int ms) {
        const double before = ticker->property("offset").toDouble();
        QTest::qWait(ms);
        return ticker->property("offset").toDouble() != before;
    };

    // Kiosk: the pointer is hidden; resting or moving, it never holds the ticker.
    AppSettings::instance()->setKiosk(true);
    EXPECT_TRUE(advances(400));
    QTest::mouseMove(m_window, inside);
    QTest::mouseMove(m_window, inside + QPoint(3, 3));
    EXPECT_TRUE(advances(400));

    // A visible pointer that moves holds it; once it rests, the ticker goes on.
    AppSettings::instance()->setKiosk(false);
    QTest::mouseMove(m_window, inside);
    QTest::mouseMove(m_window, inside + QPoint(5, 0));
    EXPECT_FALSE(advances(400));
    QTest::qWait(3000);
    EXPECT_TRUE(advances(400));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type != QtDebugMsg && type != QtInfoMsg)
            s_problems.append(message);
    });
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
