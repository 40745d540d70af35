#include "FillCommand.h"

#include "CommandSupport.h"
#include "FillCsv.h"

#include <QSaveFile>

namespace FillCommand {

using namespace CommandSupport;

namespace {

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}

// A CSV cell as spreadsheets read it: quoted when it holds a separator, a quote, a line
// break or spaces at its ends; line breaks inside a sentence become spaces.
QString csvCell(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" ")).replace(u'\n', u' ').replace(u'\r', u' ');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'，') || text != text.trimmed()) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QStringLiteral("\"%1\"").arg(text);
    }
    return text;
}

} // namespace

int fill(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(countyOption(QStringLiteral("The county of the report the names refer to.")));
    parser.addOption(yearOption(QStringLiteral("The year of the report the names refer to.")));
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Check every row and say what would change; write nothing.")});
    parser.addPositionalArgument(QStringLiteral("FILE.csv"),
                                 QStringLiteral("CSV with the columns figure (name or #id), value and optionally growth; "
                                                "other columns are ignored."));
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("fill"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("fill: give exactly one CSV file (see county-briefing fill --help)"));
    FillOptions options;
    QString error;
    if (!fillTarget(parser, &options.target, &error))
        return fail(QStringLiteral("fill: %1").arg(error));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    const FillCsvResult csv = readFillCsv(parser.positionalArguments().constFirst());
    if (!csv.ok)
        return fail(csv.error);
    auto store = openStore(parser, Store::Mode::ReadWrite, &error);
    if (!store)
        return fail(error);
    QList<FillOutcome> outcomes;
    const bool ok = store->fill(csv.rows, options, &outcomes, &error);
    int changed = 0;
    for (const FillOutcome &o : std::as_const(outcomes)) {
        if (!o.accepted)
            err() << "refused  line " << o.line << " (" << o.figure << "): " << o.message << Qt::endl;
        else if (!o.empty)
            ++changed;
    }
    if (!ok)
        return fail(error);
    // Only now, with the transaction committed (or a dry run through), is anything "filled".
    const char *verb = options.dryRun ? "would fill" : "filled";
    for (const FillOutcome &o : std::as_const(outcomes)) {
        if (!o.empty)
            out() << verb << " line " << o.line << ": " << o.message << Qt::endl;
    }
    out() << verb << " " << changed << " figures";
    if (changed < outcomes.size())
        out() << " (" << outcomes.size() - changed << " rows left empty)";
    out() << Qt::endl;
    return 0;
}

int writeTemplate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(countyOption(QStringLiteral("Only the report of this county.")));
    parser.addOption(yearOption(QStringLiteral("Only the report of this year.")));
    parser.addOption({QStringLiteral("pending"), QStringLiteral("Only figures still pending (placeholders).")});
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), QStringLiteral("The fill sheet to write."));
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("template"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("template: give exactly one CSV file to write (see county-briefing template --help)"));
    FillTarget target;
    QString error;
    if (!fillTarget(parser, &target, &error))
        return fail(QStringLiteral("template: %1").arg(error));
    auto store = openStore(parser, Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    const bool pendingOnly = parser.isSet(QStringLiteral("pending"));

    QStringList lines{QStringLiteral("figure,value,growth,unit,mask,growth_mask,current_value,current_growth,"
                                     "county,year,name,sentence")};
    int reports = 0;
    for (const ReportInfo &info : store->reports()) {
        if ((!target.county.isEmpty() && info.county != target.county) || (target.year > 0 && info.year != target.year))
            continue;
        ++reports;
        for (const Figure &f : store->figures(info.id)) {
            if (pendingOnly && !f.pending && !f.growthPending)
                continue;
            const QStringList cells{QStringLiteral("#%1").arg(f.id), QString(), QString(), csvCell(f.unit),
                                    csvCell(f.mask), csvCell(f.growthMask),
                                    f.pending ? QString() : number(f.value), f.growthPending ? QString() : number(f.growth),
                                    csvCell(info.county), QString::number(info.year), csvCell(f.name), csvCell(f.sentence)};
            lines.append(cells.join(u','));
        }
    }
    if (reports == 0)
        return fail(QStringLiteral("template: the database holds no report%1")
                        .arg(target.isEmpty() ? QString() : QStringLiteral(" of %1 %2").arg(target.county).arg(target.year)));
    QSaveFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    // Excel takes a CSV for UTF-8 only with the byte order mark, and expects CRLF.
    file.write("\xEF\xBB\xBF");
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8());
    file.write("\r\n");
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    out() << file.fileName() << ": " << lines.size() - 1 << " figures of " << reports << " report(s)" << Qt::endl;
    return 0;
}

} // namespace FillCommand
