// libFuzzer target: bytes -> decodeReport -> ReportParser::parse. Any crash, sanitizer report
// or broken invariant (offsets outside the text, a sentence that is not its slice) is a bug.
#include "ReportParser.h"
#include "ReportReader.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ReadResult read = decodeReport(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!read.ok)
        return 0;
    const ParsedReport report = ReportParser::parse(read.text);
    const int length = int(read.text.size());
    for (const Figure &f : report.figures) {
        if (f.sentenceStart < 0 || f.sentenceEnd > length || f.sentenceStart > f.sentenceEnd)
            std::abort();
        if (read.text.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart) != f.sentence)
            std::abort();
        if ((f.value && !std::isfinite(*f.value)) || (f.growth && !std::isfinite(*f.growth)))
            std::abort();
        if (f.parentIndex >= report.figures.size())
            std::abort();
    }
    for (const Section &s : report.sections) {
        if (s.start < 0 || s.end > length || s.start > s.end)
            std::abort();
    }
    return 0;
}
