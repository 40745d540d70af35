#include "Curation.h"
#include "Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

Figure figure(const QString &name, std::optional<double> value, const QString &mask = QString(),
              const QString &growthMask = QString())
{
    Figure f;
    f.name = name;
    f.key = name;
    f.domain = QStringLiteral("economy");
    f.value = value;
    f.unit = QStringLiteral("亿元");
    f.pending = !mask.isEmpty();
    f.mask = mask;
    f.growthPending = !growthMask.isEmpty();
    f.growthMask = growthMask;
    f.sentence = QStringLiteral("%1实现。").arg(name);
    f.start = 0;
    f.end = 2;
    f.sentenceStart = 0;
    f.sentenceEnd = 4;
    return f;
}

// A draft with a pending GDP (xx.x, growth x.x), a stated fiscal revenue, a name that occurs
// twice and a pending tax figure; `version` changes the tax figure's name to model a new
// version of the same report.
ParsedReport draft(int version = 1)
{
    ParsedReport r;
    r.title = QStringLiteral("政府工作报告");
    r.county = QStringLiteral("示例县");
    r.year = 2023;
    r.text = QStringLiteral("地区生产总值实现xx.x亿元。");
    r.figures.append(figure(QStringLiteral("地区生产总值"), std::nullopt, QStringLiteral("xx.x"), QStringLiteral("x.x")));
    r.figures.append(figure(QStringLiteral("一般公共预算收入"), 5.6));
    r.figures.append(figure(QStringLiteral("固定资产投资"), 12.0));
    r.figures.append(figure(QStringLiteral("固定资产投资"), 3.0));
    r.figures.append(figure(version == 1 ? QStringLiteral("税收收入") : QStringLiteral("税收总收入"), std::nullopt,
                            QStringLiteral("x.x")));
    return r;
}

class CurationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("c.db")), Store::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_store) << error.toStdString();
        ASSERT_GT(m_store->saveReport(draft(), QStringLiteral("draft.txt"), &error), 0) << error.toStdString();
        m_curation = std::make_unique<Curation>(m_store.get());
        reloadIds();
    }

    void reloadIds()
    {
        m_ids.clear();
        for (const Figure &f : m_store->figures(m_store->latestReport()->id))
            m_ids.append(f.id);
    }

    Figure fig(int index) { return *m_store->figure(m_ids.at(index)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Curation> m_curation;
    QList<qint64> m_ids;
};

} // namespace

TEST_F(CurationTest, FillsAPendingFigureAndRecordsWhoAndWhat)
{
    QString error;
    ASSERT_TRUE(m_curation->setValues({{m_ids[0], 85.6, 6.3}}, &error)) << error.toStdString();
    const Figure gdp = fig(0);
    EXPECT_FALSE(gdp.pending);
    EXPECT_FALSE(gdp.growthPending);
    EXPECT_DOUBLE_EQ(*gdp.value, 85.6);
    EXPECT_DOUBLE_EQ(*gdp.growth, 6.3);

    const QList<ChangeRecord> history = m_curation->history(QStringLiteral("示例县"), 2023);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[1].field, Curation::Value);
    EXPECT_TRUE(history[1].oldNull);
    EXPECT_EQ(history[1].newValue, QStringLiteral("85.6"));
    EXPECT_EQ(history[0].field, Curation::Growth);
    EXPECT_EQ(history[0].osUser, Curation::osUser());
    EXPECT_FALSE(history[0].osUser.isEmpty());
    EXPECT_EQ(history[0].figureName, QStringLiteral("地区生产总值"));
    EXPECT_TRUE(history[0].changedAt.isValid());
}

TEST_F(CurationTest, RefusesWhatBreaksTheMaskAndWritesNothing)
{
    QString error;
    // The second edit is wrong, so the first one is not written either.
    EXPECT_FALSE(m_curation->setValues({{m_ids[4], 5.1, std::nullopt}, {m_ids[0], 856, std::nullopt}}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("xx.x"))) << error.toStdString();
    EXPECT_TRUE(fig(4).pending);
    EXPECT_TRUE(fig(0).pending);
    EXPECT_TRUE(m_curation->history(QStringLiteral("示例县"), 2023).isEmpty());

    EXPECT_FALSE(m_curation->setValues({{m_ids[0], std::nullopt, 63}}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("growth refused"))) << error.toStdString();
    // A fall (下降) of 6.3 fits x.x.
    EXPECT_TRUE(m_curation->setValues({{m_ids[0], std::nullopt, -6.3}}, &error)) << error.toStdString();
}

