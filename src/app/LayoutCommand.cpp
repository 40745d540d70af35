#include "LayoutCommand.h"

#include "CommandSupport.h"
#include "ReportChoice.h"
#include "Store.h"
#include "compose/LayoutJson.h"
#include "compose/ReportLayout.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace LayoutCommand {

using namespace CommandSupport;

namespace {

bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return false;
    const int w = m.captured(1).toInt();
    const int h = m.captured(2).toInt();
    // The sizes the wall is rendered at: from a small projector to an 8K panel.
    if (w < 320 || h < 240 || w > 7680 || h > 4320)
        return false;
    *size = QSize(w, h);
    return true;
}

void printText(QTextStream &out, const Layout &layout)
{
    out << layout.county << " " << layout.year << " at " << layout.size.width() << "x" << layout.size.height()
        << Qt::endl;
    for (const LayoutPage &page : layout.pages) {
        out << page.name << " (" << page.title << "): " << page.cards.size() << " cards, " << page.charts.size()
            << " charts, " << page.all.size() << " figures in the full list" << Qt::endl;
        for (const LayoutCard &c : page.cards)
            out << "  card  #" << c.figure << " " << c.label << Qt::endl;
        for (const LayoutChart &chart : page.charts) {
            QStringList labels;
            for (const LayoutPoint &p : chart.points)
                labels.append(p.series.isEmpty() ? p.label : p.series + u' ' + p.label);
            out << "  chart " << chart.title << " [" << chart.kind << ", " << chart.unit << "]: "
                << labels.join(QStringLiteral(", ")) << Qt::endl;
        }
    }
    for (const QString &w : layout.dataWarnings)
        out << "data warning: " << w << Qt::endl;
}

QString yearList(const QList<int> &years)
{
    QStringList out;
    for (int y : years)
        out.append(QString::number(y));
    return out.join(QStringLiteral(", "));
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("size"), QStringLiteral("Screen size (default 1920x1080)."), QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption(countyOption(QStringLiteral("The county to lay out (default: that of the newest report).")));
    parser.addOption(yearOption(QStringLiteral("The year of its report (default: its newest).")));
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("layout"), arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("layout: unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    QSize size(1920, 1080);
    if (parser.isSet(QStringLiteral("size")) && !parseSize(parser.value(QStringLiteral("size")), &size))
        return fail(QStringLiteral("layout: --size takes WxH between 320x240 and 7680x4320, not '%1'")
                        .arg(parser.value(QStringLiteral("size"))));
    QString error;
    int year = 0;
    if (!yearValue(parser, &year, &error))
        return fail(QStringLiteral("layout: ") + error);
    const std::unique_ptr<Store> store = openStore(parser, Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    const QList<ReportInfo> reports = store->reports();
    const QString county = parser.value(QStringLiteral("county")).trimmed();
    const std::optional<ReportInfo> report = ReportChoice::pick(reports, county, year);
    if (!county.isEmpty() && !report)
        return fail(QStringLiteral("layout: ") + ReportChoice::unknownCounty(county, ReportChoice::counties(reports)));
    if (year != 0 && report && report->year != year)
        return fail(QStringLiteral("layout: no report of %1 on %2; its years: %3")
                        .arg(report->county)
                        .arg(year)
                        .arg(yearList(ReportChoice::years(reports, report->county))));
    Layout layout;
    layout.size = size;
    if (report)
        layout = ReportLayout::compose(*store, *report, size);
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(LayoutJson::toJson(layout)).toJson(QJsonDocument::Indented);
    else
        printText(out(), layout);
    out().flush();
    return 0;
}

} // namespace LayoutCommand
