// Parse throughput of the shipped draft: the importer must stay far below a frame's
// budget so that re-importing on a file change never stalls the screen.
#include "ReportParser.h"
#include "ReportReader.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int main()
{
    const ReadResult read = readReportFile(QStringLiteral(BRIEFING_DATA_DIR "/county-work-report-draft.txt"));
    if (!read.ok) {
        std::fprintf(stderr, "bench_core_parse: %s\n", qPrintable(read.error));
        return 1;
    }
    constexpr int kRuns = 7;
    constexpr int kParsesPerRun = 300;
    std::vector<double> msPerParse;
    std::size_t sink = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kParsesPerRun; ++i)
            sink += std::size_t(ReportParser::parse(read.text).figures.size());
        msPerParse.push_back(double(timer.nsecsElapsed()) / 1e6 / kParsesPerRun);
    }
    std::sort(msPerParse.begin(), msPerParse.end());
    const double median = msPerParse[msPerParse.size() / 2];
    std::printf("PARSE parses_per_sec=%.0f median_ms=%.3f\n", 1000.0 / median, median);
    return sink > 0 ? 0 : 1;
}
