#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <optional>

class QCommandLineParser;

class QQuickWindow;

// Measures the running screen for the benchmarks in bench/: frames swapped, CPU time of the
// whole process (render thread included), resident memory and page changes over a window of
// time, then prints one STATS line and quits. Optionally drives rotation at a fast interval.
class BenchProbe : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int warmupMs = 2000;
        int measureMs = 10000;
        int rotateMs = 0;        // > 0: advance a page this often (accelerated rotation)
        int maxRotations = 0;    // > 0: stop after this many rotations instead of after measureMs
        int reportEveryMs = 0;   // > 0: also print a SAMPLE line this often (soak)
        int pageCostRounds = 0;  // > 0: time a full redraw of every page this many times
        bool paused = false;     // start with rotation and ticker paused
        bool measure = false;    // a measurement was asked for (the probe runs)
    };

    // The hidden --bench-* options of bench/run and bench/soak.
    static void addOptions(QCommandLineParser &parser);
    // The options given; nullopt when no measurement was asked for.
    static std::optional<Options> optionsFrom(const QCommandLineParser &parser);

    BenchProbe(QQuickWindow *window, const Options &options);

    void start();

    static qint64 residentKb();
    static qint64 proportionalKb();
    static qint64 cpuMs();

private slots:
    void countPageChange();

private:
    void beginMeasuring();
    void finish();
    void rotate();
    void printSample(const char *tag);
    void nextPageCost();
    void pageCostFrame();

    QQuickWindow *m_window;
    Options m_options;
    QTimer m_rotateTimer;
    QTimer m_sampleTimer;
    QElapsedTimer m_wall;
    qint64 m_cpuStart = 0;
    qint64 m_rssStart = 0;
    int m_frames = 0;
    int m_rotations = 0;
    bool m_measuring = false;
    // Full-page redraw timing: the page shown, the round, and the CPU clock at the switch.
    int m_costPage = -1;
    int m_costRound = 0;
    qint64 m_costCpuStartNs = 0;
    qint64 m_costWallStartNs = 0;
    QElapsedTimer m_costWall;
    QList<QList<double>> m_costCpuMs;
    QList<QList<double>> m_costWallMs;
};
