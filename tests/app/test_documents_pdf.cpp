// PDFs as county offices publish them: written at test time with QPdfWriter and a CJK
// font (fonts-noto-cjk), read back through the importer. Needs QtGui, hence tests/app.

#include "../core/test_documents_support.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

using namespace docs_test;

namespace {

struct PdfStyle
{
    double fontSize = 16;          // 三号 body text of an official document
    double lineHeight = 28;
    QString runningHeader;         // drawn at the top of every page when set
    bool dashPageNumbers = true;   // "— 3 —" (else "-3-")
    bool titleOverTwoLines = false;
};

// Lays the text out as a typesetter would: A4, first lines indented two characters,
// lines filled to the right margin and broken wherever they are full (inside words and
// numbers), closing punctuation kept off the start of a line, page numbers at the foot.
QByteArray writePdf(const QString &text, const PdfStyle &style = PdfStyle())
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72); // one unit a point
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    // The traditional-Chinese face of Noto CJK: Qt's PDF writer names each glyph by the
    // font's character map, and the SC face draws some simplified characters with
    // localized glyphs that map back to another character (户 comes out as 戶). Word and
    // WPS write the text itself into the PDF, so that artefact is the writer's alone.
    QFont font(QStringLiteral("Noto Serif CJK TC"));
    font.setPixelSize(int(style.fontSize));
    QFont titleFont = font;
    titleFont.setPixelSize(int(style.fontSize * 1.4));
    const double left = 80, right = 595 - 80, top = 100, bottom = 842 - 90;
    int page = 1;
    double y = top;
    auto decoratePage = [&] {
        painter.setFont(font);
        const QString number = style.dashPageNumbers ? QStringLiteral("— %1 —").arg(page) : QStringLiteral("-%1-").arg(page);
        painter.drawText(QRectF(0, 790, 595, 30), Qt::AlignHCenter, number);
        if (!style.runningHeader.isEmpty())
            painter.drawText(QRectF(left, 40, right - left, 30), Qt::AlignHCenter, style.runningHeader);
    };
    auto newLine = [&](double height) {
        y += height;
        if (y + height > bottom) {
            decoratePage();
            writer.newPage();
            ++page;
            y = top;
        }
    };
    // One character at a time: shaping a run may swap in glyphs the PDF's ToUnicode
    // table does not name (a digit after a Latin letter, "——" as one glyph), and the
    // text would not come back out. Real PDFs from Word name every glyph.
    auto drawLine = [&](QPointF at, const QString &line) {
        const QFontMetricsF metrics(painter.font());
        for (const QChar c : line) {
            painter.drawText(at, QString(c));
            at.rx() += metrics.horizontalAdvance(c);
        }
    };
    static const QString noLineStart = QStringLiteral("，。、；：？！）”%");
    const QStringList paragraphs = text.split(u'\n');
    bool first = true;
    for (QString paragraph : paragraphs) {
        paragraph = paragraph.trimmed();
        if (paragraph.isEmpty())
            continue;
        const bool title = first && paragraph.contains(QStringLiteral("报告")) && paragraph.size() <= 20;
        first = false;
        if (title) {
            painter.setFont(titleFont);
            QStringList lines = {paragraph};
            if (style.titleOverTwoLines && paragraph.size() > 3)
                lines = {paragraph.left(paragraph.size() - 2), paragraph.right(2)};
            for (const QString &line : std::as_const(lines)) {
                painter.drawText(QRectF(left, y, right - left, style.lineHeight * 1.4), Qt::AlignHCenter, line);
                newLine(style.lineHeight * 1.4);
            }
            continue;
        }
        painter.setFont(font);
        const QFontMetricsF metrics(font);
        double x = left + 2 * style.fontSize;
        QString line;
        for (int i = 0; i < paragraph.size(); ++i) {
            const QChar c = paragraph.at(i);
            const double w = metrics.horizontalAdvance(c);
            if (x + w > right && !line.isEmpty() && !noLineStart.contains(c)) {
                drawLine(QPointF(x - metrics.horizontalAdvance(line), y + style.fontSize), line);
                newLine(style.lineHeight);
                x = left;
                line.clear();
            }
            line += c;
            x += w;
        }
        const double start = x - metrics.horizontalAdvance(line);
        drawLine(QPointF(start, y + style.fontSize), line);
        newLine(style.lineHeight);
    }
    decoratePage();
    painter.end();
    return bytes;
}

} // namespace

