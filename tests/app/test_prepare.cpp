// Drives the prepare console off-screen the way staff use it: type into the pending list
// (a value that breaks the mask is refused with the reason), save, correct a filled figure,
// rename, hide, pin and reorder, choose headlines, undo from the history. Any QML warning
// fails the test.
#include "Catalogue.h"
#include "Curation.h"
#include "Dashboard.h"
#include "PrepareSession.h"
#include "QmlTestSupport.h"
#include "Store.h"
#include "compose/ReportLayout.h"
#include "test_models_fixture.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(BriefingPlugin)
Q_IMPORT_QML_PLUGIN(BriefingPreparePlugin)

using namespace Qt::StringLiterals;

namespace {

using qmltest::collectItems;
QStringList &s_warnings = qmltest::warnings();

// The draft fixture plus a revenue figure whose value (xx.x) and growth (x.x) are pending.
ParsedReport draft()
{
    ParsedReport r = fixture::report(2022, u"规上工业增加值"_s, 9.85, 85.6);
    Figure f = fixture::figure(u"一般公共预算收入"_s, u"一般公共预算收入"_s, u"economy"_s, std::nullopt, u"亿元"_s);
    f.pending = true;
    f.mask = u"xx.x"_s;
    f.growthPending = true;
    f.growthMask = u"x.x"_s;
    f.growthKind = u"同比"_s;
    f.sentence = u"一般公共预算收入完成xx.x亿元，同比增长x.x%。"_s;
    r.figures.append(f);
    return r;
}

class PrepareTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        s_warnings.clear();
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"briefing.db"_s);
        QString error;
        {
            auto store = Store::open(m_path, Store::Mode::ReadWrite, &error);
            ASSERT_TRUE(store) << error.toStdString();
            ASSERT_GT(store->saveReport(draft(), u"draft.txt"_s, &error), 0) << error.toStdString();
        }
        m_reader = Store::open(m_path, Store::Mode::ReadOnly, &error);
        ASSERT_TRUE(m_reader) << error.toStdString();
        for (const Figure &f : m_reader->figures(m_reader->latestReport()->id))
            m_ids.insert(f.name, f.id);

        ASSERT_TRUE(PrepareSession::instance()->open(m_path, &error)) << error.toStdString();
        ASSERT_TRUE(Dashboard::instance()->openDatabase(m_path, &error)) << error.toStdString();
        QObject::connect(PrepareSession::instance(), &PrepareSession::changed, Dashboard::instance(), &Dashboard::poll);

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/qt/qml"_s);
        m_engine->load(QUrl(u"qrc:/qt/qml/BriefingPrepare/PrepareWindow.qml"_s));
        ASSERT_FALSE(m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        ASSERT_TRUE(m_window);
        m_window->resize(1366, 768);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window));
        m_window->requestActivate();
        QTest::qWait(50);
    }

    void TearDown() override
    {
        QObject::disconnect(PrepareSession::instance(), &PrepareSession::changed, Dashboard::instance(), &Dashboard::poll);
        m_engine.reset();
        EXPECT_TRUE(s_warnings.isEmpty()) << s_warnings.join(u'\n').toStdString();
    }

    Figure stored(const QString &name) { return *m_reader->figure(m_ids.value(name)); }

    void showTab(int index)
    {
        m_window->setProperty("currentTab", index);
        QTest::qWait(50);
    }

    // The visible item with this objectName inside the delegate of this figure (or anywhere
    // when figureId is 0).
    QQuickItem *item(const QString &objectName, qint64 figureId = 0)
    {
        // Delegates are children in the item tree, not always in the object tree.
        QList<QQuickItem *> found;
        collectItems(m_window->contentItem(), &found);
        for (QQuickItem *candidate : std::as_const(found)) {
            if (candidate->objectName() != objectName || !candidate->isVisible())
                continue;
            if (!qmltest::effectivelyVisible(candidate))
                continue;
            if (figureId == 0)
                return candidate;
            for (QQuickItem *i = candidate; i; i = i->parentItem()) {
                if (i->property("figureId").isValid()) {
                    if (i->property("figureId").toLongLong() == figureId)
                        return candidate;
                    break;
                }
            }
        }
        return nullptr;
    }

    void type(QQuickItem *field, const QString &text)
    {
        ASSERT_TRUE(field);
        field->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_window, Qt::Key_Backspace);
        // One key event per character, with its text, as a keyboard (or an IME) sends it.
        for (QChar c : text)
            QTest::sendKeyEvent(QTest::Click, m_window, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::qWait(20);
    }

    void click(QQuickItem *target)
    {
        ASSERT_TRUE(target);
        ASSERT_TRUE(target->isEnabled()) << target->objectName().toStdString();
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
        QTest::qWait(50);
    }

    QString status() const { return PrepareSession::instance()->message(); }

    // What the wall shows after the change: the running wall's layout (it polls on every
    // change of the session) and the one `layout --json` prints, computed from the store.
    QList<Layout> walls()
    {
        Dashboard::instance()->poll();
        const std::optional<ReportInfo> report = m_reader->latestReport();
        return {Dashboard::instance()->layout(), ReportLayout::compose(*m_reader, *report, QSize(1920, 1080))};
    }

    // The ids of a page's cards, in order.
    static QList<qint64> cardsOf(const Layout &layout, const QString &page)
    {
        QList<qint64> ids;
        if (const LayoutPage *p = layout.page(page)) {
            for (const LayoutCard &c : p->cards)
                ids.append(c.figure);
        }
        return ids;
    }

    // The label a figure carries wherever it is on a card or in a chart; empty when the
    // wall does not show it.
    static QString labelOn(const Layout &layout, qint64 figure)
    {
        for (const LayoutPage &p : layout.pages) {
            for (const LayoutCard &c : p.cards) {
                if (c.figure == figure)
                    return c.label;
            }
            for (const LayoutChart &chart : p.charts) {
                for (const LayoutPoint &point : chart.points) {
                    if (point.figure == figure)
                        return point.label;
                }
            }
        }
        return QString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_reader;
    QHash<QString, qint64> m_ids;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace

TEST_F(PrepareTest, FillsPendingFiguresAndRefusesWhatBreaksTheMask)
{
    const qint64 revenue = m_ids.value(u"一般公共预算收入"_s);
    const qint64 tax = m_ids.value(u"税收收入"_s);
    EXPECT_EQ(PrepareSession::instance()->pending()->rowCount(), 2);

    // 856 for xx.x: refused as typed, with the range the mask admits, and nothing can be saved.
    type(item(u"valueField"_s, revenue), u"856"_s);
    QQuickItem *problem = item(u"problemLabel"_s, revenue);
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->property("text").toString().contains(u"10.0"_s)) << problem->property("text").toString().toStdString();
    EXPECT_FALSE(item(u"savePendingButton"_s)->isEnabled());

    type(item(u"valueField"_s, revenue), u"85.6"_s);
    EXPECT_FALSE(item(u"problemLabel"_s, revenue));
    type(item(u"growthField"_s, revenue), u"－2.1"_s); // an IME's full-width minus: a fall
    type(item(u"valueField"_s, tax), u"5,6"_s);
    EXPECT_TRUE(item(u"problemLabel"_s, tax));
    type(item(u"valueField"_s, tax), u"5.6"_s);
    EXPECT_EQ(PrepareSession::instance()->pending()->draftCount(), 2);
    EXPECT_EQ(PrepareSession::instance()->pending()->problemCount(), 0);
    click(item(u"savePendingButton"_s));

    EXPECT_DOUBLE_EQ(*stored(u"一般公共预算收入"_s).value, 85.6);
    EXPECT_DOUBLE_EQ(*stored(u"一般公共预算收入"_s).growth, -2.1);
    EXPECT_DOUBLE_EQ(*stored(u"税收收入"_s).value, 5.6);
    EXPECT_FALSE(stored(u"税收收入"_s).pending);
    EXPECT_EQ(PrepareSession::instance()->pending()->rowCount(), 0);
    // One transaction, three recorded changes; the preview's (the wall's) data followed.
    EXPECT_EQ(PrepareSession::instance()->history()->rowCount(), 3);
    EXPECT_EQ(Dashboard::instance()->pendingCount(), 0);
}

