#include "DocxReader.h"

#include "DocxNumbering.h"
#include "DocxStyles.h"
#include "DocxXml.h"

#include <QBuffer>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace {

using DocxXml::attribute;

// A report's document.xml is a few MB; the cap keeps a zip bomb from filling memory.
constexpr qint64 kMaxPartBytes = 200LL * 1024 * 1024;

ReadResult failure(const QString &error)
{
    ReadResult r;
    r.error = error;
    return r;
}

// One part of the package, or a null array when it is absent or too large.
QByteArray readPart(QuaZip &zip, const QString &path, bool *tooLarge = nullptr)
{
    QString name = path;
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return {};
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > kMaxPartBytes) {
        if (tooLarge)
            *tooLarge = true;
        return {};
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.read(kMaxPartBytes + 1);
    if (bytes.size() > kMaxPartBytes) {
        if (tooLarge)
            *tooLarge = true;
        return {};
    }
    if (bytes.isNull())
        bytes = QByteArray("");
    return bytes;
}

// The target of the first relationship whose type ends in typeSuffix, resolved against
// the folder the relationships describe ("word/").
QString relationshipTarget(const QByteArray &rels, QStringView typeSuffix, const QString &baseDir)
{
    QXmlStreamReader xml(rels);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        if (!attribute(xml, QLatin1String("Type")).endsWith(typeSuffix))
            continue;
        const QString target = attribute(xml, QLatin1String("Target"));
        if (target.startsWith(u'/'))
            return target.mid(1);
        return baseDir + target;
    }
    return {};
}

struct Paragraph
{
    QString text;
    QString styleId;
    int outlineLevel = -1;
    int numId = -1;
    int ilvl = -1;
    bool markDeleted = false; // a deleted paragraph mark joins it to the next one
};

struct Cell
{
    QStringList paragraphs;
};

struct Row
{
    QStringList cells;
    Cell cell;
};

class Walker
{
public:
    Walker(const DocxStyles &styles, DocxNumbering &numbering)
        : m_styles(styles)
        , m_numbering(numbering)
    {
    }

    bool walk(const QByteArray &documentXml, QString *error)
    {
        QXmlStreamReader xml(documentXml);
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement)
                start(xml);
            else if (token == QXmlStreamReader::EndElement)
                end(xml.name());
        }
        if (xml.hasError()) {
            *error = QStringLiteral("The Word document is damaged (%1 at line %2).")
                         .arg(xml.errorString())
                         .arg(xml.lineNumber());
            return false;
        }
        if (!m_carry.isEmpty())
            emitLine(m_carry, false);
        return true;
    }

    QString text() const
    {
        QStringList lines = m_lines;
        while (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        return lines.join(u'\n');
    }

private:
    void start(QXmlStreamReader &xml)
    {
        const QStringView name = xml.name();
        // Deleted and moved-away text, field codes and the fallback copy of a drawing
        // (mc:Fallback repeats mc:Choice) are not part of what the reader sees.
        if (name == u"del" || name == u"moveFrom" || name == u"delText" || name == u"instrText"
            || name == u"Fallback" || name == u"rPr" || name == u"sectPr" || name == u"delInstrText") {
            xml.skipCurrentElement();
            return;
        }
        if (name == u"p") {
            m_paragraphs.append(Paragraph());
        } else if (name == u"pPr" && !m_paragraphs.isEmpty()) {
            readParagraphProperties(xml, m_paragraphs.last());
        } else if (name == u"t" && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (!m_paragraphs.isEmpty() && (name == u"br" || name == u"cr")) {
            m_paragraphs.last().text += u'\n';
        } else if (!m_paragraphs.isEmpty() && name == u"tab") {
            m_paragraphs.last().text += u' ';
        } else if (!m_paragraphs.isEmpty() && name == u"noBreakHyphen") {
            m_paragraphs.last().text += u'-';
        } else if (name == u"tbl") {
            m_tables.append(QList<Row>());
        } else if (name == u"tr" && !m_tables.isEmpty()) {
            m_tables.last().append(Row());
        } else if (name == u"tc" && !m_tables.isEmpty() && !m_tables.last().isEmpty()) {
            m_tables.last().last().cell = Cell();
        }
    }

    void end(QStringView name)
    {
        if (name == u"p" && !m_paragraphs.isEmpty()) {
            finishParagraph(m_paragraphs.takeLast());
        } else if (name == u"tc" && !m_tables.isEmpty() && !m_tables.last().isEmpty()) {
            Row &row = m_tables.last().last();
            row.cells.append(row.cell.paragraphs.join(u' ').simplified());
            row.cell = Cell();
        } else if (name == u"tr" && !m_tables.isEmpty() && !m_tables.last().isEmpty()) {
            const Row row = m_tables.last().takeLast();
            QStringList cells = row.cells;
            while (!cells.isEmpty() && cells.constLast().isEmpty())
                cells.removeLast();
            if (!cells.isEmpty())
                emitLine(cells.join(u'\t'), false);
        } else if (name == u"tbl" && !m_tables.isEmpty()) {
            m_tables.removeLast();
        }
    }

    void readParagraphProperties(QXmlStreamReader &xml, Paragraph &p)
    {
        int depth = 1;
        bool inRunProperties = false;
        while (depth > 0 && !xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                --depth;
                if (xml.name() == u"rPr")
                    inRunProperties = false;
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            ++depth;
            const QStringView name = xml.name();
            if (name == u"pPrChange") {
                // The formatting before a tracked change: not what the reader sees.
                xml.skipCurrentElement();
                --depth;
            } else if (name == u"rPr") {
                inRunProperties = true;
            } else if (inRunProperties && name == u"del") {
                p.markDeleted = true;
            } else if (name == u"pStyle") {
                p.styleId = attribute(xml, QLatin1String("val"));
            } else if (name == u"outlineLvl") {
                p.outlineLevel = attribute(xml, QLatin1String("val")).toInt();
                if (p.outlineLevel > 8)
                    p.outlineLevel = 9; // explicitly body text, overriding the style
            } else if (name == u"numId") {
                p.numId = attribute(xml, QLatin1String("val")).toInt();
            } else if (name == u"ilvl") {
                p.ilvl = attribute(xml, QLatin1String("val")).toInt();
            }
        }
    }

    void finishParagraph(Paragraph p)
    {
        const DocxStyles::Paragraph style = m_styles.resolve(p.styleId);
        const int outline = p.outlineLevel >= 0 ? p.outlineLevel : style.outlineLevel;
        const bool heading = outline >= 0 && outline <= 8;
        const int numId = p.numId >= 0 ? p.numId : style.numId;
        const int ilvl = p.ilvl >= 0 ? p.ilvl : std::max(0, style.ilvl);
        QString text = m_carry + p.text;
        m_carry.clear();
        if (numId > 0) {
            const QString label = m_numbering.nextLabel(numId, ilvl);
            if (!text.trimmed().isEmpty())
                text.prepend(label);
        }
        if (p.markDeleted) {
            m_carry = text;
            return;
        }
        if (!m_tables.isEmpty() && !m_tables.last().isEmpty()) {
            if (!text.trimmed().isEmpty())
                m_tables.last().last().cell.paragraphs.append(text);
            return;
        }
        emitLine(text, heading);
    }

    void emitLine(const QString &text, bool heading)
    {
        const bool blank = text.trimmed().isEmpty();
        // Empty paragraphs space a page out; one empty line keeps the paragraph apart.
        if (blank) {
            if (!m_lines.isEmpty() && !m_lines.constLast().isEmpty())
                m_lines.append(QString());
            return;
        }
        if (heading && !m_lines.isEmpty() && !m_lines.constLast().isEmpty())
            m_lines.append(QString());
        m_lines.append(text);
        if (heading)
            m_lines.append(QString());
    }

    const DocxStyles &m_styles;
    DocxNumbering &m_numbering;
    QList<Paragraph> m_paragraphs; // nested: a text box inside a paragraph
    QList<QList<Row>> m_tables;    // nested tables
    QStringList m_lines;
    QString m_carry;
};

} // namespace