TEST_F(CurationTest, CorrectionsOfAFilledFigureAreStillMaskChecked)
{
    QString error;
    ASSERT_TRUE(m_curation->setValues({{m_ids[0], 85.6, std::nullopt}}, &error));
    EXPECT_FALSE(m_curation->setValues({{m_ids[0], 856, std::nullopt}}, &error));
    EXPECT_FALSE(m_curation->setValues({{m_ids[0], -85.6, std::nullopt}}, &error));
    EXPECT_DOUBLE_EQ(*fig(0).value, 85.6);
    ASSERT_TRUE(m_curation->setValues({{m_ids[0], 86.1, std::nullopt}}, &error));
    EXPECT_DOUBLE_EQ(*fig(0).value, 86.1);
    // Without a mask any finite number goes.
    ASSERT_TRUE(m_curation->setValues({{m_ids[1], 560, std::nullopt}}, &error));
    EXPECT_DOUBLE_EQ(*fig(1).value, 560);
}

TEST_F(CurationTest, OverridesAreKeptPerFigureAndEmptyOnesDisappear)
{
    QString error;
    ASSERT_TRUE(m_curation->setLabel(m_ids[1], QStringLiteral("财政收入"), &error)) << error.toStdString();
    ASSERT_TRUE(m_curation->setHidden(m_ids[2], true, &error));
    ASSERT_TRUE(m_curation->setPin(m_ids[0], QStringLiteral("economy"), 0, &error));
    ASSERT_TRUE(m_curation->setPin(m_ids[1], QStringLiteral("economy"), 1, &error));

    QList<FigureOverride> all = m_curation->overrides(QStringLiteral("示例县"), 2023);
    ASSERT_EQ(all.size(), 3);
    const FigureOverride fiscal = m_curation->overrideFor(m_ids[1]);
    EXPECT_EQ(fiscal.figureId, m_ids[1]);
    EXPECT_EQ(fiscal.label, QStringLiteral("财政收入"));
    EXPECT_EQ(fiscal.pinPage, QStringLiteral("economy"));
    EXPECT_EQ(fiscal.order, 1);
    EXPECT_TRUE(m_curation->overrideFor(m_ids[2]).hidden);

    // Reorder: the fiscal card first.
    ASSERT_TRUE(m_curation->setPinnedOrder(QStringLiteral("economy"), {m_ids[1], m_ids[0]}, &error));
    EXPECT_EQ(m_curation->overrideFor(m_ids[1]).order, 0);
    EXPECT_EQ(m_curation->overrideFor(m_ids[0]).order, 1);

    ASSERT_TRUE(m_curation->setHidden(m_ids[2], false, &error));
    EXPECT_EQ(m_curation->overrides(QStringLiteral("示例县"), 2023).size(), 2);
}