TEST_F(PrepareTest, CorrectsAFilledFigureStillAgainstItsMask)
{
    const qint64 tax = m_ids.value(u"税收收入"_s);
    ASSERT_TRUE(PrepareSession::instance()->correct(tax, u"5.6"_s, QString()));
    showTab(1);
    item(u"figuresView"_s)->setProperty("selectedId", tax);
    QTest::qWait(20);

    type(item(u"correctValueField"_s), u"56"_s);
    ASSERT_TRUE(item(u"correctProblem"_s));
    EXPECT_TRUE(item(u"correctProblem"_s)->property("text").toString().contains(u"x.x"_s));
    EXPECT_FALSE(item(u"correctButton"_s)->isEnabled());
    EXPECT_FALSE(PrepareSession::instance()->correct(tax, u"56"_s, QString()));
    EXPECT_DOUBLE_EQ(*stored(u"税收收入"_s).value, 5.6);

    type(item(u"correctValueField"_s), u"5.8"_s);
    click(item(u"correctButton"_s));
    EXPECT_DOUBLE_EQ(*stored(u"税收收入"_s).value, 5.8);
    EXPECT_FALSE(PrepareSession::instance()->messageIsError()) << status().toStdString();
}

TEST_F(PrepareTest, RenamesHidesPinsReordersAndUndoes)
{
    PrepareSession *session = PrepareSession::instance();
    const qint64 gdp = m_ids.value(u"地区生产总值"_s);
    const qint64 trade = m_ids.value(u"外贸进出口总额"_s);
    const qint64 tax = m_ids.value(u"税收收入"_s);
    Curation wall(m_reader.get());

    showTab(1);
    item(u"figuresView"_s)->setProperty("selectedId", trade);
    QTest::qWait(20);
    type(item(u"labelField"_s), u"外贸总额"_s);
    click(item(u"renameButton"_s));
    EXPECT_EQ(wall.overrideFor(trade).label, u"外贸总额"_s);
    for (const Layout &l : walls())
        EXPECT_EQ(labelOn(l, trade), u"外贸总额"_s);
    click(item(u"hiddenBox"_s));
    EXPECT_TRUE(wall.overrideFor(trade).hidden);
    for (const Layout &l : walls())
        EXPECT_TRUE(labelOn(l, trade).isEmpty());

    ASSERT_TRUE(session->pin(gdp, u"economy"_s));
    ASSERT_TRUE(session->pin(tax, u"economy"_s));
    EXPECT_EQ(wall.overrideFor(gdp).order, 0);
    EXPECT_EQ(wall.overrideFor(tax).order, 1);
    item(u"figuresView"_s)->setProperty("selectedId", tax);
    QTest::qWait(20);
    click(item(u"pinUpButton"_s));
    EXPECT_EQ(wall.overrideFor(tax).order, 0);
    EXPECT_EQ(wall.overrideFor(gdp).order, 1);
    for (const Layout &l : walls())
        EXPECT_EQ(cardsOf(l, u"economy"_s).mid(0, 2), (QList<qint64>{tax, gdp}));

    ASSERT_TRUE(session->toggleHeadline(tax));
    ASSERT_TRUE(session->toggleHeadline(gdp));
    ASSERT_TRUE(session->moveHeadline(gdp, -1));
    EXPECT_EQ(wall.overrideFor(gdp).headlineOrder, 0);
    EXPECT_EQ(wall.overrideFor(tax).headlineOrder, 1);
    for (const Layout &l : walls())
        EXPECT_EQ(cardsOf(l, u"overview"_s).mid(0, 2), (QList<qint64>{gdp, tax}));

    // The history lists every change, newest first; undo the newest from its row.
    showTab(3);
    const int changes = session->history()->rowCount();
    EXPECT_GE(changes, 8);
    const QModelIndex newest = session->history()->index(0);
    EXPECT_EQ(newest.data(HistoryModel::FieldRole).toString(), Curation::Headline);
    EXPECT_FALSE(newest.data(HistoryModel::UserRole).toString().isEmpty());
    click(item(u"undoButton"_s));
    EXPECT_TRUE(session->history()->index(1).data(HistoryModel::UndoneRole).toBool());
    EXPECT_EQ(session->history()->rowCount(), changes + 1);
    for (const Layout &l : walls())
        EXPECT_EQ(cardsOf(l, u"overview"_s).mid(0, 2), (QList<qint64>{tax, gdp}));

    // Undo the rename too: the wall shows the report's name again.
    qint64 rename = 0;
    for (int row = 0; row < session->history()->rowCount() && rename == 0; ++row) {
        const QModelIndex i = session->history()->index(row);
        if (i.data(HistoryModel::FieldRole).toString() == Curation::Label)
            rename = i.data(HistoryModel::ChangeIdRole).toLongLong();
    }
    ASSERT_TRUE(session->undo(rename)) << status().toStdString();
    EXPECT_FALSE(session->undo(rename));
    EXPECT_TRUE(wall.overrideFor(trade).label.isEmpty());
    EXPECT_TRUE(wall.overrideFor(trade).hidden);
    // Shown again, under the report's own name.
    ASSERT_TRUE(session->setHidden(trade, false)) << status().toStdString();
    for (const Layout &l : walls())
        EXPECT_EQ(labelOn(l, trade), Catalogue::instance().displayName(u"外贸进出口总额"_s));
}

TEST_F(PrepareTest, FiltersByPageRoleAndText)
{
    showTab(1);
    FigureListModel *list = PrepareSession::instance()->figures();
    auto filter = [&](const char *property, const QString &value) {
        list->setProperty(property, value);
        QTest::qWait(20);
        return list->rowCount();
    };
    const int all = list->rowCount();
    EXPECT_EQ(all, list->totalCount());
    EXPECT_EQ(filter("domain", u"urban"_s), 4);
    EXPECT_EQ(filter("text", u"市政"_s), 1);
    EXPECT_EQ(filter("text", u"老旧小区"_s), 2); // in a sentence: the project and its part
    filter("domain", QString());
    filter("text", QString());
    EXPECT_EQ(filter("role", u"target"_s), 0);
    EXPECT_EQ(filter("role", QString()), all);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QQuickStyle::setStyle(u"Fusion"_s);
    qmltest::installCollector();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
