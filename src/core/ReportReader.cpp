#include "ReportReader.h"

#include "docs/DocxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <iconv.h>

namespace {

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF))
            return false;
    }
    return true;
}

// Strict UTF-8 check: QStringDecoder flags invalid sequences via hasError().
std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// glibc's iconv is the fallback when Qt was built without ICU and so lacks GB18030.
QString decodeGb18030WithIconv(const QByteArray &bytes, int *errors)
{
    *errors = 0;
    iconv_t cd = iconv_open("UTF-16LE", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        *errors = int(bytes.size());
        return {};
    }
    QByteArray out;
    out.resize(bytes.size() * 4 + 16);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) == size_t(-1)) {
            if (errno == E2BIG)
                break;
            // Skip one undecodable byte and count it, so mostly-garbage input is refused.
            ++*errors;
            ++in;
            --inLeft;
        }
    }
    iconv_close(cd);
    const qsizetype produced = out.size() - qsizetype(outLeft);
    return QString(reinterpret_cast<const QChar *>(out.constData()), produced / 2);
}

QString decodeGb18030(const QByteArray &bytes, int *errors)
{
    QStringDecoder decoder("GB18030");
    if (!decoder.isValid())
        return decodeGb18030WithIconv(bytes, errors);
    QString text = decoder.decode(bytes);
    *errors = int(text.count(QChar::ReplacementCharacter));
    return text;
}

ReadResult failure(const QString &error)
{
    ReadResult r;
    r.error = error;
    return r;
}

enum class Format { Text, Docx, OldOffice, Rtf };

// Formats are told apart by their first bytes, not the file name: reports arrive renamed,
// as "报告.txt" that is really a Word file, or without an extension at all.
Format sniff(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04"))
        return Format::Docx;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Format::OldOffice;
    if (head.startsWith("{\\rtf"))
        return Format::Rtf;
    return Format::Text;
}

qint64 sizeLimit(Format format)
{
    return format == Format::Text ? kMaxReportBytes : kMaxDocumentBytes;
}

QString tooLarge(qint64 size, Format format)
{
    return QStringLiteral("The report is too large (%1 MB; the limit is %2 MB).")
        .arg(double(size) / (1024.0 * 1024.0), 0, 'f', 1)
        .arg(sizeLimit(format) / (1024 * 1024));
}

} // namespace

ReadResult readReport(const QByteArray &bytes)
{
    const Format format = sniff(bytes.left(16));
    if (format == Format::Text)
        return decodeReport(bytes);
    if (bytes.size() > sizeLimit(format))
        return failure(tooLarge(bytes.size(), format));
    switch (format) {
    case Format::Docx: {
        ReadResult r = DocxReader::read(bytes);
        if (r.ok)
            r.format = QStringLiteral("docx");
        return r;
    }
    case Format::OldOffice:
        return failure(QStringLiteral("This is an old Word (.doc), WPS or password-protected Office file, which is not read; "
                                      "open it in Word or WPS and save it as .docx (or PDF) without a password."));
    case Format::Rtf:
        return failure(QStringLiteral("RTF files are not read; open it in Word or WPS and save it as .docx."));
    case Format::Text:
        break;
    }
    return decodeReport(bytes);
}

ReadResult decodeReport(const QByteArray &bytes)
{
    if (bytes.size() > kMaxReportBytes)
        return failure(tooLarge(bytes.size(), Format::Text));
    if (bytes.isEmpty())
        return failure(QStringLiteral("The report file is empty."));
    if (bytes.contains('\0'))
        return failure(QStringLiteral("The file looks binary (it contains NUL bytes), not a text report."));

    ReadResult r;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        auto text = decodeUtf8(bytes.mid(3));
        if (!text)
            return failure(QStringLiteral("The file starts with a UTF-8 mark but is not valid UTF-8."));
        r.text = *text;
        r.encoding = QStringLiteral("UTF-8 (BOM)");
    } else if (auto text = decodeUtf8(bytes)) {
        r.text = *text;
        r.encoding = QStringLiteral("UTF-8");
    } else {
        int errors = 0;
        r.text = decodeGb18030(bytes, &errors);
        r.encoding = QStringLiteral("GB18030");
        // Legitimate GB18030 decodes without errors; a few stray bytes are tolerated
        // (truncated copies), anything beyond that is not a text file.
        if (errors > 0 && errors * 50 > bytes.size())
            return failure(QStringLiteral("The file is neither UTF-8 nor GB18030 text (mostly undecodable bytes)."));
    }

    int controls = 0;
    for (const QChar c : std::as_const(r.text)) {
        const ushort u = c.unicode();
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f')
            ++controls;
    }
    if (controls * 20 > r.text.size())
        return failure(QStringLiteral("The file looks binary (too many control characters), not a text report."));
    if (isBlank(r.text))
        return failure(QStringLiteral("The report file contains only whitespace."));
    r.format = QStringLiteral("text");
    r.ok = true;
    return r;
}

ReadResult readReportFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(QStringLiteral("Report file not found: %1").arg(path));
    if (info.isDir())
        return failure(QStringLiteral("Expected a report file but got a folder: %1").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("Cannot read the report file %1: %2").arg(path, file.errorString()));
    const Format format = sniff(file.peek(16));
    if (info.size() > sizeLimit(format))
        return failure(tooLarge(info.size(), format));
    // Read one byte past the limit so a file that grew after stat() is still refused.
    return readReport(file.read(sizeLimit(format) + 1));
}
