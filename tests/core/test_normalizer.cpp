#include "TextNormalizer.h"

#include <gtest/gtest.h>

#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

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
            || (n == u'\n' && (o == u'\r')) || n == QChar::ReplacementCharacter
            || (n == u'—' && (o == u'─' || o == u'―' || o == u'-' || o == u'－'))
            || (o.unicode() >= 0x2E80 && o.unicode() <= 0x2FD5 && n.script() == QChar::Script_Han);
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

TEST(Normalizer, RadicalsFromPdfFontsBecomeIdeographs)
{
    // What poppler and copy-paste give for 一般公共预算收入增长 and 斗门区 with common CJK fonts.
    const QString in = QStringLiteral("\u2F00般公共预算收\u2F0A增\u2ED3，\u2F43\u2ED4区");
    const auto r = TextNormalizer::normalize(in);
    EXPECT_EQ(r.text, QStringLiteral("一般公共预算收入增长，斗门区"));
    expectMapConsistent(in, r);
}

TEST(Normalizer, PageNumbersAndRunningHeadersLeaveNoTrace)
{
    const QString in = QStringLiteral(
        "全县实现地区生产总值245.6亿元，比上年增长6.1%；全县规模以上工业企业实现工业增加值\n"
        "\n"
        "— 3 —\n"
        "县政府工作报告\n"
        "增长8.2%；一般公共预算收入12.3亿元。\n"
        "粮食总产量连续五年稳定在8.6亿斤以上，农民人均可支配收入持续较快增加，城乡面貌和人居环境\n"
        "-4-\n"
        "县政府工作报告\n"
        "明显改善。\n"
        "第5页 共20页\n"
        "目  录\n"
        "一、2023年工作回顾………………3\n"
        "二、2024年工作安排——————9\n"
        "2023\n");
    const auto r = TextNormalizer::normalize(in);
    EXPECT_EQ(r.text, QStringLiteral("全县实现地区生产总值245.6亿元，比上年增长6.1%；全县规模以上工业企业实现工业增加值增长8.2%；一般公共预算收入12.3亿元。\n"
                                     "粮食总产量连续五年稳定在8.6亿斤以上，农民人均可支配收入持续较快增加，城乡面貌和人居环境明显改善。\n"
                                     "2023\n"));
    expectMapConsistent(in, r);
}

TEST(Normalizer, NumbersAndUnitsBrokenByTheLineEnd)
{
    const QString in = QStringLiteral("地区生产总值46\n8亿元，增长5.\n8%，城镇居民人均可支配收入25 780元，农村居民收入1.2万\n元，投入x\nx.x亿元");
    const auto r = TextNormalizer::normalize(in);
    EXPECT_EQ(r.text, QStringLiteral("地区生产总值468亿元，增长5.8%，城镇居民人均可支配收入25780元，农村居民收入1.2万元，投入xx.x亿元"));
    expectMapConsistent(in, r);
}

TEST(Normalizer, DashLeadersTitleOverTwoLinesAndTableCells)
{
    const QString in = QStringLiteral(
        "2023年政府工作\n报 告\n"
        "─ ─2023年1月10日在县第十八届人民代表大会第三次会议上\n"
        "-- 经济实力持续增强\n"
        "地区生产总值\t245.6\t6.1\n");
    const auto r = TextNormalizer::normalize(in);
    const QStringList lines = r.text.split(u'\n');
    ASSERT_EQ(lines.size(), 5) << qPrintable(r.text);
    EXPECT_EQ(lines.at(4), QString());
    EXPECT_EQ(lines.at(0), QStringLiteral("2023年政府工作报告"));
    EXPECT_EQ(lines.at(1), QStringLiteral("——2023年1月10日在县第十八届人民代表大会第三次会议上"));
    EXPECT_EQ(lines.at(2), QStringLiteral("——经济实力持续增强"));
    // Cells stay apart: "245.6" and "6.1" are two numbers, not 245.66.1.
    EXPECT_EQ(lines.at(3), QStringLiteral("地区生产总值\t245.6\t6.1"));
    expectMapConsistent(in, r);
}

TEST(Normalizer, HardWrappedAtOneTypesetWidthWithNarrowDigits)
{
    // Lines filled to one width on the page, as a typesetter breaks them: digits are
    // narrow, so a line with numbers holds more characters; the first line of each
    // paragraph is indented two characters; closing punctuation never starts a line.
    const QStringList paragraphs = {
        QStringLiteral("全县实现地区生产总值245.6亿元，同比增长6.1%，规模以上工业增加值增长8.2%，固定资产投资增长12.5%，"
                       "社会消费品零售总额增长7.3%，一般公共预算收入完成12.3亿元，增长5.2%，城镇居民人均可支配收入41235元，"
                       "农村居民人均可支配收入21345元，分别增长5.1%和7.2%。"),
        QStringLiteral("城乡面貌发生了很大变化，各项社会事业全面进步，教育医疗养老等民生保障持续加强，群众获得感明显增强"),
        QStringLiteral("二、2024年工作安排"),
    };
    const int width = 40;
    QString in;
    for (const QString &p : paragraphs) {
        int used = 4;
        for (const QChar c : p) {
            const int w = c.unicode() < 128 ? 1 : 2;
            if (used + w > width && !QStringLiteral("，。、%").contains(c)) {
                in += u'\n';
                used = 0;
            }
            in += c;
            used += w;
        }
        in += u'\n';
    }
    ASSERT_GT(in.count(u'\n'), 8);
    const auto r = TextNormalizer::normalize(in);
    EXPECT_EQ(r.text, paragraphs.join(u'\n') + u'\n');
    expectMapConsistent(in, r);
}
