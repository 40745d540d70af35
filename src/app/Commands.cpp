#include "Commands.h"

#include "CommandSupport.h"
#include "CopyCommand.h"
#include "FillCommand.h"
#include "ImportPipeline.h"
#include "LayoutCommand.h"
#include "ReportChoice.h"
#include "ReportReader.h"
#include "store/PgUrl.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Commands {

using namespace CommandSupport;

namespace {

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString formatOptional(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

void printImported(const QString &prefix, const ImportResult &r, bool dryRun)
{
    const ParsedReport &p = r.parsed;
    out() << prefix << (dryRun ? "would import " : "") << p.county << " " << p.year << ", " << p.sections.size()
          << " sections, " << r.saved.figures << " figures (" << r.saved.pending << " pending), "
          << p.highlights.size() << " highlights" << Qt::endl;
    for (const QString &note : r.notes)
        out() << "  note: " << note << Qt::endl;
    if (r.saved.replaced) {
        out() << "  " << (dryRun ? "would replace" : "replaced") << " the earlier import (" << r.saved.previousFigures
              << " figures, " << r.saved.previousPending << " pending); filled values kept: " << r.saved.keptFills
              << Qt::endl;
    }
    for (const QString &lost : r.saved.lostFills)
        out() << "  filled value not kept (no matching figure in this version): " << lost << Qt::endl;
}

} // namespace

bool isSubcommand(const QString &name)
{
    return name == QLatin1String("import") || name == QLatin1String("fill") || name == QLatin1String("list")
           || name == QLatin1String("template") || name == QLatin1String("copy")
           || name == QLatin1String("layout");
}

int run(const QString &name, const QStringList &arguments)
{
    if (name == QLatin1String("import"))
        return import(arguments);
    if (name == QLatin1String("fill"))
        return FillCommand::fill(arguments);
    if (name == QLatin1String("template"))
        return FillCommand::writeTemplate(arguments);
    if (name == QLatin1String("copy"))
        return CopyCommand::run(arguments);
    if (name == QLatin1String("layout"))
        return LayoutCommand::run(arguments);
    return list(arguments);
}

int import(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(countyOption(QStringLiteral("County name, when the report leaves it open (xx县).")));
    parser.addOption(yearOption(QStringLiteral("The year the report reviews, when it does not say.")));
    parser.addOption({QStringLiteral("rename-county"), QStringLiteral("Store under --county even when the report names another county.")});
    parser.addOption({QStringLiteral("restate-year"), QStringLiteral("Store under --year even when the report states another year.")});
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Say what the import would change; write nothing.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Report files: .docx, .pdf with text, or text (UTF-8, UTF-16 or GB18030)."),
                                 QStringLiteral("FILE..."));
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("import"), arguments, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(QStringLiteral("import: no report file given (see county-briefing import --help)"));
    ImportRequest request;
    QString error;
    if (!yearValue(parser, &request.year, &error))
        return fail(QStringLiteral("import: %1").arg(error));
    request.county = parser.value(QStringLiteral("county")).trimmed();
    request.renameCounty = parser.isSet(QStringLiteral("rename-county"));
    request.restateYear = parser.isSet(QStringLiteral("restate-year"));
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if ((request.renameCounty && request.county.isEmpty()) || (request.restateYear && request.year == 0))
        return fail(QStringLiteral("import: --rename-county needs --county, --restate-year needs --year"));
    // One county and one year for several files would make them one report.
    if (files.size() > 1 && (!request.county.isEmpty() || request.year > 0))
        return fail(QStringLiteral("import: --county and --year apply to one report; import the files one by one"));

    const QString path = databasePath(parser, &error);
    if (path.isEmpty())
        return fail(error);
    const bool created = !PgUrl::looksLike(path) && !QFileInfo::exists(path);
    auto store = Store::open(path, Store::Mode::ReadWrite, &error);
    if (!store)
        return fail(error);