ReadResult DocxReader::read(const QByteArray &zipBytes)
{
    QByteArray copy = zipBytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return failure(QStringLiteral("The file looks like a zip archive but cannot be opened (damaged or incomplete)."));

    const QByteArray packageRels = readPart(zip, QStringLiteral("_rels/.rels"));
    QString documentPath = relationshipTarget(packageRels, u"/officeDocument", QString());
    if (documentPath.isEmpty())
        documentPath = QStringLiteral("word/document.xml");
    bool tooLarge = false;
    const QByteArray document = readPart(zip, documentPath, &tooLarge);
    if (tooLarge)
        return failure(QStringLiteral("The Word document is too large to read (its text part exceeds 200 MB)."));
    if (document.isNull() || !document.contains("wordprocessingml")) {
        const QStringList names = zip.getFileNameList();
        auto has = [&](const char *prefix) {
            return std::any_of(names.cbegin(), names.cend(),
                               [&](const QString &n) { return n.startsWith(QLatin1String(prefix)); });
        };
        if (has("xl/"))
            return failure(QStringLiteral("This is an Excel workbook, not a report; import the report as .docx, .pdf or text."));
        if (has("ppt/"))
            return failure(QStringLiteral("This is a PowerPoint file, not a report; import the report as .docx, .pdf or text."));
        if (names.contains(QStringLiteral("content.xml")))
            return failure(QStringLiteral("OpenDocument (.odt) files are not read; save the report as .docx or PDF."));
        return failure(QStringLiteral("The file is a zip archive but not a Word document (.docx)."));
    }

    const QString wordDir = documentPath.left(documentPath.lastIndexOf(u'/') + 1);
    const QString documentRels = wordDir + QStringLiteral("_rels/") + documentPath.mid(wordDir.size()) + QStringLiteral(".rels");
    const QByteArray rels = readPart(zip, documentRels);
    DocxStyles styles;
    DocxNumbering numbering;
    const QString stylesPath = relationshipTarget(rels, u"/styles", wordDir);
    styles.load(readPart(zip, stylesPath.isEmpty() ? wordDir + QStringLiteral("styles.xml") : stylesPath));
    const QString numberingPath = relationshipTarget(rels, u"/numbering", wordDir);
    numbering.load(readPart(zip, numberingPath.isEmpty() ? wordDir + QStringLiteral("numbering.xml") : numberingPath));

    Walker walker(styles, numbering);
    QString error;
    if (!walker.walk(document, &error))
        return failure(error);
    ReadResult r;
    r.text = walker.text();
    r.encoding = QStringLiteral("DOCX");
    if (r.text.trimmed().isEmpty())
        return failure(QStringLiteral("The Word document contains no text."));
    r.ok = true;
    return r;
}