TEST(Pdf, CjkFontIsInstalled)
{
    // Without it QPdfWriter falls back to a font without Chinese and every test below
    // would read boxes; scripts/setup installs fonts-noto-cjk.
    EXPECT_TRUE(QFontDatabase::families().contains(QStringLiteral("Noto Serif CJK TC")));
}

TEST(Pdf, SameFiguresAsTextAndWord)
{
    int compared = 0;
    for (const Corpus &c : reports()) {
        SCOPED_TRACE(qPrintable(c.name));
        PdfStyle style;
        style.runningHeader = QStringLiteral("政府工作报告");
        style.dashPageNumbers = compared % 2 == 0;
        const ReadResult pdf = readReport(writePdf(c.text, style));
        ASSERT_TRUE(pdf.ok) << qPrintable(pdf.error);
        EXPECT_EQ(pdf.format, QStringLiteral("pdf"));
        const ReadResult docx = readReport(docxFromText(c.text));
        ASSERT_TRUE(docx.ok) << qPrintable(docx.error);
        const ParsedReport fromText = ReportParser::parse(c.text);
        const ParsedReport fromPdf = ReportParser::parse(pdf.text);
        const ParsedReport fromDocx = ReportParser::parse(docx.text);
        EXPECT_EQ(fromPdf.county, fromText.county);
        EXPECT_EQ(fromPdf.year, fromText.year);
        const QStringList want = figureKeys(fromText);
        EXPECT_EQ(figureKeys(fromPdf), want) << qPrintable(keyDifference(want, figureKeys(fromPdf)));
        EXPECT_EQ(figureKeys(fromDocx), want) << qPrintable(keyDifference(want, figureKeys(fromDocx)));
        expectExactProvenance(fromPdf, pdf.text);
        ++compared;
    }
    EXPECT_GE(compared, 1);
}

TEST(Pdf, WrappedLinesPageNumbersAndHeadersGone)
{
    QString text = QStringLiteral("2023年政府工作报告\n一、2023年工作回顾\n");
    // Enough paragraphs for several pages, each long enough to wrap inside its numbers.
    for (int i = 1; i <= 40; ++i)
        text += QStringLiteral("全县第%1项重点工作进展顺利，完成投资%2.5亿元，同比增长%3.4%，带动就业%4人，"
                               "为全年经济社会发展目标的实现打下了坚实基础。\n")
                    .arg(i)
                    .arg(100 + i)
                    .arg(i % 9 + 1)
                    .arg(25000 + i);
    PdfStyle style;
    style.runningHeader = QStringLiteral("县人民政府文件");
    style.dashPageNumbers = false;
    style.titleOverTwoLines = true;
    const ReadResult r = readReport(writePdf(text, style));
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    const QStringList lines = r.text.split(u'\n');
    ASSERT_EQ(lines.size(), 42) << qPrintable(r.text.left(2000));
    EXPECT_EQ(lines.at(0), QStringLiteral("2023年政府工作报告"));
    EXPECT_EQ(lines.at(1), QStringLiteral("一、2023年工作回顾"));
    const QStringList original = text.trimmed().split(u'\n');
    for (int i = 2; i < lines.size(); ++i)
        EXPECT_EQ(lines.at(i), original.at(i)) << i;
    EXPECT_FALSE(r.text.contains(QStringLiteral("县人民政府文件")));
    EXPECT_FALSE(r.text.contains(QStringLiteral("-2-")));
}

