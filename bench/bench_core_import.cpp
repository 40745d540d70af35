// One import end to end, as `county-briefing import` does it: read and decode the file,
// parse it, and write it into a fresh database in one transaction. Median of many runs.
#include "ReportParser.h"
#include "ReportReader.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString file = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral(BRIEFING_DATA_DIR "/county-work-report-draft.txt");
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 30;
    QTemporaryDir dir;
    std::vector<double> fresh;
    std::vector<double> replace;
    QString error;
    for (int i = 0; i < runs; ++i) {
        const QString db = dir.filePath(QStringLiteral("import-%1.db").arg(i));
        QElapsedTimer t;
        t.start();
        const ReadResult read = readReportFile(file);
        if (!read.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(read.error));
            return 1;
        }
        ParsedReport parsed = ReportParser::parse(read.text);
        parsed.county = QStringLiteral("示例县");
        parsed.year = 2022;
        auto store = Store::open(db, Store::Mode::ReadWrite, &error);
        if (!store || store->saveReport(parsed, file, &error) == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        fresh.push_back(t.nsecsElapsed() / 1e6);
        // Re-importing into an existing database replaces the report.
        t.restart();
        const ReadResult again = readReportFile(file);
        ParsedReport second = ReportParser::parse(again.text);
        second.county = parsed.county;
        second.year = parsed.year;
        if (store->saveReport(second, file, &error) == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        replace.push_back(t.nsecsElapsed() / 1e6);
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("IMPORT runs=%d fresh_median_ms=%.2f replace_median_ms=%.2f\n", runs, median(fresh), median(replace));
    return 0;
}
