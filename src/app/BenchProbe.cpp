#include "BenchProbe.h"

#include "ScreenControl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace {

// CPU time of the whole process (all threads), in nanoseconds.
qint64 processCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

void BenchProbe::addOptions(QCommandLineParser &parser)
{
    const QList<QCommandLineOption> options{
        {QStringLiteral("bench-seconds"), QStringLiteral("Measure for N seconds."), QStringLiteral("N")},
        {QStringLiteral("bench-warmup-ms"), QStringLiteral("Settle time."), QStringLiteral("MS")},
        {QStringLiteral("bench-rotate-ms"), QStringLiteral("Advance a page every MS milliseconds."), QStringLiteral("MS")},
        {QStringLiteral("bench-rotations"), QStringLiteral("Stop after N rotations."), QStringLiteral("N")},
        {QStringLiteral("bench-sample-seconds"), QStringLiteral("Print a SAMPLE line every N seconds."), QStringLiteral("N")},
        {QStringLiteral("bench-page-cost"), QStringLiteral("Time N full redraws of every page."), QStringLiteral("N")},
        {QStringLiteral("bench-ticker-paused"), QStringLiteral("Start paused: no rotation, no ticker.")},
    };
    for (QCommandLineOption option : options) {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

std::optional<BenchProbe::Options> BenchProbe::optionsFrom(const QCommandLineParser &parser)
{
    auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    auto isSet = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    Options options;
    options.paused = isSet("bench-ticker-paused");
    options.measure = isSet("bench-seconds") || isSet("bench-rotations") || isSet("bench-page-cost");
    if (!options.paused && !options.measure)
        return std::nullopt;
    options.measureMs = int(value("bench-seconds").toDouble() * 1000);
    if (isSet("bench-warmup-ms"))
        options.warmupMs = value("bench-warmup-ms").toInt();
    options.rotateMs = value("bench-rotate-ms").toInt();
    options.maxRotations = value("bench-rotations").toInt();
    options.reportEveryMs = int(value("bench-sample-seconds").toDouble() * 1000);
    options.pageCostRounds = value("bench-page-cost").toInt();
    return options;
}

BenchProbe::BenchProbe(QQuickWindow *window, const Options &options)
    : m_window(window)
    , m_options(options)
{
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        if (m_measuring)
            ++m_frames;
        if (m_costPage >= 0)
            pageCostFrame();
    });
    // Every page change counts, whether the probe or the screen's own rotation made it.
    connect(ScreenControl::instance(), &ScreenControl::currentIndexChanged, this, &BenchProbe::countPageChange);
    m_rotateTimer.setInterval(std::max(1, options.rotateMs));
    connect(&m_rotateTimer, &QTimer::timeout, this, &BenchProbe::rotate);
    m_sampleTimer.setInterval(std::max(1000, options.reportEveryMs));
    connect(&m_sampleTimer, &QTimer::timeout, this, [this] { printSample("SAMPLE"); });
}