TEST(Pdf, ScannedPdfRefusedWithAMessage)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        QPainter painter(&writer);
        QImage scan(400, 560, QImage::Format_Grayscale8);
        scan.fill(Qt::white);
        for (int y = 60; y < 500; y += 20)
            for (int x = 40; x < 360; ++x)
                scan.setPixel(x, y, qRgb(30, 30, 30));
        painter.drawImage(QRectF(0, 0, 595, 842), scan);
        writer.newPage();
        painter.drawImage(QRectF(0, 0, 595, 842), scan);
    }
    const ReadResult r = readReport(bytes);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("no text layer"))) << qPrintable(r.error);
    EXPECT_TRUE(r.error.contains(QStringLiteral("OCR"))) << qPrintable(r.error);

    const ReadResult damaged = readReport(QByteArray("%PDF-1.7\n1 0 obj\n<<"));
    EXPECT_FALSE(damaged.ok);
    EXPECT_TRUE(damaged.error.contains(QStringLiteral("PDF"))) << qPrintable(damaged.error);
}

TEST(ImportCommand, ALineForEachFileAndEachRefusal)
{
    QTemporaryDir dir;
    QTemporaryDir home;
    ASSERT_TRUE(dir.isValid() && home.isValid());
    auto report = [](int year) {
        return QStringLiteral("政府工作报告\n——%1年1月10日在示例县第十八届人民代表大会第三次会议上\n一、%2年工作回顾\n"
                              "全县实现地区生产总值245.6亿元，增长6.1%；一般公共预算收入12.3亿元，增长5.2%。\n")
            .arg(year + 1)
            .arg(year);
    };
    const QString docx = dir.filePath(QStringLiteral("report.docx"));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString oldWord = dir.filePath(QStringLiteral("old.doc"));
    ASSERT_TRUE(testsupport::writeFile(docx, docxFromText(report(2023))));
    ASSERT_TRUE(testsupport::writeFile(pdf, writePdf(report(2022))));
    ASSERT_TRUE(testsupport::writeFile(oldWord, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0')));
    QProcess p;
    p.setProcessEnvironment(testsupport::isolatedEnvironment(home.path()));
    p.start(QStringLiteral(BRIEFING_BINARY),
            {QStringLiteral("import"), docx, oldWord, pdf, QStringLiteral("--db"), dir.filePath(QStringLiteral("x.db"))});
    ASSERT_TRUE(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_EQ(p.exitCode(), 1) << "one file refused";
    const QStringList outLines = out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(outLines.size(), 2) << qPrintable(out);
    EXPECT_TRUE(outLines.at(0).startsWith(QStringLiteral("[1/3] ") + docx)) << qPrintable(outLines.at(0));
    EXPECT_TRUE(outLines.at(0).contains(QStringLiteral("示例县 2023"))) << qPrintable(outLines.at(0));
    EXPECT_TRUE(outLines.at(0).contains(QStringLiteral("2 figures"))) << qPrintable(outLines.at(0));
    EXPECT_TRUE(outLines.at(1).contains(QStringLiteral("示例县 2022"))) << qPrintable(outLines.at(1));
    EXPECT_TRUE(outLines.at(1).contains(QStringLiteral("2 figures"))) << qPrintable(outLines.at(1));
    EXPECT_TRUE(outLines.at(1).startsWith(QStringLiteral("[3/3] ") + pdf)) << qPrintable(outLines.at(1));
    const QStringList errLines = err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(errLines.size(), 2) << qPrintable(err);
    EXPECT_TRUE(errLines.at(0).contains(QStringLiteral("[2/3] ") + oldWord)) << qPrintable(errLines.at(0));
    EXPECT_TRUE(errLines.at(0).contains(QStringLiteral(".docx"))) << qPrintable(errLines.at(0));
    EXPECT_TRUE(errLines.at(1).contains(QStringLiteral("1 of 3"))) << qPrintable(errLines.at(1));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
