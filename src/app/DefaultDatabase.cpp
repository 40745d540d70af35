#include "DefaultDatabase.h"

#include "FillCsv.h"
#include "ReportParser.h"
#include "ReportReader.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace DefaultDatabase {

namespace {

// The shipped draft leaves its county and year as placeholders (xx县, xxxx年); the demo
// names them so the screen has something to say, and marks the data as demo.
const QString kDemoCounty = QStringLiteral("示例县");
constexpr int kDemoYear = 2022;

bool isPlaceholderCounty(const QString &county)
{
    return county.isEmpty() || county.startsWith(u'x') || county.startsWith(u'X');
}

} // namespace

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/briefing.db");
}

qint64 importText(Store &store, const QString &text, const QString &sourceFile, const QString &county, int year,
                  ParsedReport *parsedOut, QString *error)
{
    ParsedReport parsed = ReportParser::parse(text);
    if (!county.isEmpty()) {
        // A title derived from a placeholder county (xx县政府工作总结) takes the real name.
        if (!parsed.county.isEmpty() && parsed.county != county)
            parsed.title.replace(parsed.county, county);
        parsed.county = county;
    }
    if (year > 0)
        parsed.year = year;
    if (isPlaceholderCounty(parsed.county)) {
        *error = parsed.county.isEmpty()
                     ? QStringLiteral("the report does not name its county; pass --county NAME")
                     : QStringLiteral("the report's county is a placeholder (%1); pass --county NAME").arg(parsed.county);
        return 0;
    }
    if (parsed.year <= 0) {
        *error = QStringLiteral("the report does not say which year it reviews; pass --year YEAR");
        return 0;
    }
    const qint64 id = store.saveReport(parsed, sourceFile, error);
    if (parsedOut)
        *parsedOut = std::move(parsed);
    return id;
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
    if (!importText(*store, read.text, QStringLiteral("data/county-work-report-draft.txt"), kDemoCounty, kDemoYear,
                    nullptr, error))
        return false;
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
    if (QFileInfo::exists(target))
        return true;
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *error = QStringLiteral("cannot create the data folder %1").arg(QFileInfo(target).absolutePath());
        return false;
    }
    // Build beside the target and move it in place, so a crash never leaves half a database.
    const QString temp = target + QStringLiteral(".new");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(temp + suffix);
    if (!createFromShippedData(temp, error))
        return false;
    // The last connection closed above folded the WAL into the main file.
    QFile::remove(temp + QStringLiteral("-wal"));
    QFile::remove(temp + QStringLiteral("-shm"));
    if (!QFile::rename(temp, target)) {
        *error = QStringLiteral("cannot create %1").arg(target);
        return false;
    }
    return true;
}

} // namespace DefaultDatabase
