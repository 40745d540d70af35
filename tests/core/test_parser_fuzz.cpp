#include "ReportParser.h"
#include "ReportReader.h"
#include "TestSupport.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

#include <cmath>
#include <ctime>

// Mutated reports through the whole import path: whatever the bytes, the parser must not
// crash, and whatever it returns must still point inside the text it was given.
namespace {

const char16_t *const kSentences[] = {
    u"2020年，全县地区生产总值实现85.6亿元，同比增长6.3%；",
    u"城镇和农村居民人均可支配收入分别达到36583元和17736元，分别增长7%和10%。",
    u"城乡居民人均可支配收入预计分别实现xxxxx元、xxxxx元，年均分别增长x%、xx%。",
    u"地区生产总值由42.3亿元增加到68.5亿元，年均增长10.1%。",
    u"投入x.xx亿元实施安居工程，改造老旧小区xx个、xx栋楼，拆除违建xxx处、xxxx平方米。",
    u"地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元，增幅6.1%；",
    u"预计，地区生产总值同比增长7%左右，逼近300亿元大关；",
    u"一、2021年工作回顾\n（一）经济运行实现新突破。一是产业发展保持强劲势头。\n——项目建设。",
    u"粮食总产xx.x亿斤，同比增长xx.xx%，位列全市第二。",
};

void checkReport(const QString &text, const ParsedReport &r)
{
    const int n = int(text.size());
    ASSERT_EQ(r.text, text);
    for (const Section &s : r.sections) {
        ASSERT_GE(s.start, 0);
        ASSERT_LE(s.start, s.end);
        ASSERT_LE(s.end, n);
        ASSERT_LT(s.parentIndex, int(r.sections.size()));
    }
    for (const Figure &f : r.figures) {
        ASSERT_GE(f.start, 0);
        ASSERT_LE(f.start, f.end);
        ASSERT_LE(f.end, n);
        ASSERT_GE(f.sentenceStart, 0);
        ASSERT_LE(f.sentenceStart, f.sentenceEnd);
        ASSERT_LE(f.sentenceEnd, n);
        ASSERT_EQ(f.sentence, text.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart));
        ASSERT_LT(f.sectionIndex, int(r.sections.size()));
        ASSERT_LT(f.parentIndex, int(r.figures.size()));
        if (f.value)
            ASSERT_TRUE(std::isfinite(*f.value));
        if (f.growth)
            ASSERT_TRUE(std::isfinite(*f.growth));
        ASSERT_FALSE(f.pending && f.value.has_value());
        ASSERT_FALSE(f.name.isEmpty());
    }
    for (const Highlight &h : r.highlights) {
        ASSERT_GE(h.start, 0);
        ASSERT_LE(h.end, n);
        ASSERT_EQ(h.sentence, text.mid(h.start, h.end - h.start));
    }
    ASSERT_LE(r.highlights.size(), 40 + 0);
}

QByteArray mutate(QRandomGenerator &rng, const QByteArray &seed, const QList<QByteArray> &pool)
{
    QByteArray b = seed;
    const int edits = 1 + int(rng.bounded(8));
    for (int e = 0; e < edits; ++e) {
        const int kind = int(rng.bounded(7));
        const int pos = b.isEmpty() ? 0 : int(rng.bounded(b.size()));
        switch (kind) {
        case 0: // random byte
            if (!b.isEmpty())
                b[pos] = char(rng.bounded(256));
            break;
        case 1: // delete a run
            b.remove(pos, int(rng.bounded(16)));
            break;
        case 2: { // insert punctuation or digits (ASCII and UTF-8)
            static const char *const bits[] = {"，", "。", ";", ",", "%", "xx.x", "12.5", "\n", "、", "（", "）",
                                               "亿元", "增长", "下降", "-", ".", "分别", "由", "增加到", "一、", "（一）"};
            b.insert(pos, bits[rng.bounded(int(std::size(bits)))]);
            break;
        }
        case 3: { // splice from another input
            const QByteArray &other = pool.at(int(rng.bounded(pool.size())));
            if (!other.isEmpty()) {
                const int from = int(rng.bounded(other.size()));
                b.insert(pos, other.mid(from, int(rng.bounded(200))));
            }
            break;
        }
        case 4: // truncate
            b.truncate(pos);
            break;
        case 5: // duplicate a run
            b.insert(pos, b.mid(pos, int(rng.bounded(64))));
            break;
        default: // flip a bit
            if (!b.isEmpty())
                b[pos] = char(b.at(pos) ^ (1 << rng.bounded(8)));
            break;
        }
    }
    return b;
}

} // namespace

TEST(Fuzz, MutatedInputsStayInBounds)
{
    QList<QByteArray> pool;
    const QString draft = testsupport::readUtf8(testsupport::dataDir() + QStringLiteral("/county-work-report-draft.txt"));
    ASSERT_FALSE(draft.isEmpty());
    const QByteArray draftBytes = draft.toUtf8();
    // Paragraph-sized slices keep each parse small so tens of thousands fit in seconds.
    for (qsizetype i = 0; i < draftBytes.size(); i += 600)
        pool << draftBytes.mid(i, 900);
    for (const char16_t *s : kSentences)
        pool << QString::fromUtf16(s).toUtf8();

    QRandomGenerator rng(20240607);
    // CPU time, not wall time: the suite runs on shared, loaded machines.
    const std::clock_t cpuStart = std::clock();
    int decoded = 0;
    int figures = 0;
    constexpr int kInputs = 50000;
    for (int i = 0; i < kInputs; ++i) {
        const QByteArray bytes = mutate(rng, pool.at(int(rng.bounded(pool.size()))), pool);
        const ReadResult read = decodeReport(bytes);
        if (read.ok) {
            ++decoded;
            const ParsedReport r = ReportParser::parse(read.text);
            figures += int(r.figures.size());
            checkReport(read.text, r);
            if (HasFatalFailure()) {
                ADD_FAILURE() << "input #" << i << ": " << bytes.toHex().toStdString();
                return;
            }
        } else {
            ASSERT_FALSE(read.error.isEmpty());
        }
    }
    EXPECT_GT(decoded, kInputs / 2);
    EXPECT_GT(figures, kInputs / 3); // most mutants still carry figures
    EXPECT_LT((std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC, 20000);
}

TEST(Fuzz, WholeDraftMutationsAndRandomText)
{
    const QString draft = testsupport::readUtf8(testsupport::dataDir() + QStringLiteral("/county-work-report-draft.txt"));
    ASSERT_FALSE(draft.isEmpty());
    QRandomGenerator rng(7);
    const QString alphabet = QStringLiteral("0123456789xX.%，。；、（）“”\n 一二三是——亿元万个增长下降分别由到年月日第全省居位列首");
    for (int i = 0; i < 300; ++i) {
        QString text = draft;
        for (int e = 0; e < 40; ++e)
            text[int(rng.bounded(text.size()))] = alphabet.at(int(rng.bounded(alphabet.size())));
        checkReport(text, ReportParser::parse(text));
        if (HasFatalFailure())
            return;
        QString random;
        const int len = int(rng.bounded(400));
        for (int k = 0; k < len; ++k)
            random.append(alphabet.at(int(rng.bounded(alphabet.size()))));
        checkReport(random, ReportParser::parse(random));
        if (HasFatalFailure())
            return;
    }
}
