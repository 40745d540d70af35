// Reports as they arrive: Word files, and text copied out of a PDF. The PDF files
// themselves are tested in tests/app/test_documents_pdf.cpp (writing one needs QtGui).

#include "test_documents_support.h"

#include "docs/DocxNumbering.h"
#include "docs/PageFurniture.h"

#include <QTemporaryDir>

using namespace docs_test;

namespace {

const QString kHeadingStyles = QStringLiteral(
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/>"
    "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"1\"/>"
    "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"标题 3\"/></w:style>");

// Level 0 "一、", level 1 "（一）", level 2 "1." — the usual outline of a work report.
const QString kOutlineNumbering = QStringLiteral(
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>");

QString styled(const QString &styleId, const QString &text)
{
    return paragraphXml(text, QStringLiteral("<w:pPr><w:pStyle w:val=\"%1\"/></w:pPr>").arg(styleId));
}

} // namespace

TEST(Docx, SameFiguresAsTheTextItWasWrittenFrom)
{
    int compared = 0;
    for (const Corpus &c : reports()) {
        SCOPED_TRACE(qPrintable(c.name));
        ASSERT_FALSE(c.text.isEmpty());
        const ReadResult docx = readReport(docxFromText(c.text));
        ASSERT_TRUE(docx.ok) << qPrintable(docx.error);
        EXPECT_EQ(docx.format, QStringLiteral("docx"));
        const ParsedReport fromText = ReportParser::parse(c.text);
        const ParsedReport fromDocx = ReportParser::parse(docx.text);
        EXPECT_EQ(fromDocx.county, fromText.county);
        EXPECT_EQ(fromDocx.year, fromText.year);
        const QStringList want = figureKeys(fromText);
        const QStringList got = figureKeys(fromDocx);
        EXPECT_EQ(got, want) << qPrintable(keyDifference(want, got));
        EXPECT_GT(got.size(), 3);
        expectExactProvenance(fromDocx, docx.text);
        ++compared;
    }
    EXPECT_GE(compared, 1);
}

TEST(Docx, HeadingsFromStylesAndNumberingTablesAsRows)
{
    const QString body = styled(QStringLiteral("1"), QStringLiteral("2023年工作回顾"))
        + paragraphXml(QStringLiteral("全县实现地区生产总值245.6亿元，增长6.1%。"))
        // A footnote and a comment are anchored in the text but stay out of it.
        + QStringLiteral("<w:p><w:r><w:t>一般公共预算收入12.3亿元</w:t></w:r>"
                         "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>"
                         "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>，增长5.2%。</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
                         "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>")
        + styled(QStringLiteral("2"), QStringLiteral("工业经济稳中有进"))
        + paragraphXml(QStringLiteral("规模以上工业增加值增长8.2%。"))
        + styled(QStringLiteral("2"), QStringLiteral("农业生产保持稳定"))
        + paragraphXml(QStringLiteral("粮食总产量8.6亿斤。"),
                       QStringLiteral("<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr>"))
        + QStringLiteral("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>"
                         "<w:tc><w:p><w:r><w:t>2023年</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>增长</w:t></w:r></w:p></w:tc></w:tr>"
                         "<w:tr><w:tc><w:p><w:r><w:t>城镇居民</w:t></w:r></w:p><w:p><w:r><w:t>人均可支配收入</w:t></w:r></w:p></w:tc>"
                         "<w:tc><w:p><w:r><w:t>41235元</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>5.1%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
        // A text box drawn twice, as Word writes it: the modern copy and its fallback.
        + QStringLiteral("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
                         "<w:p><w:r><w:t>专栏：重点项目</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
                         "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>专栏：重点项目</w:t></w:r></w:p>"
                         "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
        + styled(QStringLiteral("1"), QStringLiteral("2024年工作安排"))
        + styled(QStringLiteral("Subtitle"), QStringLiteral("主要预期目标"));
    const ReadResult r = readReport(docxPackage(body, kHeadingStyles, kOutlineNumbering));
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    const QStringList lines = r.text.split(u'\n', Qt::SkipEmptyParts);
    const QStringList want = {
        QStringLiteral("一、2023年工作回顾"),
        QStringLiteral("全县实现地区生产总值245.6亿元，增长6.1%。"),
        QStringLiteral("一般公共预算收入12.3亿元，增长5.2%。"),
        QStringLiteral("（一）工业经济稳中有进"),
        QStringLiteral("规模以上工业增加值增长8.2%。"),
        QStringLiteral("（二）农业生产保持稳定"),
        QStringLiteral("粮食总产量8.6亿斤。"),
        QStringLiteral("指标\t2023年\t增长"),
        QStringLiteral("城镇居民 人均可支配收入\t41235元\t5.1%"),
        QStringLiteral("专栏：重点项目"),
        QStringLiteral("二、2024年工作安排"),
        QStringLiteral("主要预期目标"),
    };
    EXPECT_EQ(lines, want) << qPrintable(r.text);
    // A heading stands on its own line, apart from the paragraph after it.
    EXPECT_TRUE(r.text.contains(QStringLiteral("主要预期目标")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("一、2023年工作回顾\n\n全县")));

    const ParsedReport parsed = ReportParser::parse(r.text);
    EXPECT_EQ(parsed.year, 2023);
    QStringList titles;
    for (const Section &s : parsed.sections)
        titles << QString::number(s.level) + s.title;
    EXPECT_TRUE(titles.contains(QStringLiteral("1") + QStringLiteral("2023年工作回顾"))) << qPrintable(titles.join(u','));
    EXPECT_TRUE(titles.contains(QStringLiteral("2") + QStringLiteral("工业经济稳中有进"))) << qPrintable(titles.join(u','));
    const QStringList keys = figureKeys(parsed);
    EXPECT_TRUE(keys.contains(QStringLiteral("地区生产总值|245.6|亿元|6.1"))) << qPrintable(keys.join(u'\n'));
    EXPECT_TRUE(keys.contains(QStringLiteral("一般公共预算收入|12.3|亿元|5.2"))) << qPrintable(keys.join(u'\n'));
    expectExactProvenance(parsed, r.text);
}

TEST(Docx, TrackedChangesGiveTheAcceptedText)
{
    const QString body = QStringLiteral(
        // A corrected number: the deletion is dropped, the insertion kept.
        "<w:p><w:r><w:t>全县实现地区生产总值</w:t></w:r>"
        "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>231.4</w:delText></w:r></w:del>"
        "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>245.6</w:t></w:r></w:ins>"
        "<w:r><w:t>亿元，增长6.1%。</w:t></w:r></w:p>"
        // A deleted paragraph mark joins the paragraph to the next one.
        "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"a\"/></w:rPr></w:pPr><w:r><w:t>社会消费品零售总额</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>98.7亿元，增长4.5%。</w:t></w:r></w:p>"
        // Moved text appears once, where it was moved to.
        "<w:p><w:moveFrom w:id=\"4\" w:author=\"a\"><w:r><w:t>城镇登记失业率3.1%。</w:t></w:r></w:moveFrom></w:p>"
        "<w:p><w:r><w:t>粮食总产量8.6亿斤。</w:t></w:r><w:moveTo w:id=\"5\" w:author=\"a\"><w:r><w:t>城镇登记失业率3.1%。</w:t>"
        "</w:r></w:moveTo></w:p>"
        // A field: its code is no text, its result is.
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DOCPROPERTY year </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2023</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "<w:r><w:t>年工作回顾</w:t></w:r></w:p>");
    const ReadResult r = readReport(docxPackage(body));
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    EXPECT_EQ(r.text, QStringLiteral("全县实现地区生产总值245.6亿元，增长6.1%。\n"
                                     "社会消费品零售总额98.7亿元，增长4.5%。\n"
                                     // The paragraph the text moved out of stays, empty.
                                     "\n"
                                     "粮食总产量8.6亿斤。城镇登记失业率3.1%。\n"
                                     "2023年工作回顾"));
    const QStringList keys = figureKeys(ReportParser::parse(r.text));
    EXPECT_TRUE(keys.contains(QStringLiteral("地区生产总值|245.6|亿元|6.1"))) << qPrintable(keys.join(u'\n'));
    EXPECT_TRUE(keys.contains(QStringLiteral("社会消费品零售总额|98.7|亿元|4.5"))) << qPrintable(keys.join(u'\n'));
}

TEST(Docx, FileOnDiskIsToldByItsContentNotItsName)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Offices rename files freely: a Word file saved as .txt is still read as Word.
    const QString path = dir.filePath(QStringLiteral("报告.txt"));
    ASSERT_TRUE(testsupport::writeFile(path, docxFromText(QStringLiteral("全县实现地区生产总值245.6亿元，增长6.1%。"))));
    const ReadResult r = readReportFile(path);
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    EXPECT_EQ(r.format, QStringLiteral("docx"));
    EXPECT_EQ(r.text, QStringLiteral("全县实现地区生产总值245.6亿元，增长6.1%。"));
}

TEST(Docx, RefusedWithAMessageSayingWhatToDo)
{
    const ReadResult doc = readReport(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'));
    EXPECT_FALSE(doc.ok);
    EXPECT_TRUE(doc.error.contains(QStringLiteral("save it as .docx"))) << qPrintable(doc.error);

    const ReadResult broken = readReport(QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'));
    EXPECT_FALSE(broken.ok);
    EXPECT_TRUE(broken.error.contains(QStringLiteral("zip"))) << qPrintable(broken.error);

    QByteArray workbook;
    {
        QBuffer buffer(&workbook);
        QuaZip zip(&buffer);
        ASSERT_TRUE(zip.open(QuaZip::mdCreate));
        QuaZipFile file(&zip);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/workbook.xml"))));
        file.write("<workbook/>");
        file.close();
        zip.close();
    }
    const ReadResult xlsx = readReport(workbook);
    EXPECT_FALSE(xlsx.ok);
    EXPECT_TRUE(xlsx.error.contains(QStringLiteral("Excel"))) << qPrintable(xlsx.error);

    const ReadResult empty = readReport(docxPackage(paragraphXml(QString())));
    EXPECT_FALSE(empty.ok);
    EXPECT_TRUE(empty.error.contains(QStringLiteral("no text"))) << qPrintable(empty.error);

    QByteArray truncated = docxPackage(QStringLiteral("<w:p><w:r><w:t>增长</w:t></w:r></w:p>"));
    const ReadResult damaged = readReport(truncated.left(truncated.size() / 2));
    EXPECT_FALSE(damaged.ok);
}

TEST(Docx, ListNumberFormats)
{
    EXPECT_EQ(DocxNumbering::format(1, QStringLiteral("chineseCounting")), QStringLiteral("一"));
    EXPECT_EQ(DocxNumbering::format(12, QStringLiteral("chineseCounting")), QStringLiteral("十二"));
    EXPECT_EQ(DocxNumbering::format(20, QStringLiteral("chineseCountingThousand")), QStringLiteral("二十"));
    EXPECT_EQ(DocxNumbering::format(105, QStringLiteral("chineseCounting")), QStringLiteral("一百零五"));
    EXPECT_EQ(DocxNumbering::format(3, QStringLiteral("chineseLegalSimplified")), QStringLiteral("叁"));
    EXPECT_EQ(DocxNumbering::format(2, QStringLiteral("ideographTraditional")), QStringLiteral("乙"));
    EXPECT_EQ(DocxNumbering::format(3, QStringLiteral("decimalEnclosedCircleChinese")), QStringLiteral("③"));
    EXPECT_EQ(DocxNumbering::format(14, QStringLiteral("upperRoman")), QStringLiteral("XIV"));
    EXPECT_EQ(DocxNumbering::format(28, QStringLiteral("lowerLetter")), QStringLiteral("bb"));
    EXPECT_EQ(DocxNumbering::format(7, QStringLiteral("decimal")), QStringLiteral("7"));
}

// A copy out of a PDF: every report, laid out three ways, must give what its clean text
// gives — every figure with its name, value, unit and change, the county, year and title,
// and the headline figures. Names repaired from the words around a figure (parse/Names.cpp)
// read them in the normalised text, where the copy's line breaks and spaces are gone.
TEST(PdfCopy, SameFiguresAsTheOriginal)
{
    int compared = 0;
    int headlines = 0;
    for (const Corpus &c : reports()) {
        const ParsedReport clean = ReportParser::parse(c.text);
        const QStringList want = figureKeys(clean);
        for (const quint32 seed : {1u, 2u, 3u}) {
            SCOPED_TRACE(qPrintable(QStringLiteral("%1 seed %2").arg(c.name).arg(seed)));
            const QString copy = pdfStyleCopy(c.text, seed, 24 + 4 * int(seed));
            const ReadResult read = readReport(copy.toUtf8());
            ASSERT_TRUE(read.ok) << qPrintable(read.error);
            const ParsedReport copied = ReportParser::parse(read.text);
            EXPECT_EQ(copied.county, clean.county);
            EXPECT_EQ(copied.year, clean.year);
            EXPECT_EQ(copied.title, clean.title);
            const QStringList got = figureKeys(copied);
            EXPECT_EQ(got, want) << qPrintable(keyDifference(figureKeys(clean), figureKeys(copied)));
            // Those the parser finds in the clean text (not every full report's yet).
            for (const QString &headline : headlineKeys(c.name)) {
                if (!hasHeadline(clean, headline))
                    continue;
                EXPECT_TRUE(hasHeadline(copied, headline)) << qPrintable(headline);
                ++headlines;
            }
            expectExactProvenance(copied, read.text);
            ++compared;
        }
    }
    EXPECT_GE(compared, 3);
    if (QDir(testsupport::realReportsDir()).exists())
        EXPECT_GT(headlines, 60);
}

TEST(PageFurniture, PageNumbersAndContents)
{
    for (const char16_t *yes : {u"— 3 —", u"-3-", u"- 12 -", u"第3页", u"第 3 页 共 20 页", u"3/20", u"7", u"—3—", u"iv"})
        EXPECT_TRUE(PageFurniture::isPageNumber(QString::fromUtf16(yes))) << QString::fromUtf16(yes).toStdString();
    for (const char16_t *no : {u"2023", u"2023年", u"一、工作回顾", u"增长3%", u"——经济", u"12345", u"3.5"})
        EXPECT_FALSE(PageFurniture::isPageNumber(QString::fromUtf16(no))) << QString::fromUtf16(no).toStdString();
    EXPECT_TRUE(PageFurniture::isPageNumber(u"- 2023 -", 4));
    EXPECT_TRUE(PageFurniture::isContentsEntry(u"一、2023年工作回顾………………3"));
    EXPECT_TRUE(PageFurniture::isContentsEntry(u"目  录"));
    EXPECT_FALSE(PageFurniture::isContentsEntry(u"——经济实力持续增强"));
    EXPECT_FALSE(PageFurniture::isContentsEntry(u"增长3.5%。"));
}
