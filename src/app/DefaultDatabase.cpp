#include "DefaultDatabase.h"

#include "FillCsv.h"
#include "ImportPipeline.h"
#include "ReportReader.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <unistd.h>

namespace DefaultDatabase {

namespace {

// The shipped draft leaves its county and year as placeholders (xx县, xxxx年); the demo
// names them so the screen has something to say, and marks the data as demo.
const QString kDemoCounty = QStringLiteral("示例县");
constexpr int kDemoYear = 2022;

void removeWithCompanions(const QString &file)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(file + suffix);
}

} // namespace

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/briefing.db");
}

bool createFromShippedData(const QString &dbPath, QString *error)
{
    QFile reportFile(QStringLiteral(":/data/county-work-report-draft.txt"));
    QFile demoFile(QStringLiteral(":/data/demo-values.csv"));
    if (!reportFile.open(QIODevice::ReadOnly) || !demoFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the shipped data is missing from this build");
        return false;
    }
    const ReadResult read = decodeReport(reportFile.readAll());
    if (!read.ok) {
        *error = read.error;
        return false;
    }
    const FillCsvResult demo = parseFillCsv(demoFile.readAll());
    if (!demo.ok) {
        *error = QStringLiteral("shipped demo values: %1").arg(demo.error);
        return false;
    }
    auto store = Store::open(dbPath, Store::Mode::ReadWrite, error);
    if (!store)
        return false;
    ImportRequest request;
    request.text = read.text;
    request.sourceFile = QStringLiteral("data/county-work-report-draft.txt");
    request.county = kDemoCounty;
    request.year = kDemoYear;
    const ImportResult imported = ImportPipeline::run(*store, request);
    if (!imported.ok) {
        *error = imported.error;
        return false;
    }
    QList<FillOutcome> outcomes;
    if (!store->fill(demo.rows, QStringLiteral("demo"), &outcomes, error)) {
        for (const FillOutcome &o : std::as_const(outcomes)) {
            if (!o.accepted) {
                *error += QStringLiteral("; line %1 (%2): %3").arg(o.line).arg(o.figure, o.message);
                break;
            }
        }
        return false;
    }
    return true;
}

bool ensure(QString *error)
{
    const QString target = path();
    if (QFileInfo::exists(target) && !Store::isBlank(target))
        return true;
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *error = QStringLiteral("cannot create the data folder %1").arg(QFileInfo(target).absolutePath());
        return false;
    }
    // Build a file of this process's own beside the target, so a second first start at the
    // same moment never writes into ours, and a crash never leaves half a database in place.
    const QString temp = QStringLiteral("%1.new-%2").arg(target).arg(QCoreApplication::applicationPid());
    removeWithCompanions(temp);
    if (!createFromShippedData(temp, error)) {
        removeWithCompanions(temp);
        return false;
    }
    // The last connection closed above folded the WAL into the main file.
    QFile::remove(temp + QStringLiteral("-wal"));
    QFile::remove(temp + QStringLiteral("-shm"));
    // A blank leftover of an interrupted creation is replaced; a real database is never.
    if (QFileInfo::exists(target) && Store::isBlank(target))
        removeWithCompanions(target);
    // link() puts the file in place only when the target does not exist, atomically: the
    // second of two processes finds the first one's database and keeps it.
    const QByteArray from = QFile::encodeName(temp);
    const QByteArray to = QFile::encodeName(target);
    const bool linked = ::link(from.constData(), to.constData()) == 0;
    const int linkError = errno;
    removeWithCompanions(temp);
    if (!linked && !(linkError == EEXIST && !Store::isBlank(target))) {
        *error = QStringLiteral("cannot create %1: %2").arg(target, QString::fromLocal8Bit(strerror(linkError)));
        return false;
    }
    return true;
}

} // namespace DefaultDatabase