namespace {

qint64 procField(const char *file, const QByteArray &field)
{
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

qint64 BenchProbe::residentKb()
{
    return procField("/proc/self/status", QByteArrayLiteral("VmRSS:"));
}

qint64 BenchProbe::proportionalKb()
{
    return procField("/proc/self/smaps_rollup", QByteArrayLiteral("Pss:"));
}

qint64 BenchProbe::cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

void BenchProbe::start()
{
    if (m_options.pageCostRounds > 0) {
        QTimer::singleShot(m_options.warmupMs, this, [this] {
            m_costPage = 0;
            m_costRound = 0;
            const int pages = ScreenControl::instance()->pageNames().size();
            m_costCpuMs = QList<QList<double>>(pages);
            m_costWallMs = QList<QList<double>>(pages);
            m_costWall.start();
            nextPageCost();
        });
        return;
    }
    QTimer::singleShot(m_options.warmupMs, this, &BenchProbe::beginMeasuring);
}

// Shows one page with its numbers settled and times CPU and wall clock until the frame
// that draws it has been swapped: what one complete redraw of that page costs.
void BenchProbe::nextPageCost()
{
    m_costCpuStartNs = processCpuNs();
    m_costWallStartNs = m_costWall.nsecsElapsed();
    ScreenControl::instance()->showPage(m_costPage);
    ScreenControl::instance()->settleNow();
    m_window->update();
}

void BenchProbe::pageCostFrame()
{
    m_costCpuMs[m_costPage].append((processCpuNs() - m_costCpuStartNs) / 1e6);
    m_costWallMs[m_costPage].append((m_costWall.nsecsElapsed() - m_costWallStartNs) / 1e6);
    if (++m_costPage >= m_costCpuMs.size()) {
        m_costPage = 0;
        if (++m_costRound >= m_options.pageCostRounds) {
            m_costPage = -1;
            const QStringList names = ScreenControl::instance()->pageNames();
            for (int i = 0; i < names.size(); ++i) {
                std::fprintf(stderr, "PAGECOST page=%s cpu_ms=%.3f wall_ms=%.3f rounds=%d\n", qPrintable(names.at(i)),
                             median(m_costCpuMs.at(i)), median(m_costWallMs.at(i)), m_options.pageCostRounds);
            }
            std::fflush(stderr);
            QCoreApplication::quit();
            return;
        }
    }
    // Leave the event loop a turn so the swap completes before the next switch.
    QTimer::singleShot(0, this, &BenchProbe::nextPageCost);
}

void BenchProbe::beginMeasuring()
{
    m_measuring = true;
    m_frames = 0;
    m_rotations = 0;
    m_cpuStart = cpuMs();
    m_rssStart = residentKb();
    m_wall.start();
    printSample("START");
    if (m_options.rotateMs > 0)
        m_rotateTimer.start();
    if (m_options.reportEveryMs > 0)
        m_sampleTimer.start();
    if (m_options.maxRotations <= 0)
        QTimer::singleShot(m_options.measureMs, this, &BenchProbe::finish);
}

void BenchProbe::rotate()
{
    ScreenControl::instance()->nextPage();
}

void BenchProbe::countPageChange()
{
    if (!m_measuring)
        return;
    ++m_rotations;
    if (m_options.maxRotations > 0 && m_rotations >= m_options.maxRotations)
        finish();
}

void BenchProbe::printSample(const char *tag)
{
    const qint64 wall = m_wall.isValid() ? m_wall.elapsed() : 0;
    std::fprintf(stderr, "%s wall_ms=%lld cpu_ms=%lld frames=%d rotations=%d rss_kb=%lld\n", tag,
                 static_cast<long long>(wall), static_cast<long long>(cpuMs() - m_cpuStart), m_frames, m_rotations,
                 static_cast<long long>(residentKb()));
    std::fflush(stderr);
}

void BenchProbe::finish()
{
    if (!m_measuring)
        return;
    m_rotateTimer.stop();
    m_sampleTimer.stop();
    const qint64 wall = std::max<qint64>(1, m_wall.elapsed());
    const qint64 cpu = cpuMs() - m_cpuStart;
    const qint64 rss = residentKb();
    std::fprintf(stderr,
                 "STATS wall_ms=%lld cpu_ms=%lld cpu_pct=%.2f frames=%d fps=%.2f cpu_ms_per_frame=%.3f "
                 "rotations=%d rss_start_kb=%lld rss_end_kb=%lld rss_growth_kb=%lld pss_kb=%lld\n",
                 static_cast<long long>(wall), static_cast<long long>(cpu), 100.0 * double(cpu) / double(wall), m_frames,
                 1000.0 * m_frames / double(wall), m_frames > 0 ? double(cpu) / m_frames : 0.0, m_rotations,
                 static_cast<long long>(m_rssStart), static_cast<long long>(rss),
                 static_cast<long long>(rss - m_rssStart), static_cast<long long>(proportionalKb()));
    std::fflush(stderr);
    m_measuring = false;
    QCoreApplication::quit();
}
