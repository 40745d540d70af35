#include "TextNormalizer.h"

#include <gtest/gtest.h>

namespace {

// Every normalised character must come from an original one that normalises to it.
void expectMapConsistent(const QString &original, const TextNormalizer::Result &r)
{
    ASSERT_EQ(r.map.size(), r.text.size() + 1);
    EXPECT_EQ(r.map.last(), original.size());
    for (int i = 0; i < r.text.size(); ++i) {
        ASSERT_GE(r.map.at(i), 0);
        ASSERT_LT(r.map.at(i), original.size());
        if (i > 0)
            EXPECT_GT(r.map.at(i), r.map.at(i - 1));
        const QChar o = original.at(r.map.at(i));
        const QChar n = r.text.at(i);
        if (o == n)
            continue;
        // Only known substitutions are allowed.
        const bool known = (n == u'，' && o == u',') || (n == u'；' && o == u';') || (n == u'：' && o == u':')
            || (n == u'（' && o == u'(') || (n == u'）' && o == u')') || (n == u'%' && o == u'％')
            || (n.isDigit() && o.unicode() == n.unicode() - u'0' + 0xFF10) || (n == u' ' && o.isSpace())
            || (n == u'\n' && (o == u'\r')) || n == QChar::ReplacementCharacter;
        EXPECT_TRUE(known) << "pos " << i << " " << o.unicode() << "->" << n.unicode();
    }
}

} // namespace

TEST(Normalizer, Punctuation)
{
    const QString in = QStringLiteral("增长0.5%;社会消费品零售总额80.2亿元,增长4.4％(同比):完成１２个");
    const auto r = TextNormalizer::normalize(in);
    EXPECT_EQ(r.text, QStringLiteral("增长0.5%；社会消费品零售总额80.2亿元，增长4.4%（同比）：完成12个"));
    expectMapConsistent(in, r);
}

TEST(Normalizer, ThousandsSeparators)
{
    const QString in = QStringLiteral("收入12,345.6元,增长5%");
    const auto r = TextNormalizer::normalize(in);
    EXPECT_EQ(r.text, QStringLiteral("收入12345.6元，增长5%"));
    expectMapConsistent(in, r);
}

TEST(Normalizer, PdfSpacesInsideWordsAndNumbers)
{
    const QString in = QStringLiteral("政 府 工 作 报 告\n农村居民 人 均可 支 配收入，外贸进出口总额394.8 亿元。Windows 10 系统");
    const auto r = TextNormalizer::normalize(in);
    EXPECT_EQ(r.text, QStringLiteral("政府工作报告\n农村居民人均可支配收入，外贸进出口总额394.8亿元。Windows 10系统"));
    expectMapConsistent(in, r);
}

TEST(Normalizer, JoinsBreaksInsideSentencesOnly)
{
    const QString in = QStringLiteral(
        "一、2021年工作回顾\n"
        "全区实现地区生产总值468亿元,增长4.1%;\n"
        "社会消费品零售总额80.2亿元,增长4.4%。\n"
        "（一）经济运行实现新突破。全年完成工业投资\n"
        "134.8亿元。\n"
        "过去一年，我们凝心聚力强产业，综合实力持续攀升\n"
        "现代农业亮点纷呈。");
    const auto r = TextNormalizer::normalize(in);
    const QStringList lines = r.text.split(u'\n');
    ASSERT_EQ(lines.size(), 5) << r.text.toStdString();
    EXPECT_EQ(lines.at(0), QStringLiteral("一、2021年工作回顾"));
    EXPECT_EQ(lines.at(1), QStringLiteral("全区实现地区生产总值468亿元，增长4.1%；社会消费品零售总额80.2亿元，增长4.4%。"));
    EXPECT_EQ(lines.at(2), QStringLiteral("（一）经济运行实现新突破。全年完成工业投资134.8亿元。"));
    EXPECT_EQ(lines.at(3), QStringLiteral("过去一年，我们凝心聚力强产业，综合实力持续攀升"));
    expectMapConsistent(in, r);
}

TEST(Normalizer, HardWrappedCopyJoinsFullLines)
{
    // A PDF copy wraps every line at the same width, mid-word.
    const QString in = QStringLiteral(
        "过去一年全县经济运行保持总体平稳地区生产总值完成四十六亿\n"
        "元农村居民人均可支配收入继续增长城乡面貌发生了很大变化我\n"
        "们坚持以人民为中心的发展思想全力推进各项重点工作取得成效\n"
        "很好各项社会事业全面进步教育医疗养老等民生保障持续加强人\n"
        "民群众的获得感幸福感安全感不断增强经济社会发展稳中有进的\n"
        "态势良好。\n"
        "二、主要工作\n");
    const auto r = TextNormalizer::normalize(in);
    EXPECT_EQ(r.text.count(u'\n'), 2) << qPrintable(r.text);
    EXPECT_TRUE(r.text.startsWith(QStringLiteral("过去一年全县经济运行保持总体平稳地区生产总值完成四十六亿元农村")));
    expectMapConsistent(in, r);
}

TEST(Normalizer, OffsetRoundTrip)
{
    const QString in = QStringLiteral("\xFEFF全区实现地区生产总值 468 亿元,\r\n增长4.1%;　城镇登记失业率为2.3％。");
    const auto r = TextNormalizer::normalize(in);
    expectMapConsistent(in, r);
    const int n = int(r.text.indexOf(QStringLiteral("468亿元")));
    ASSERT_GE(n, 0);
    const int a = r.originalStart(n);
    const int b = r.originalEnd(n + 5);
    EXPECT_EQ(in.mid(a, b - a), QStringLiteral("468 亿元"));
    const int g = int(r.text.indexOf(QStringLiteral("2.3%")));
    EXPECT_EQ(in.mid(r.originalStart(g), r.originalEnd(g + 4) - r.originalStart(g)), QStringLiteral("2.3％"));
    EXPECT_EQ(r.originalEnd(int(r.text.size())), in.size());
}

TEST(Normalizer, LoneSurrogatesAndEmpty)
{
    QString in = QStringLiteral("增长");
    in.append(QChar(0xD800));
    in.append(QStringLiteral("5%"));
    in.append(QChar(0xDC00));
    const auto r = TextNormalizer::normalize(in);
    expectMapConsistent(in, r);
    EXPECT_EQ(r.text.count(QChar::ReplacementCharacter), 2);
    const auto e = TextNormalizer::normalize(QString());
    EXPECT_TRUE(e.text.isEmpty());
    EXPECT_EQ(e.map.size(), 1);
}
