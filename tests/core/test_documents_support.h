#pragma once

// Helpers shared by the document tests (tests/core/test_documents.cpp and
// tests/app/test_documents_pdf.cpp): the reports to try, a Word file written from text,
// a copy of a text as copying out of a PDF gives it, and the comparison of figures.

#include "ReportParser.h"
#include "ReportReader.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

// Readable failures: GoogleTest prints a QString as its text.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace docs_test {

struct Corpus
{
    QString name;
    QString text;
};

// The shipped draft always; the real excerpts and the full reports when they are present.
inline QList<Corpus> reports()
{
    QList<Corpus> out;
    out.append({QStringLiteral("draft"),
                readReportFile(testsupport::dataDir() + QStringLiteral("/county-work-report-draft.txt")).text});
    for (const QString sub : {QStringLiteral("real"), QStringLiteral("full")}) {
        const QDir dir(testsupport::sharedReportsDir() + u'/' + sub);
        for (const QString &file : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            const ReadResult r = readReportFile(dir.filePath(file));
            if (r.ok)
                out.append({sub + u'/' + file, r.text});
        }
    }
    return out;
}

// What a figure is, without where it stands: name, value, unit, growth.
inline QStringList figureKeys(const ParsedReport &report, bool withNames = true)
{
    QStringList keys;
    for (const Figure &f : report.figures) {
        keys << QStringLiteral("%1|%2|%3|%4")
                    .arg(withNames ? f.name : QString(), f.value ? QString::number(*f.value, 'g', 12) : QStringLiteral("-"),
                         f.unit, f.growth ? QString::number(*f.growth, 'g', 12) : QStringLiteral("-"));
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

// The headline figures expected.json lists for a report of the shared corpus
// ("real/doumen-2022.txt"), as name|value|unit|growth with the name's parts joined by +.
inline QStringList headlineKeys(const QString &corpusName)
{
    const int slash = int(corpusName.indexOf(u'/'));
    if (slash < 0)
        return {};
    QFile file(testsupport::sharedReportsDir() + u'/' + corpusName.left(slash) + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList keys;
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &v : all.value(corpusName.mid(slash + 1)).toObject().value(QStringLiteral("figures")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList parts;
        for (const QJsonValue &p : o.value(QStringLiteral("name")).toArray())
            parts << p.toString();
        auto number = [](const QJsonValue &n) { return n.isNull() ? QStringLiteral("-") : QString::number(n.toDouble(), 'g', 12); };
        keys << QStringLiteral("%1|%2|%3|%4")
                    .arg(parts.join(u'+'), number(o.value(QStringLiteral("value"))), o.value(QStringLiteral("unit")).toString(),
                         number(o.value(QStringLiteral("growth"))));
    }
    return keys;
}

// Whether the report has the figure a headline key describes: a name holding every part.
inline bool hasHeadline(const ParsedReport &report, const QString &key)
{
    const QStringList fields = key.split(u'|');
    const QStringList parts = fields.at(0).split(u'+');
    for (const QString &candidate : figureKeys(report)) {
        const QStringList c = candidate.split(u'|');
        if (c.mid(1) != fields.mid(1))
            continue;
        if (std::all_of(parts.cbegin(), parts.cend(), [&](const QString &p) { return c.at(0).contains(p); }))
            return true;
    }
    return false;
}

// Figures present in one list and not the other, for a readable failure.
inline QString keyDifference(const QStringList &want, const QStringList &got)
{
    QStringList missing;
    QStringList extra;
    std::set_difference(want.cbegin(), want.cend(), got.cbegin(), got.cend(), std::back_inserter(missing));
    std::set_difference(got.cbegin(), got.cend(), want.cbegin(), want.cend(), std::back_inserter(extra));
    return QStringLiteral("missing: %1\nextra: %2").arg(missing.join(QStringLiteral("; ")), extra.join(QStringLiteral("; ")));
}

// Every figure's sentence must be the text it points at, in the text that was read.
inline void expectExactProvenance(const ParsedReport &report, const QString &text)
{
    for (const Figure &f : report.figures) {
        ASSERT_LE(f.sentenceEnd, text.size());
        EXPECT_EQ(f.sentence, text.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart)) << qPrintable(f.name);
        EXPECT_LE(f.sentenceStart, f.start);
        EXPECT_GE(f.sentenceEnd, f.end);
    }
}

inline QString xmlEscape(QString s)
{
    s.replace(u'&', QStringLiteral("&amp;"));
    s.replace(u'<', QStringLiteral("&lt;"));
    s.replace(u'>', QStringLiteral("&gt;"));
    s.replace(u'"', QStringLiteral("&quot;"));
    return s;
}

// One paragraph of plain text as document.xml holds it.
inline QString paragraphXml(const QString &text, const QString &properties = QString())
{
    return QStringLiteral("<w:p>%1<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>").arg(properties, xmlEscape(text));
}

// A Word package as Word writes it: content types, relationships, the document and,
// when given, styles and numbering.
inline QByteArray docxPackage(const QString &bodyXml, const QString &stylesXml = QString(),
                              const QString &numberingXml = QString())
{
    const QString ns = QStringLiteral(
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"");
    QList<QPair<QString, QString>> parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                 "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                 "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                 "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                 "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                                 "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")});
    parts.append({QStringLiteral("_rels/.rels"),
                  QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                 "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                 "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")});
    parts.append({QStringLiteral("word/document.xml"),
                  QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document %1><w:body>%2"
                                 "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>")
                      .arg(ns, bodyXml)});
    QString rels;
    if (!stylesXml.isEmpty()) {
        parts.append({QStringLiteral("word/styles.xml"), QStringLiteral("<w:styles %1>%2</w:styles>").arg(ns, stylesXml)});
        rels += QStringLiteral("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships/styles\" Target=\"styles.xml\"/>");
    }
    if (!numberingXml.isEmpty()) {
        parts.append({QStringLiteral("word/numbering.xml"),
                      QStringLiteral("<w:numbering %1>%2</w:numbering>").arg(ns, numberingXml)});
        rels += QStringLiteral("<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships/numbering\" Target=\"numbering.xml\"/>");
    }
    parts.append({QStringLiteral("word/_rels/document.xml.rels"),
                  QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%1"
                                 "</Relationships>")
                      .arg(rels)});

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const auto &part : std::as_const(parts)) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first)))
            return {};
        file.write(part.second.toUtf8());
        file.close();
    }
    zip.close();
    return bytes;
}

