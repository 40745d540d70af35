// Models under QAbstractItemModelTester (Fatal) and QSignalSpy, on databases built here.
#include "AppSettings.h"
#include "Dashboard.h"
#include "DetailModel.h"
#include "DomainData.h"
#include "FigureFormat.h"
#include "FigureModel.h"
#include "HighlightModel.h"
#include "SeriesModel.h"
#include "SourceExcerpt.h"
#include "Store.h"
#include "Vocabulary.h"
#include "test_models_fixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

class ModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("briefing.db"));
    }

    qint64 save(const ParsedReport &r)
    {
        QString error;
        auto store = Store::open(m_path, Store::Mode::ReadWrite, &error);
        EXPECT_TRUE(store) << error.toStdString();
        if (!store)
            return 0;
        const qint64 id = store->saveReport(r, QStringLiteral("test.txt"), &error);
        EXPECT_GT(id, 0) << error.toStdString();
        return id;
    }

    Dashboard *openDashboard()
    {
        Dashboard *d = Dashboard::instance();
        d->detail()->close();
        QString error;
        EXPECT_TRUE(d->openDatabase(m_path, &error)) << error.toStdString();
        return d;
    }

    int rowOf(const QAbstractItemModel *model, const QString &name, int role)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->data(model->index(row, 0), role).toString() == name)
                return row;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST(SourceExcerptTest, ALongSentenceIsCutAroundTheFigure)
{
    Figure f;
    const QString head = QString(80, u'甲');
    f.sentence = head + QStringLiteral("城乡居民人均可支配收入达到25780元") + QString(60, u'乙') + u'。';
    f.sentenceStart = 1000;
    f.sentenceEnd = 1000 + int(f.sentence.size());
    f.start = 1000 + int(f.sentence.indexOf(QStringLiteral("25780元")));
    f.end = f.start + 6;
    const QString cut = SourceExcerpt::around(f, 60);
    EXPECT_TRUE(cut.contains(QStringLiteral("达到25780元"))) << cut.toStdString();
    EXPECT_TRUE(cut.startsWith(u'…') && cut.endsWith(u'…')) << cut.toStdString();
    EXPECT_LE(cut.size(), 62);
    // A short sentence stays whole.
    f.sentence = QStringLiteral("收入达到25780元。");
    f.sentenceEnd = f.sentenceStart + int(f.sentence.size());
    f.start = f.sentenceStart + 4;
    f.end = f.start + 6;
    EXPECT_EQ(SourceExcerpt::around(f, 60), f.sentence);
}

TEST(VocabularyTest, KindsAndQualifiersInOnePlace)
{
    EXPECT_EQ(Vocabulary::kindLabel(QStringLiteral("同比")), QStringLiteral("同比"));
    EXPECT_EQ(Vocabulary::kindLabel(QStringLiteral("倍")), QStringLiteral("倍数"));
    // A comparison with a named year stays as written.
    EXPECT_EQ(Vocabulary::kindLabel(QStringLiteral("比2015年")), QStringLiteral("比2015年"));
    EXPECT_EQ(Vocabulary::qualifiersText(QStringLiteral("预计,左右,")), QStringLiteral("预计 · 左右"));
    EXPECT_EQ(Vocabulary::changeSuffix(QStringLiteral("百分点")), QStringLiteral("个百分点"));
    EXPECT_EQ(Vocabulary::changeSuffix(QStringLiteral("同比")), QStringLiteral("%"));
}