    int failures = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        const QString progress = files.size() > 1 ? QStringLiteral("[%1/%2] ").arg(i + 1).arg(files.size()) : QString();
        const ReadResult read = readReportFile(file);
        if (!read.ok) {
            err() << "county-briefing: " << progress << file << ": " << read.error << Qt::endl;
            ++failures;
            continue;
        }
        request.text = read.text;
        request.sourceFile = QFileInfo(file).absoluteFilePath();
        const ImportResult imported = ImportPipeline::run(*store, request);
        if (!imported.ok) {
            err() << "county-briefing: " << progress << file << ": " << imported.error << Qt::endl;
            ++failures;
            continue;
        }
        printImported(progress + file + QStringLiteral(": "), imported, request.dryRun);
    }
    // A database this command created and then filled with nothing is not left behind.
    if (created && (failures == files.size() || request.dryRun)) {
        store.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    if (failures > 0) {
        err() << "county-briefing: " << failures << " of " << files.size() << " files not imported" << Qt::endl;
        return 1;
    }
    return 0;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("pending"), QStringLiteral("Only figures still pending (placeholders).")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption(countyOption(QStringLiteral("Only the reports of this county.")));
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("list"), arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("list: unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    QString error;
    auto store = openStore(parser, Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    const bool pendingOnly = parser.isSet(QStringLiteral("pending"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString county = parser.value(QStringLiteral("county")).trimmed();
    const QList<ReportInfo> stored = store->reports();
    if (!county.isEmpty() && !ReportChoice::counties(stored).contains(county))
        return fail(QStringLiteral("list: ") + ReportChoice::unknownCounty(county, ReportChoice::counties(stored)));

    QJsonArray reports;
    for (const ReportInfo &info : stored) {
        if (!county.isEmpty() && info.county != county)
            continue;
        QJsonArray figures;
        if (!json) {
            out() << info.county << " " << info.year << (info.title.isEmpty() ? QString() : QStringLiteral(" ") + info.title)
                  << ": " << info.figureCount << " figures, " << info.pendingCount << " pending"
                  << (info.demo ? QStringLiteral(" (demo values)") : QString()) << Qt::endl;
        }
        for (const Figure &f : store->figures(info.id)) {
            if (pendingOnly && !f.pending && !f.growthPending)
                continue;
            if (json) {
                QJsonObject o;
                o.insert(QStringLiteral("id"), f.id);
                o.insert(QStringLiteral("name"), f.name);
                o.insert(QStringLiteral("domain"), f.domain);
                o.insert(QStringLiteral("role"), f.role);
                o.insert(QStringLiteral("year"), f.year);
                o.insert(QStringLiteral("value"), optionalJson(f.value));
                o.insert(QStringLiteral("unit"), f.unit);
                o.insert(QStringLiteral("growth"), optionalJson(f.growth));
                o.insert(QStringLiteral("growthKind"), f.growthKind);
                o.insert(QStringLiteral("pending"), f.pending || f.growthPending);
                o.insert(QStringLiteral("mask"), f.pending ? f.mask : f.growthMask);
                o.insert(QStringLiteral("qualifier"), f.qualifier);
                o.insert(QStringLiteral("rank"), f.rank);
                o.insert(QStringLiteral("section"), f.section);
                o.insert(QStringLiteral("sentence"), f.sentence);
                figures.append(o);
                continue;
            }
            const QString value = f.pending ? QStringLiteral("[%1 pending]").arg(f.mask) : formatOptional(f.value);
            QString growth;
            if (f.growthPending)
                growth = QStringLiteral(" %1 [%2% pending]").arg(f.growthKind, f.growthMask);
            else if (f.growth)
                growth = QStringLiteral(" %1 %2%").arg(f.growthKind, formatOptional(f.growth));
            out() << "  #" << f.id << (f.parentId ? QStringLiteral("   ") : QString()) << " [" << f.domain << "] "
                  << f.name << " " << value << f.unit << growth
                  << (f.qualifier.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.qualifier))
                  << (f.rank.isEmpty() ? QString() : QStringLiteral(" %1").arg(f.rank))
                  << (f.demo ? QStringLiteral(" [demo]") : QString()) << Qt::endl;
        }
        if (json) {
            QJsonObject r;
            r.insert(QStringLiteral("county"), info.county);
            r.insert(QStringLiteral("year"), info.year);
            r.insert(QStringLiteral("figures"), figures);
            reports.append(r);
        }
    }
    if (json) {
        QJsonObject root;
        root.insert(QStringLiteral("reports"), reports);
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    out().flush();
    return 0;
}

} // namespace Commands