TEST_F(CurationTest, ALaterMentionOfTheSameNameIsCuratedThroughTheFirst)
{
    QString error;
    EXPECT_EQ(m_curation->curatedFigureId(m_ids[3]), m_ids[2]);
    EXPECT_FALSE(m_curation->setLabel(m_ids[3], QStringLiteral("投资"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("#%1").arg(m_ids[2]))) << error.toStdString();
    // Its value is its own.
    EXPECT_TRUE(m_curation->setValues({{m_ids[3], 3.5, std::nullopt}}, &error));
    EXPECT_DOUBLE_EQ(*fig(2).value, 12.0);
}

TEST_F(CurationTest, HeadlinesAreChosenAsAnOrderedSet)
{
    QString error;
    ASSERT_TRUE(m_curation->setHeadlines(QStringLiteral("示例县"), 2023, {m_ids[1], m_ids[0]}, &error)) << error.toStdString();
    EXPECT_EQ(m_curation->overrideFor(m_ids[1]).headlineOrder, 0);
    EXPECT_EQ(m_curation->overrideFor(m_ids[0]).headlineOrder, 1);
    ASSERT_TRUE(m_curation->setHeadlines(QStringLiteral("示例县"), 2023, {m_ids[2]}, &error));
    EXPECT_EQ(m_curation->overrideFor(m_ids[1]).headlineOrder, -1);
    EXPECT_EQ(m_curation->overrideFor(m_ids[0]).headlineOrder, -1);
    EXPECT_EQ(m_curation->overrideFor(m_ids[2]).headlineOrder, 0);
    ASSERT_TRUE(m_curation->setHeadlines(QStringLiteral("示例县"), 2023, {}, &error));
    EXPECT_TRUE(m_curation->overrides(QStringLiteral("示例县"), 2023).isEmpty());
}

TEST_F(CurationTest, UndoPutsBackWhatWasThereIncludingAPlaceholder)
{
    QString error;
    ASSERT_TRUE(m_curation->setValues({{m_ids[0], 85.6, std::nullopt}}, &error));
    ASSERT_TRUE(m_curation->setLabel(m_ids[1], QStringLiteral("财政收入"), &error));
    ASSERT_TRUE(m_curation->setLabel(m_ids[1], QStringLiteral("公共预算收入"), &error));

    QList<ChangeRecord> history = m_curation->history(QStringLiteral("示例县"), 2023);
    ASSERT_EQ(history.size(), 3);
    // The first rename was overwritten by the second: undo that one first.
    EXPECT_FALSE(m_curation->undo(history[1].id, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("later"))) << error.toStdString();
    ASSERT_TRUE(m_curation->undo(history[0].id, &error)) << error.toStdString();
    EXPECT_EQ(m_curation->overrideFor(m_ids[1]).label, QStringLiteral("财政收入"));
    ASSERT_TRUE(m_curation->undo(history[1].id, &error)) << error.toStdString();
    EXPECT_TRUE(m_curation->overrideFor(m_ids[1]).label.isEmpty());
    EXPECT_FALSE(m_curation->undo(history[1].id, &error));

    ASSERT_TRUE(m_curation->undo(history[2].id, &error)) << error.toStdString();
    EXPECT_TRUE(fig(0).pending);
    EXPECT_FALSE(fig(0).value);

    history = m_curation->history(QStringLiteral("示例县"), 2023);
    ASSERT_EQ(history.size(), 6);
    EXPECT_EQ(std::count_if(history.cbegin(), history.cend(), [](const ChangeRecord &c) { return c.undone; }), 3);
    // An undo is a change of its own and can be undone in turn (redo).
    ASSERT_TRUE(m_curation->undo(history[0].id, &error)) << error.toStdString();
    EXPECT_DOUBLE_EQ(*fig(0).value, 85.6);
}

TEST_F(CurationTest, OverridesSurviveANewVersionOfTheReportAndTheLostOnesAreListed)
{
    QString error;
    ASSERT_TRUE(m_curation->setLabel(m_ids[1], QStringLiteral("财政收入"), &error));
    ASSERT_TRUE(m_curation->setHidden(m_ids[4], true, &error));
    ASSERT_GT(m_store->saveReport(draft(2), QStringLiteral("draft-v2.txt"), &error), 0) << error.toStdString();
    reloadIds();

    EXPECT_EQ(m_curation->overrideFor(m_ids[1]).label, QStringLiteral("财政收入"));
    const QList<FigureOverride> lost = m_curation->unmatched(QStringLiteral("示例县"), 2023);
    ASSERT_EQ(lost.size(), 1);
    EXPECT_EQ(lost[0].figureName, QStringLiteral("税收收入"));
    EXPECT_TRUE(lost[0].hidden);

    // The rename can still be undone on the new figure.
    const QList<ChangeRecord> history = m_curation->history(QStringLiteral("示例县"), 2023);
    ASSERT_TRUE(m_curation->undo(history.last().id, &error)) << error.toStdString();
    EXPECT_TRUE(m_curation->overrideFor(m_ids[1]).label.isEmpty());
}

TEST_F(CurationTest, AReadOnlyStoreReadsButNeverWrites)
{
    QString error;
    ASSERT_TRUE(m_curation->setLabel(m_ids[1], QStringLiteral("财政收入"), &error));
    auto reader = Store::open(m_store->path(), Store::Mode::ReadOnly, &error);
    ASSERT_TRUE(reader) << error.toStdString();
    Curation wall(reader.get());
    ASSERT_EQ(wall.overrides(QStringLiteral("示例县"), 2023).size(), 1);
    EXPECT_EQ(wall.overrides(QStringLiteral("示例县"), 2023)[0].figureId, m_ids[1]);
    EXPECT_FALSE(wall.setHidden(m_ids[1], true, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("read-only")));
}
