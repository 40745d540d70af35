// A composer's chart put into a SeriesModel: the unit a briefing would read it in.
#include "SeriesFill.h"
#include "SeriesModel.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

namespace {

Figure money(qint64 id, double value, const QString &unit)
{
    Figure f;
    f.id = id;
    f.name = QStringLiteral("资金%1").arg(id);
    f.value = value;
    f.unit = unit;
    return f;
}

SeriesModel *filled(SeriesModel *model, const QList<Figure> &list)
{
    LayoutChart chart;
    chart.kind = QStringLiteral("totals");
    chart.unit = QStringLiteral("万元");
    chart.measure = QStringLiteral("value");
    QHash<qint64, Figure> figures;
    for (const Figure &f : list) {
        chart.points.append({f.id, f.name, {}, {}});
        figures.insert(f.id, f);
    }
    SeriesFill::fill(model, chart, figures);
    return model;
}

} // namespace

// 低保救助金 1.4 亿元 beside 8619, 1460 and 2891 万元: 1.4 亿元, never 14,000 万元.
TEST(SeriesFillTest, FiveDigitsTakeTheLargerUnit)
{
    SeriesModel model;
    filled(&model, {money(1, 1.4, QStringLiteral("亿元")), money(2, 8619, QStringLiteral("万元")),
                    money(3, 1460, QStringLiteral("万元")), money(4, 2891, QStringLiteral("万元"))});
    EXPECT_EQ(model.unit(), QStringLiteral("亿元"));
    ASSERT_EQ(model.points().size(), 4);
    EXPECT_DOUBLE_EQ(model.points().at(0).value, 1.4);
}

TEST(SeriesFillTest, FourDigitsStayInTheirUnit)
{
    SeriesModel model;
    filled(&model, {money(1, 0.4, QStringLiteral("亿元")), money(2, 8619, QStringLiteral("万元")),
                    money(3, 1460, QStringLiteral("万元"))});
    EXPECT_EQ(model.unit(), QStringLiteral("万元"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
