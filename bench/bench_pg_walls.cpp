// 20 walls on one PostgreSQL server (issue 16): the time from a fill's commit to every wall's
// reload, and the CPU of the walls and of the server while nothing changes.
//   bench_pg_walls [WALLS] [ROUNDS] [IDLE_SECONDS]
// Starts its own throwaway server (tests/support/PgCluster). Each wall is a process of its own
// that does what a wall's Dashboard does at the store: LISTEN (PgListener), and on a
// notification read the newest report, its figures, highlights and text.
#include "PgCluster.h"
#include "ReportParser.h"
#include "Store.h"
#include "store/PgListener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// One clock for every process of the machine.
qint64 monotonicUs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// utime + stime of a process in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : 0;
}

// The server: the postmaster and every process it started.
QList<qint64> serverPids(const QString &folder)
{
    QFile pidFile(folder + QStringLiteral("/data/postmaster.pid"));
    QList<qint64> out;
    if (!pidFile.open(QIODevice::ReadOnly))
        return out;
    const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
    out.append(postmaster);
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmaster)
            out.append(entry.toLongLong());
    }
    return out;
}

int runWall(const QString &url)
{
    QString error;
    auto store = Store::open(url, Store::Mode::ReadOnly, &error);
    if (!store) {
        std::fprintf(stderr, "wall: %s\n", qPrintable(error));
        return 1;
    }
    PgListener listener(*PgUrl::parse(url, &error));
    auto reload = [&] {
        const auto latest = store->latestReport();
        if (latest) {
            store->figures(latest->id);
            store->highlights(latest->id);
            store->reportText(latest->id);
        }
    };
    QObject::connect(&listener, &PgListener::listening, [] {
        std::printf("ready\n");
        std::fflush(stdout);
    });
    QObject::connect(&listener, &PgListener::notified, [&] {
        reload();
        std::printf("reloaded %lld\n", monotonicUs());
        std::fflush(stdout);
    });
    listener.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--wall"))
        return runWall(args.at(2));
    const int walls = args.size() > 1 ? args.at(1).toInt() : 20;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 20;
    const int idleSeconds = args.size() > 3 ? args.at(3).toInt() : 30;

    QString error;
    auto cluster = PgCluster::create(&error);
    if (!cluster) {
        std::fprintf(stderr, "no server: %s\n", qPrintable(error));
        return 1;
    }
    const QString url = cluster->url(QStringLiteral("postgres"));
    auto writer = Store::open(url, Store::Mode::ReadWrite, &error);
    QFile draft(QStringLiteral(BRIEFING_DATA_DIR "/county-work-report-draft.txt"));
    if (!writer || !draft.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(error));
        return 1;
    }
    ParsedReport report = ReportParser::parse(QString::fromUtf8(draft.readAll()));
    report.county = QStringLiteral("测试县");
    report.year = 2023;
    const qint64 reportId = writer->saveReport(report, QString(), &error);
    qint64 figureId = 0;
    for (const Figure &f : writer->figures(reportId)) {
        if (f.pending && f.mask == QLatin1String("xx.x"))
            figureId = f.id;
    }

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < walls; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--wall"), url});
        processes.push_back(std::move(p));
    }
    auto readLines = [&](const QByteArray &prefix, int wanted, QList<qint64> *values) {
        int seen = 0;
        for (int round = 0; round < 1000 && seen < wanted; ++round) {
            for (auto &p : processes) {
                p->waitForReadyRead(10);
                while (p->canReadLine()) {
                    const QByteArray line = p->readLine().trimmed();
                    if (line.startsWith(prefix)) {
                        ++seen;
                        if (values)
                            values->append(line.mid(prefix.size()).trimmed().toLongLong());
                    }
                }
            }
        }
        return seen;
    };
    if (readLines("ready", walls, nullptr) < walls) {
        std::fprintf(stderr, "not every wall started\n");
        return 1;
    }

    QList<double> worst;
    QList<double> all;
    for (int r = 0; r < rounds; ++r) {
        QList<FillOutcome> outcomes;
        const QString value = QString::number(10.0 + r, 'f', 1);
        if (!writer->fill({{2, QStringLiteral("#%1").arg(figureId), value, QString()}}, QStringLiteral("fill"), &outcomes,
                          &error)) {
            std::fprintf(stderr, "fill: %s\n", qPrintable(error));
            return 1;
        }
        const qint64 committed = monotonicUs();
        QList<qint64> reloads;
        if (readLines("reloaded", walls, &reloads) < walls) {
            std::fprintf(stderr, "not every wall reloaded\n");
            return 1;
        }
        qint64 latest = 0;
        for (qint64 t : std::as_const(reloads)) {
            all.append((t - committed) / 1000.0);
            latest = std::max(latest, t);
        }
        worst.append((latest - committed) / 1000.0);
        QThread::msleep(200);
    }
    std::sort(worst.begin(), worst.end());
    std::sort(all.begin(), all.end());

    // Idle: nothing changes; what do the walls and the server spend?
    QList<qint64> wallPids;
    for (auto &p : processes)
        wallPids.append(p->processId());
    const QList<qint64> server = serverPids(cluster->folder());
    auto sum = [](const QList<qint64> &pids) {
        qint64 total = 0;
        for (qint64 pid : pids)
            total += cpuTicks(pid);
        return total;
    };
    const qint64 wallsBefore = sum(wallPids);
    const qint64 serverBefore = sum(server);
    QThread::sleep(idleSeconds);
    const double ticks = double(sysconf(_SC_CLK_TCK)) * idleSeconds;
    const double wallsCpu = 100.0 * (sum(wallPids) - wallsBefore) / ticks;
    const double serverCpu = 100.0 * (sum(server) - serverBefore) / ticks;

    std::printf("walls: %d, rounds: %d\n", walls, rounds);
    std::printf("commit to the last wall's reload: median %.1f ms, worst %.1f ms\n", worst.at(worst.size() / 2),
                worst.last());
    std::printf("commit to one wall's reload: median %.1f ms, p95 %.1f ms\n", all.at(all.size() / 2),
                all.at(int(all.size() * 0.95)));
    std::printf("idle %d s: all %d walls %.2f %% of one core (%.3f %% each), server %.2f %%\n", idleSeconds, walls,
                wallsCpu, wallsCpu / walls, serverCpu);

    for (auto &p : processes) {
        p->terminate();
        p->waitForFinished(2000);
    }
    writer.reset();
    return 0;
}
