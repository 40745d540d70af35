#include "ReportReader.h"

#include "docs/DocxReader.h"
#include "docs/PdfReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

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

constexpr qint64 kSniffBytes = 1024;

enum class Format { Text, Docx, Pdf, OldOffice, Rtf };

// Formats are told apart by their first bytes, not the file name: reports arrive renamed,
// as "报告.txt" that is really a Word file, or without an extension at all.
Format sniff(const QByteArray &head)
{
    // The PDF header may follow some junk; readers look for it in the first kilobyte.
    if (head.contains("%PDF-"))
        return Format::Pdf;
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

// Text saved as "Unicode" by Windows programs: UTF-16 with a byte order mark.
ReadResult decodeUtf16(const QByteArray &bytes)
{
    QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    ReadResult r;
    r.text = decoder.decode(bytes.mid(2));
    if (decoder.hasError())
        return failure(QStringLiteral("The file starts with a UTF-16 mark but is not valid UTF-16."));
    r.encoding = QStringLiteral("UTF-16");
    r.ok = !r.text.trimmed().isEmpty();
    if (!r.ok)
        r.error = QStringLiteral("The report file contains only whitespace.");
    return r;
}

// A copy cut in the middle of a character: continuation bytes at the start, an incomplete
// sequence at the end.
QByteArray trimCutSequences(const QByteArray &bytes)
{
    auto continuation = [](char c) { return (uchar(c) & 0xC0) == 0x80; };
    qsizetype from = 0;
    while (from < 3 && from < bytes.size() && continuation(bytes.at(from)))
        ++from;
    qsizetype to = bytes.size();
    for (qsizetype back = 1; back <= 3 && to - back >= from; ++back) {
        const uchar c = uchar(bytes.at(to - back));
        if (c >= 0xC0) {
            const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (length > back)
                to -= back;
            break;
        }
        if (c < 0x80)
            break;
    }
    return bytes.mid(from, to - from);
}

// UTF-8 but for a few bytes (a damaged copy): the damaged bytes become U+FFFD, visible in
// their sentence, rather than the whole file turning into GB18030 mojibake or being called
// undecodable. A damaged byte beside a digit could change a number: that file is refused,
// with the line to look at.
std::optional<QString> decodeDamagedUtf8(const QByteArray &bytes, QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    const qsizetype bad = text.count(QChar::ReplacementCharacter);
    const qsizetype ascii = std::count_if(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; });
    const qsizetype wide = text.size() - ascii;   // characters from multi-byte sequences
    if (bad == 0 || bad > 8 || wide < bad * 20)
        return std::nullopt;
    for (qsizetype at = text.indexOf(QChar::ReplacementCharacter); at >= 0;
         at = text.indexOf(QChar::ReplacementCharacter, at + 1)) {
        const bool nearDigit = (at > 0 && text.at(at - 1).isDigit()) || (at + 1 < text.size() && text.at(at + 1).isDigit());
        if (nearDigit) {
            *error = QStringLiteral("The file is UTF-8 except for %1 damaged byte(s); one on line %2 touches a number. "
                                    "Re-save the file as UTF-8.")
                         .arg(bad)
                         .arg(text.left(at).count(u'\n') + 1);
            return std::nullopt;
        }
    }
    return text;
}

} // namespace

ReadResult readReport(const QByteArray &bytes)
{
    const Format format = sniff(bytes.left(kSniffBytes));
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
    case Format::Pdf:
        return PdfReader::read(bytes);
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
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes);
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
    } else if (auto cut = decodeUtf8(trimCutSequences(bytes))) {
        r.text = *cut;
        r.encoding = QStringLiteral("UTF-8");
    } else if (QString damage; auto damaged = decodeDamagedUtf8(bytes, &damage)) {
        r.text = *damaged;
        r.encoding = QStringLiteral("UTF-8 (damaged bytes replaced)");
    } else if (!damage.isEmpty()) {
        return failure(damage);
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
    const Format format = sniff(file.peek(kSniffBytes));
    if (info.size() > sizeLimit(format))
        return failure(tooLarge(info.size(), format));
    // Read one byte past the limit so a file that grew after stat() is still refused.
    ReadResult r = readReport(file.read(sizeLimit(format) + 1));
    if (!r.ok)
        r.error = QStringLiteral("%1: %2").arg(path, r.error);
    return r;
}
