#include "ImportPipeline.h"

#include "ReportParser.h"
#include "Store.h"
#include "parse/FileNameHints.h"
#include "parse/Parts.h"

#include <QRegularExpression>

namespace ImportPipeline {

bool isPlaceholderCounty(const QString &county)
{
    static const QRegularExpression placeholder(QStringLiteral("^[xX×＊*○□]+[县区市旗]?$"));
    return county.trimmed().isEmpty() || placeholder.match(county.trimmed()).hasMatch();
}

namespace {

ImportResult refuse(ImportResult result, const QString &error)
{
    result.ok = false;
    result.error = error;
    return result;
}

} // namespace

ImportResult run(Store &store, const ImportRequest &request)
{
    ImportResult result;
    result.parsed = ReportParser::parse(request.text);
    ParsedReport &parsed = result.parsed;

    // The file name is the last resort: only where neither the text nor --county/--year say.
    const FileNameHints hints = FileNameHint::read(request.sourceFile);
    if (request.county.isEmpty() && isPlaceholderCounty(parsed.county) && !hints.county.isEmpty()) {
        if (!parsed.county.isEmpty())
            parsed.title.replace(parsed.county, hints.county);
        parsed.county = hints.county;
        result.notes.append(QStringLiteral("the report does not name its county; %1 taken from the file name "
                                           "(pass --county NAME if that is wrong)").arg(hints.county));
    }
    if (request.year <= 0 && parsed.year <= 0 && hints.year > 0) {
        parsed.year = hints.year;
        assignParts(parsed);
        result.notes.append(QStringLiteral("the report does not say which year it reviews; %1 taken from the file name "
                                           "(%2; pass --year YEAR if that is wrong)").arg(hints.year).arg(hints.yearWhy));
    }

    const bool statedCounty = !isPlaceholderCounty(parsed.county);
    if (!request.county.isEmpty()) {
        if (isPlaceholderCounty(request.county))
            return refuse(result, QStringLiteral("--county %1 is a placeholder, not a county").arg(request.county));
        if (statedCounty && parsed.county != request.county && !request.renameCounty)
            return refuse(result, QStringLiteral("the report is about %1, --county says %2; pass --rename-county to store it as %2")
                                      .arg(parsed.county, request.county));
        // A title derived from a placeholder county (xx县政府工作总结) takes the real name.
        if (!parsed.county.isEmpty() && parsed.county != request.county)
            parsed.title.replace(parsed.county, request.county);
        parsed.county = request.county;
    } else if (!statedCounty) {
        return refuse(result, parsed.county.isEmpty()
                                  ? QStringLiteral("the report does not name its county; pass --county NAME")
                                  : QStringLiteral("the report's county is a placeholder (%1); pass --county NAME").arg(parsed.county));
    }

    if (request.year > 0) {
        if (parsed.year > 0 && parsed.year != request.year && !request.restateYear)
            return refuse(result, QStringLiteral("the report reviews %1, --year says %2; pass --restate-year to store it as %2")
                                      .arg(parsed.year)
                                      .arg(request.year));
        if (parsed.year != request.year) {
            parsed.year = request.year;
            assignParts(parsed); // the years of targets and plans follow the year reviewed
        }
    } else if (parsed.year <= 0) {
        return refuse(result, QStringLiteral("the report does not say which year it reviews; pass --year YEAR"));
    }
    if (parsed.figures.isEmpty())
        return refuse(result, QStringLiteral("no figures found in the text; is it a work report? Nothing imported"));

    QString error;
    if (!store.saveReport(parsed, request.sourceFile, request.dryRun, &result.saved, &error))
        return refuse(result, error);
    result.ok = true;
    return result;
}

} // namespace ImportPipeline
