#include "Commands.h"

#include "DefaultDatabase.h"
#include "FillCsv.h"
#include "ReportReader.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Commands {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    err() << "county-briefing: " << message << Qt::endl;
    return 1;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), QStringLiteral("The database file (default: %1).").arg(DefaultDatabase::path()),
                              QStringLiteral("FILE"));
}

// Parses a subcommand's arguments; returns false (after printing) on --help or an error.
bool parseArguments(QCommandLineParser &parser, const QString &name, const QStringList &arguments, int *exitCode)
{
    parser.setApplicationDescription(QStringLiteral("county-briefing %1").arg(name));
    parser.addHelpOption();
    QStringList args = arguments;
    args.prepend(QStringLiteral("county-briefing %1").arg(name));
    if (!parser.parse(args)) {
        *exitCode = fail(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        *exitCode = 0;
        return false;
    }
    return true;
}

// Opens the store a subcommand names, creating the default one on first use.
std::unique_ptr<Store> openStore(const QCommandLineParser &parser, Store::Mode mode, QString *error)
{
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        if (!DefaultDatabase::ensure(error))
            return nullptr;
        path = DefaultDatabase::path();
    }
    return Store::open(path, mode, error);
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString formatOptional(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

} // namespace

int import(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("county"), QStringLiteral("County name, when the report does not give it."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("year"), QStringLiteral("The year the report reviews, when it does not say."),
                      QStringLiteral("YEAR")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Report text files (UTF-8 or GB18030)."),
                                 QStringLiteral("FILE..."));
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("import"), arguments, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(QStringLiteral("import: no report file given"));
    int year = 0;
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1949 || year > 2200)
            return fail(QStringLiteral("import: --year must be a year such as 2023, not '%1'")
                            .arg(parser.value(QStringLiteral("year"))));
    }
    QString error;
    auto store = openStore(parser, Store::Mode::ReadWrite, &error);
    if (!store)
        return fail(error);

    int failures = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        const QString progress = files.size() > 1 ? QStringLiteral("[%1/%2] ").arg(i + 1).arg(files.size()) : QString();
        const ReadResult read = readReportFile(file);
        if (!read.ok) {
            err() << "county-briefing: " << progress << read.error << Qt::endl;
            ++failures;
            continue;
        }
        ParsedReport parsed;
        const qint64 id = DefaultDatabase::importText(*store, read.text, QFileInfo(file).absoluteFilePath(),
                                                      parser.value(QStringLiteral("county")), year, &parsed, &error);
        if (id == 0) {
            err() << "county-briefing: " << progress << file << ": " << error << Qt::endl;
            ++failures;
            continue;
        }
        const int pending = int(std::count_if(parsed.figures.cbegin(), parsed.figures.cend(),
                                               [](const Figure &f) { return f.pending || f.growthPending; }));
        out() << progress << file << ": " << parsed.county << " " << parsed.year << ", " << parsed.sections.size()
              << " sections, " << parsed.figures.size() << " figures (" << pending << " pending), "
              << parsed.highlights.size() << " highlights" << Qt::endl;
    }
    if (failures > 0) {
        err() << "county-briefing: " << failures << " of " << files.size() << " files not imported" << Qt::endl;
        return 1;
    }
    return 0;
}

int fill(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("FILE.csv"),
                                 QStringLiteral("CSV with the columns figure (name or #id), value and optionally growth."));
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("fill"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("fill: give exactly one CSV file"));
    const FillCsvResult csv = readFillCsv(parser.positionalArguments().constFirst());
    if (!csv.ok)
        return fail(csv.error);
    QString error;
    auto store = openStore(parser, Store::Mode::ReadWrite, &error);
    if (!store)
        return fail(error);
    QList<FillOutcome> outcomes;
    const bool ok = store->fill(csv.rows, QStringLiteral("fill"), &outcomes, &error);
    for (const FillOutcome &o : std::as_const(outcomes)) {
        if (o.accepted)
            out() << "filled   line " << o.line << ": " << o.message << Qt::endl;
        else
            err() << "refused  line " << o.line << " (" << o.figure << "): " << o.message << Qt::endl;
    }
    if (!ok)
        return fail(error);
    out() << "filled " << outcomes.size() << " figures" << Qt::endl;
    return 0;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("pending"), QStringLiteral("Only figures still pending (placeholders).")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
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

    QJsonArray reports;
    for (const ReportInfo &info : store->reports()) {
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
