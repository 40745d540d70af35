#include "ReportReader.h"
#include "TestSupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QString kSample = QStringLiteral("政府工作报告\n2022年，全县地区生产总值完成46.1亿元，同比增长4.3％。\n");

} // namespace

TEST(Reader, Utf8WithAndWithoutBom)
{
    const ReadResult plain = decodeReport(kSample.toUtf8());
    ASSERT_TRUE(plain.ok) << qPrintable(plain.error);
    EXPECT_EQ(plain.text, kSample);
    EXPECT_EQ(plain.encoding, QStringLiteral("UTF-8"));

    const ReadResult bom = decodeReport(QByteArray("\xEF\xBB\xBF") + kSample.toUtf8());
    ASSERT_TRUE(bom.ok);
    EXPECT_EQ(bom.text, kSample); // the mark must not leak into offsets
    EXPECT_EQ(bom.encoding, QStringLiteral("UTF-8 (BOM)"));
}

TEST(Reader, Gb18030)
{
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid()) << "Qt without ICU: GB18030 encoder missing";
    const QByteArray bytes = encoder.encode(kSample);
    ASSERT_NE(bytes, kSample.toUtf8());
    const ReadResult r = decodeReport(bytes);
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    EXPECT_EQ(r.encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(r.text, kSample);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gbk.txt"));
    ASSERT_TRUE(testsupport::writeFile(path, bytes));
    const ReadResult fromFile = readReportFile(path);
    ASSERT_TRUE(fromFile.ok);
    EXPECT_EQ(fromFile.text, kSample);
}

TEST(Reader, EmptyAndWhitespace)
{
    const ReadResult empty = decodeReport(QByteArray());
    EXPECT_FALSE(empty.ok);
    EXPECT_TRUE(empty.error.contains(QStringLiteral("empty")));
    const ReadResult blank = decodeReport(QByteArray(" \n\t\r\n  ") + QStringLiteral("　").toUtf8());
    EXPECT_FALSE(blank.ok);
    EXPECT_TRUE(blank.error.contains(QStringLiteral("whitespace")));
    EXPECT_FALSE(blank.error.contains(u'\n'));
}

TEST(Reader, Binary)
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const ReadResult r = decodeReport(png);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("binary")));

    // No NUL, but not text in any supported encoding.
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char(0x80 + (i * 37) % 0x7F == 0 ? 1 : 0x80 + (i * 37) % 0x7F));
    for (int i = 0; i < noise.size(); i += 3)
        noise[i] = char(0x01 + i % 8);
    const ReadResult n = decodeReport(noise);
    EXPECT_FALSE(n.ok);
    EXPECT_FALSE(n.error.isEmpty());
}

TEST(Reader, Oversized)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    const QByteArray line = QStringLiteral("地区生产总值实现85.6亿元，同比增长6.3%。\n").toUtf8();
    while (f.size() <= kMaxReportBytes)
        f.write(line.repeated(4096));
    f.close();
    const ReadResult r = readReportFile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("too large")));

    const ReadResult bytes = decodeReport(QByteArray(int(kMaxReportBytes) + 1, 'a'));
    EXPECT_FALSE(bytes.ok);
    EXPECT_TRUE(bytes.error.contains(QStringLiteral("too large")));
}

TEST(Reader, MissingAndFolder)
{
    QTemporaryDir dir;
    const ReadResult missing = readReportFile(dir.filePath(QStringLiteral("nope.txt")));
    EXPECT_FALSE(missing.ok);
    EXPECT_TRUE(missing.error.contains(QStringLiteral("not found")));
    const ReadResult folder = readReportFile(dir.path());
    EXPECT_FALSE(folder.ok);
    EXPECT_TRUE(folder.error.contains(QStringLiteral("folder")));
}

TEST(Reader, SharedDraftReads)
{
    const QString path = testsupport::dataDir() + QStringLiteral("/county-work-report-draft.txt");
    const ReadResult r = readReportFile(path);
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    EXPECT_EQ(r.encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(r.text.contains(QStringLiteral("地区生产总值")));
}