TEST_F(ModelsTest, DashboardExposesTheLatestReport)
{
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    Dashboard *d = openDashboard();
    EXPECT_EQ(d->county(), QStringLiteral("示范县"));
    EXPECT_EQ(d->year(), 2022);
    EXPECT_EQ(d->figureCount(), 8);
    EXPECT_GE(d->pendingCount(), 1);
    EXPECT_TRUE(d->warning().isEmpty());

    QAbstractItemModelTester headlines(d->headlines(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GE(d->headlines()->rowCount(), 2);
    // GDP leads the overview.
    EXPECT_EQ(d->headlines()->data(d->headlines()->index(0), FigureModel::NameRole).toString(),
              QStringLiteral("地区生产总值"));
}

TEST_F(ModelsTest, PendingFiguresCarryTheirMaskAndNoValue)
{
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    Dashboard *d = openDashboard();
    FigureModel *economy = d->economy()->figures();
    QAbstractItemModelTester tester(economy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = rowOf(economy, QStringLiteral("税收收入"), FigureModel::NameRole);
    ASSERT_GE(row, 0);
    const QModelIndex i = economy->index(row);
    EXPECT_TRUE(economy->data(i, FigureModel::PendingRole).toBool());
    EXPECT_FALSE(economy->data(i, FigureModel::ValueRole).isValid());
    EXPECT_EQ(economy->data(i, FigureModel::DisplayValueRole).toString(), QStringLiteral("x.x"));
    // Stated figures come before placeholders.
    EXPECT_EQ(row, economy->rowCount() - 1);
}

// The page's chart of a kind (growth, totals, percapita …), or null.
SeriesModel *chartOfKind(const DomainData *domain, const QString &kind)
{
    for (int i = 0; i < domain->chartCount(); ++i) {
        if (domain->chart(i)->kind() == kind)
            return domain->chart(i);
    }
    return nullptr;
}

TEST_F(ModelsTest, ChartsNeverMixYiAndWan)
{
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    Dashboard *d = openDashboard();
    SeriesModel *urban = chartOfKind(d->urban(), QStringLiteral("totals"));
    ASSERT_NE(urban, nullptr);
    QAbstractItemModelTester tester(urban, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(urban->rowCount(), 2);
    // 1.26 亿元 and 4860 万元 on one axis: both converted into 亿元.
    EXPECT_EQ(urban->unit(), QStringLiteral("亿元"));
    EXPECT_DOUBLE_EQ(urban->points().at(0).value, 1.26);
    EXPECT_DOUBLE_EQ(urban->points().at(1).value, 0.486);

    SeriesModel *economy = chartOfKind(d->economy(), QStringLiteral("totals"));
    ASSERT_NE(economy, nullptr);
    EXPECT_EQ(economy->unit(), QStringLiteral("亿元"));
    EXPECT_EQ(economy->pendingCount(), 1);
    const QVariantList values = economy->values();
    EXPECT_TRUE(values.contains(QVariant(0.562))); // 5620 万元
}

TEST_F(ModelsTest, ProjectsListTheirParts)
{
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    Dashboard *d = openDashboard();
    FigureModel *projects = d->urban()->projects();
    QAbstractItemModelTester tester(projects, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(projects->rowCount(), 1);
    const QModelIndex i = projects->index(0);
    EXPECT_TRUE(projects->data(i, FigureModel::HasPartsRole).toBool());
    EXPECT_EQ(projects->data(i, FigureModel::PartsRole).toList().size(), 2);
}

TEST_F(ModelsTest, DetailDerivesThePriorYearAndMarksIt)
{
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    Dashboard *d = openDashboard();
    DetailModel *detail = d->detail();
    QAbstractItemModelTester tester(detail, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(detail, &DetailModel::changed);
    const qint64 gdp = d->economy()->figures()->figureAt(0).id;
    detail->openFigure(gdp);
    EXPECT_GE(changed.count(), 1);
    ASSERT_TRUE(detail->isOpen());
    EXPECT_EQ(detail->name(), QStringLiteral("地区生产总值"));
    ASSERT_TRUE(detail->priorValue().isValid());
    EXPECT_NEAR(detail->priorValue().toDouble(), 85.6 / 1.063, 1e-9);
    EXPECT_TRUE(detail->priorLabel().contains(QStringLiteral("2021")));
    EXPECT_TRUE(detail->priorLabel().contains(QStringLiteral("推算")));
    // The trend: the derived prior year first, then the reported year; only one is derived.
    ASSERT_EQ(detail->rowCount(), 2);
    EXPECT_TRUE(detail->data(detail->index(0), DetailModel::DerivedRole).toBool());
    EXPECT_FALSE(detail->data(detail->index(1), DetailModel::DerivedRole).toBool());
    EXPECT_EQ(detail->data(detail->index(1), DetailModel::YearRole).toInt(), 2022);
    // The sentence is in the source paragraph, with the mention marked.
    EXPECT_TRUE(detail->sourceHead().contains(QStringLiteral("地区生产总值实现")));
    EXPECT_EQ(detail->sourceMention(), QStringLiteral("85.6亿元"));
    detail->close();
    EXPECT_FALSE(detail->isOpen());
}

TEST_F(ModelsTest, TrendLinesUpSynonymsAcrossYears)
{
    // The 2021 report says 规模以上工业增加值, the 2022 one 规上工业增加值: one indicator.
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    save(fixture::report(2021, QStringLiteral("规模以上工业增加值"), 8.9, 80.1));
    Dashboard *d = openDashboard();
    ASSERT_EQ(d->year(), 2022);
    DetailModel *detail = d->detail();
    QAbstractItemModelTester tester(detail, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = rowOf(d->economy()->figures(), QStringLiteral("规上工业增加值"), FigureModel::NameRole);
    ASSERT_GE(row, 0);
    detail->openFigure(d->economy()->figures()->figureAt(row).id);
    QList<int> years;
    QList<bool> derived;
    for (int i = 0; i < detail->rowCount(); ++i) {
        years.append(detail->data(detail->index(i), DetailModel::YearRole).toInt());
        derived.append(detail->data(detail->index(i), DetailModel::DerivedRole).toBool());
    }
    ASSERT_GE(years.size(), 2);
    EXPECT_TRUE(std::is_sorted(years.begin(), years.end()));
    EXPECT_EQ(years.last(), 2022);
    EXPECT_TRUE(years.contains(2021));
    // 2021 is reported there, not derived.
    EXPECT_FALSE(derived.at(years.indexOf(2021)));
    EXPECT_NEAR(detail->data(detail->index(years.indexOf(2021)), DetailModel::ValueRole).toDouble(), 8.9, 1e-9);
    detail->close();
}

TEST_F(ModelsTest, DetailOpensPartsInTurnAndGoesBack)
{
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    Dashboard *d = openDashboard();
    DetailModel *detail = d->detail();
    QAbstractItemModelTester parts(detail->parts(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    detail->openFigure(d->urban()->projects()->figureAt(0).id);
    ASSERT_EQ(detail->parts()->rowCount(), 2);
    const Figure part = detail->parts()->figureAt(0);
    EXPECT_EQ(part.name, QStringLiteral("老旧小区"));
    detail->openFigure(part.id);
    EXPECT_EQ(detail->depth(), 2);
    EXPECT_EQ(detail->breadcrumb(), (QStringList{QStringLiteral("安居工程投入"), QStringLiteral("老旧小区")}));
    EXPECT_EQ(detail->displayValue(), QStringLiteral("42"));
    // No change stated: no prior year is made up.
    EXPECT_FALSE(detail->priorValue().isValid());
    detail->back();
    EXPECT_EQ(detail->depth(), 1);
    EXPECT_EQ(detail->name(), QStringLiteral("安居工程投入"));
    detail->back();
    EXPECT_FALSE(detail->isOpen());
}

TEST_F(ModelsTest, HighlightsOpenTheirFiguresAndShowFilledValues)
{
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    Dashboard *d = openDashboard();
    HighlightModel *highlights = d->highlights();
    QAbstractItemModelTester tester(highlights, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(highlights->rowCount(), 1);
    const QModelIndex i = highlights->index(0);
    const QVariantList ids = highlights->data(i, HighlightModel::FigureIdsRole).toList();
    ASSERT_EQ(ids.size(), 1);
    d->detail()->openHighlight(highlights->data(i, HighlightModel::HighlightIdRole).toLongLong());
    EXPECT_EQ(d->detail()->figureId(), ids.first().toLongLong());
    d->detail()->close();
}

TEST_F(ModelsTest, ReloadsInPlaceWhenAnotherConnectionWrites)
{
    ParsedReport r = fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6);
    save(r);
    Dashboard *d = openDashboard();
    FigureModel *economy = d->economy()->figures();
    QAbstractItemModelTester tester(economy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int pendingBefore = d->pendingCount();
    QSignalSpy reloaded(d, &Dashboard::reloaded);
    QSignalSpy reset(economy, &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(economy, &QAbstractItemModel::dataChanged);

    // Fill the pending 税收收入 from another connection.
    QString error;
    {
        auto writer = Store::open(m_path, Store::Mode::ReadWrite, &error);
        ASSERT_TRUE(writer) << error.toStdString();
        QList<FillOutcome> outcomes;
        ASSERT_TRUE(writer->fill({{1, QStringLiteral("税收收入"), QStringLiteral("3.6"), QString()}},
                                 QStringLiteral("test.csv"), &outcomes, &error))
            << error.toStdString();
    }
    d->poll();
    EXPECT_GE(reloaded.count(), 1);
    EXPECT_EQ(d->pendingCount(), pendingBefore - 1);
    const int row = rowOf(economy, QStringLiteral("税收收入"), FigureModel::NameRole);
    ASSERT_GE(row, 0);
    EXPECT_FALSE(economy->data(economy->index(row), FigureModel::PendingRole).toBool());
    EXPECT_DOUBLE_EQ(economy->data(economy->index(row), FigureModel::ValueRole).toDouble(), 3.6);
    EXPECT_TRUE(d->warning().isEmpty());
    // The same figures came back: rows changed in place or re-sorted, the model object is the same.
    EXPECT_EQ(d->economy()->figures(), economy);
    EXPECT_GE(reset.count() + dataChanged.count(), 1);
}

TEST_F(ModelsTest, KeepsLastGoodDataWhenTheFileGoesBadAndRecovers)
{
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    Dashboard *d = openDashboard();
    const int figures = d->figureCount();
    QSignalSpy warning(d, &Dashboard::warningChanged);

    const QString saved = m_dir.filePath(QStringLiteral("good.db"));
    ASSERT_TRUE(QFile::rename(m_path, saved));
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    {
        QFile junk(m_path);
        ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
    }
    d->poll();
    EXPECT_FALSE(d->warning().isEmpty());
    EXPECT_GE(warning.count(), 1);
    EXPECT_EQ(d->figureCount(), figures);
    EXPECT_EQ(d->county(), QStringLiteral("示范县"));

    ASSERT_TRUE(QFile::remove(m_path));
    ASSERT_TRUE(QFile::rename(saved, m_path));
    d->poll();
    EXPECT_TRUE(d->warning().isEmpty());
    EXPECT_EQ(d->figureCount(), figures);
}

TEST(FigureFormatTest, ShortLabelsDropSuffixesAndUseKnownAbbreviations)
{
    using FigureFormat::shortName;
    EXPECT_EQ(shortName(QStringLiteral("地区生产总值")), QStringLiteral("地区生产总值"));
    EXPECT_EQ(shortName(QStringLiteral("安居工程投入")), QStringLiteral("安居工程"));
    EXPECT_EQ(shortName(QStringLiteral("限额以上社会消费品零售总额")), QStringLiteral("限上社零"));
    EXPECT_EQ(shortName(QStringLiteral("外贸进出口总额")), QStringLiteral("外贸进出口"));
    EXPECT_EQ(shortName(QStringLiteral("规模以上工业增加值")), QStringLiteral("规上工业增加值"));
    EXPECT_EQ(shortName(QStringLiteral("一般公共预算收入")), QStringLiteral("公共预算收入"));
    EXPECT_EQ(shortName(QStringLiteral("各类养老保险参保")), QStringLiteral("养老保险参保"));
    EXPECT_EQ(shortName(QStringLiteral("马铃薯、大豆、鲜食玉米等基地")), QStringLiteral("马铃薯等基地"));
    EXPECT_EQ(shortName(QStringLiteral("在克常住人口疫苗接种率")), QStringLiteral("疫苗接种率"));
    // Nothing to drop from a short name.
    EXPECT_EQ(shortName(QStringLiteral("社零总额")), QStringLiteral("社零总额"));
    // What is still too long is cut, and says so.
    const QString cut = shortName(QStringLiteral("乡村环卫一体化处理模式投入"));
    EXPECT_EQ(cut.size(), 7);
    EXPECT_TRUE(cut.endsWith(QChar(u'…')));
    EXPECT_EQ(shortName(QStringLiteral("乡村环卫一体化处理模式投入"), 5).size(), 5);
}

TEST_F(ModelsTest, DomainHeadlinesAndChartTitlesSayWhatTheyHold)
{
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    Dashboard *d = openDashboard();
    const qint64 urbanHeadline = d->urban()->headlineId();
    EXPECT_EQ(urbanHeadline, d->urban()->projects()->figureAt(0).id);
    EXPECT_EQ(chartOfKind(d->economy(), QStringLiteral("totals"))->title(), QStringLiteral("经济总量"));
    EXPECT_EQ(chartOfKind(d->urban(), QStringLiteral("totals"))->title(), QStringLiteral("工程投资"));
    // The growth of the headline indicators, as the report states it.
    SeriesModel *growth = chartOfKind(d->economy(), QStringLiteral("growth"));
    ASSERT_NE(growth, nullptr);
    EXPECT_EQ(growth->measure(), QStringLiteral("growth"));
    EXPECT_EQ(growth->labels().first(), QStringLiteral("生产总值"));
    EXPECT_EQ(growth->points().first().displayValue, QStringLiteral("6.3"));
}

TEST_F(ModelsTest, FullListHoldsTheWholeDomainAndSortsBySize)
{
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    Dashboard *d = openDashboard();
    FigureModel *all = d->economy()->all();
    QAbstractItemModelTester tester(all, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(all->rowCount(), 4);
    EXPECT_EQ(all->figureAt(0).name, QStringLiteral("地区生产总值"));  // the report's order
    all->setSortBySize(true);
    EXPECT_EQ(all->figureAt(0).name, QStringLiteral("地区生产总值"));
    EXPECT_EQ(all->figureAt(1).name, QStringLiteral("规上工业增加值"));
    EXPECT_EQ(all->figureAt(2).name, QStringLiteral("外贸进出口总额"));  // 5620 万元 < 9.85 亿元
    EXPECT_EQ(all->figureAt(3).name, QStringLiteral("税收收入"));        // pending last
    // Cards carry the composer's whole labels; growth keeps the report's precision.
    FigureModel *cards = d->economy()->figures();
    EXPECT_EQ(cards->data(cards->index(0), FigureModel::LabelRole).toString(), QStringLiteral("地区生产总值"));
    EXPECT_EQ(cards->data(cards->index(0), FigureModel::DisplayGrowthRole).toString(), QStringLiteral("6.3"));
}

TEST(HighlightModelTest, ReportYearFilledOtherPlaceholdersMarkedPending)
{
    HighlightModel model;
    Highlight h;
    h.id = 1;
    h.sentence = QStringLiteral("xxxx年，地区生产总值实现xx.x亿元，展现了xx担当，5G基站Max。");
    h.start = 0;
    h.end = int(h.sentence.size());
    model.setHighlights({h}, {}, 2022);
    const QString html = model.data(model.index(0), HighlightModel::DisplaySentenceRole).toString();
    EXPECT_TRUE(html.startsWith(QStringLiteral("2022年，"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<pending>xx.x</pending>亿元"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<pending>xx</pending>担当"))) << html.toStdString();
    // Latin words are not placeholders.
    EXPECT_TRUE(html.contains(QStringLiteral("5G基站Max"))) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("xxxx")));
    // Without a year, xxxx年 stays a placeholder.
    model.setHighlights({h}, {}, 0);
    EXPECT_TRUE(model.data(model.index(0), HighlightModel::DisplaySentenceRole)
                    .toString()
                    .startsWith(QStringLiteral("<pending>xxxx</pending>年")));
}

TEST_F(ModelsTest, ReportedTrendPointOpensThatYearsFigure)
{
    save(fixture::report(2022, QStringLiteral("规上工业增加值"), 9.85, 85.6));
    save(fixture::report(2021, QStringLiteral("规模以上工业增加值"), 8.9, 80.1));
    Dashboard *d = openDashboard();
    DetailModel *detail = d->detail();
    QAbstractItemModelTester tester(detail, QAbstractItemModelTester::FailureReportingMode::Fatal);
    detail->openFigure(d->economy()->headlineId());
    ASSERT_EQ(detail->name(), QStringLiteral("地区生产总值"));
    qint64 earlier = 0;
    qint64 derivedId = -1;
    for (int i = 0; i < detail->rowCount(); ++i) {
        const QModelIndex row = detail->index(i);
        if (detail->data(row, DetailModel::DerivedRole).toBool())
            derivedId = detail->data(row, DetailModel::FigureIdRole).toLongLong();
        else if (detail->data(row, DetailModel::YearRole).toInt() == 2021)
            earlier = detail->data(row, DetailModel::FigureIdRole).toLongLong();
    }
    ASSERT_GT(earlier, 0);
    ASSERT_GE(derivedId, 0);
    // A derived point has nothing behind it.
    detail->openFigure(derivedId);
    EXPECT_EQ(detail->depth(), 1);

    detail->openFigure(earlier);
    ASSERT_EQ(detail->depth(), 2);
    EXPECT_EQ(detail->figureId(), earlier);
    EXPECT_EQ(detail->displayValue(), QStringLiteral("80.1"));
    EXPECT_TRUE(detail->yearLabel().contains(QStringLiteral("2021")));
    EXPECT_TRUE(detail->priorLabel().contains(QStringLiteral("2020")));
    EXPECT_EQ(detail->breadcrumb().size(), 2);
    EXPECT_TRUE(detail->breadcrumb().last().contains(QStringLiteral("2021")));
    EXPECT_EQ(detail->sourceMention(), QStringLiteral("80.1亿元"));
    // The 2021 point is now the current one.
    bool current2021 = false;
    for (int i = 0; i < detail->rowCount(); ++i) {
        const QModelIndex row = detail->index(i);
        if (detail->data(row, DetailModel::CurrentRole).toBool())
            current2021 = detail->data(row, DetailModel::YearRole).toInt() == 2021;
    }
    EXPECT_TRUE(current2021);
    // A reload keeps the path.
    d->poll();
    EXPECT_EQ(detail->depth(), 2);
    detail->back();
    EXPECT_EQ(detail->displayValue(), QStringLiteral("85.6"));
    detail->close();
}

TEST(AppSettingsTest, DefaultsAndSignals)
{
    AppSettings *s = AppSettings::instance();
    EXPECT_EQ(s->rotateSeconds(), 30);
    EXPECT_EQ(s->idleSeconds(), 60);
    EXPECT_TRUE(s->upIsRed());
    QSignalSpy spy(s, &AppSettings::pausedChanged);
    s->setPaused(true);
    s->setPaused(true);
    EXPECT_EQ(spy.count(), 1);
    s->setPaused(false);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