// A report written as Word would hold it: one paragraph a line.
inline QByteArray docxFromText(const QString &text)
{
    QString body;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        body += paragraphXml(line);
    }
    return docxPackage(body);
}

// The text as copying it out of a typeset PDF gives it: lines filled to one width
// (a Chinese character two units, an ASCII one one) and broken wherever that falls,
// inside words, numbers and units, closing punctuation kept off the start of a line; a
// page number and a running header every so many lines, at least three pages; a title
// set over two lines; spaces where the typesetter spaced characters ("2022 年",
// "5.8 %", "增 长"); digit groups split by a space ("25 780元"); some full-width digits;
// dash leaders drawn as box-drawing rules. Deterministic for a seed.
inline QString pdfStyleCopy(const QString &text, quint32 seed, int widthInHan = 28)
{
    QRandomGenerator random(seed);
    auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    // Character-level noise first, then the wrapping, so breaks fall inside the noise too.
    QString noisy;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar prev = i > 0 ? text.at(i - 1) : QChar();
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'—' && random.bounded(2) == 0) {
            noisy += QChar(0x2500); // ─
            continue;
        }
        if (isDigit(c) && !isDigit(prev) && prev != u'.') {
            // Thousands split by a space in long integers.
            int j = i;
            while (j < text.size() && isDigit(text.at(j)))
                ++j;
            if (j - i >= 5 && (j >= text.size() || text.at(j) != u'.')) {
                for (int k = i; k < j; ++k) {
                    noisy += text.at(k);
                    if ((j - k - 1) % 3 == 0 && k + 1 < j)
                        noisy += u' ';
                }
                i = j - 1;
                continue;
            }
        }
        noisy += isDigit(c) && random.bounded(12) == 0 ? QChar(0xFF10 + c.digitValue()) : c;
        if (isDigit(c) && (next == u'%' || next.script() == QChar::Script_Han) && random.bounded(3) == 0)
            noisy += u' ';
        else if (c.script() == QChar::Script_Han && isDigit(next) && random.bounded(3) == 0)
            noisy += u' ';
        else if (c.script() == QChar::Script_Han && next.script() == QChar::Script_Han && random.bounded(25) == 0)
            noisy += u' ';
    }

    static const QString noLineStart = QStringLiteral("，。、；：？！）”%,.;:)");
    const int width = 2 * widthInHan;
    QStringList lines;
    bool first = true;
    for (const QString &paragraph : noisy.split(u'\n')) {
        const QString rest = paragraph.trimmed();
        if (rest.isEmpty())
            continue;
        if (first && rest.endsWith(QStringLiteral("报告")) && rest.size() > 4) {
            lines << rest.left(rest.size() - 2) << rest.right(2);
            first = false;
            continue;
        }
        first = false;
        QString line;
        int used = 4; // first-line indent of two characters
        for (const QChar c : rest) {
            const int w = c.unicode() < 128 ? 1 : 2;
            if (used + w > width && !line.isEmpty() && !noLineStart.contains(c)) {
                lines << line;
                line.clear();
                used = 0;
            }
            line += c;
            used += w;
        }
        lines << line;
    }

    const int perPage = std::clamp(int(lines.size()) / 4, 6, 36);
    QStringList out;
    for (int i = 0; i < lines.size(); ++i) {
        out << lines.at(i);
        if ((i + 1) % perPage == 0) {
            const int page = (i + 1) / perPage;
            out << QString() << (page % 2 ? QStringLiteral("— %1 —").arg(page) : QStringLiteral("-%1-").arg(page))
                << QStringLiteral("县政府工作报告");
        }
    }
    return out.join(u'\n');
}

} // namespace docs_test
