#include "LaunchOptions.h"

#include "DefaultDatabase.h"
#include "compose/Domains.h"

#include <QCommandLineParser>

namespace LaunchArguments {

namespace {

const QStringList kPages = Domains::pageNames();

LaunchParse error(const QString &message)
{
    LaunchParse p;
    p.action = LaunchParse::Action::Error;
    p.message = message;
    return p;
}

// WIDTHxHEIGHT within 320x240 .. 8K (either orientation); *why says what is wrong.
bool parseSize(const QString &text, QSize *size, QString *why)
{
    const QStringList parts = text.toLower().split(u'x');
    bool okW = false;
    bool okH = false;
    const int w = parts.size() == 2 ? parts.at(0).toInt(&okW) : 0;
    const int h = parts.size() == 2 ? parts.at(1).toInt(&okH) : 0;
    if (!okW || !okH || w < 320 || h < 240) {
        *why = QStringLiteral("--size takes WIDTHxHEIGHT such as 1920x1080, not '%1'").arg(text);
        return false;
    }
    if (qint64(w) * h > qint64(MaxWidth) * MaxHeight || std::max(w, h) > MaxWidth) {
        *why = QStringLiteral("--size %1 is larger than the largest screen this program draws (%2x%3, 8K)")
                   .arg(text)
                   .arg(MaxWidth)
                   .arg(MaxHeight);
        return false;
    }
    *size = QSize(w, h);
    return true;
}

bool seconds(const QString &text, int min, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value >= min && *value <= 86400;
}

} // namespace

QString describeCommands()
{
    return QStringLiteral(
        "Shows a county government work report as a briefing screen.\n"
        "\n"
        "Commands:\n"
        "  (none)                     show the dashboard (--county NAME: which county)\n"
        "  import FILE... [--db FILE] [--county NAME] [--year YEAR] [--dry-run]\n"
        "                             read report texts into the database\n"
        "  fill FILE.csv [--db FILE] [--county NAME] [--year YEAR] [--dry-run]\n"
        "                             fill pending figures (columns figure,value,growth)\n"
        "  template FILE.csv [--db FILE] [--pending] [--county NAME] [--year YEAR]\n"
        "                             write a fill sheet for Excel or WPS\n"
        "  list [--db FILE] [--county NAME] [--pending] [--json]\n"
        "                             print the figures in the database\n"
        "  layout [--db FILE] [--county NAME] [--year YEAR] [--size WxH] [--json]\n"
        "                             print what each page of the wall shows\n"
        "  copy --from DB --to DB [--force]\n"
        "                             move a store between a file and PostgreSQL\n"
        "--db takes a file or postgresql://[user[:password]@]host[:port]/dbname.\n"
        "Run 'county-briefing COMMAND --help' for a command's options.");
}

LaunchParse parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(describeCommands());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The database file (default: %1).").arg(DefaultDatabase::path()),
                                      QStringLiteral("FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QStringLiteral("Start page: %1.").arg(kPages.join(QStringLiteral(", "))),
                                        QStringLiteral("NAME"));
    const QCommandLineOption countyOption(QStringLiteral("county"),
                                          QStringLiteral("The county to show when the database holds several (default: that of the newest report)."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption rotateOption(QStringLiteral("rotate"),
                                          QStringLiteral("Seconds per page when rotating; 0 turns rotation off (default 30)."),
                                          QStringLiteral("SECONDS"));
    const QCommandLineOption idleOption(QStringLiteral("idle"),
                                        QStringLiteral("Seconds without input before a detail view closes (default 60)."),
                                        QStringLiteral("SECONDS"));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"), QStringLiteral("Full screen, no cursor, rotating."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language on screen: zh (default) or en."),
                                        QStringLiteral("zh|en"));
    const QCommandLineOption colorsOption(QStringLiteral("colors"),
                                          QStringLiteral("Colour of change: cn (red up, green down; default) or intl (green up, red down)."),
                                          QStringLiteral("cn|intl"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          QStringLiteral("Render every page to DIR/NN-page.png and exit."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Window or export size, e.g. 1920x1080 (at most %1x%2).")
                                            .arg(MaxWidth)
                                            .arg(MaxHeight),
                                        QStringLiteral("WxH"));
    const QCommandLineOption rendererOption(QStringLiteral("renderer"),
                                            QStringLiteral("Scene graph: auto (default; software when OpenGL is a software rasterizer), software or opengl."),
                                            QStringLiteral("auto|software|opengl"));
    QCommandLineOption firstFrameOption(QStringLiteral("quit-after-first-frame"),
                                        QStringLiteral("Print FIRST_FRAME main_to_frame_ms=<ms> and quit (benchmarks)."));
    firstFrameOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, pageOption, countyOption, rotateOption, idleOption, kioskOption, langOption, colorsOption,
                       exportOption, sizeOption, rendererOption, firstFrameOption});
    BenchProbe::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("import, fill, template or list (see above)."),
                                 QStringLiteral("[command]"));

    if (!parser.parse(arguments))
        return error(parser.errorText() + QStringLiteral(" (see --help)"));
    LaunchParse result;
    if (parser.isSet(QStringLiteral("help"))) {
        result.action = LaunchParse::Action::Help;
        // Without an application object the parser cannot name the program.
        result.message = parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("county-briefing"));
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.action = LaunchParse::Action::Version;
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return error(QStringLiteral("unknown command '%1' (commands: import, fill, template, list; see --help)")
                         .arg(parser.positionalArguments().constFirst()));

    LaunchOptions &o = result.options;
    o.dbPath = parser.value(dbOption);
    o.county = parser.value(countyOption).trimmed();
    int value = 0;
    if (parser.isSet(rotateOption)) {
        if (!seconds(parser.value(rotateOption), 0, &value))
            return error(QStringLiteral("--rotate takes a number of seconds (0 = off), not '%1'").arg(parser.value(rotateOption)));
        o.rotateSeconds = value;
    }
    if (parser.isSet(idleOption)) {
        if (!seconds(parser.value(idleOption), 1, &value))
            return error(QStringLiteral("--idle takes a number of seconds, not '%1'").arg(parser.value(idleOption)));
        o.idleSeconds = value;
    }
    if (parser.isSet(pageOption)) {
        o.startPage = parser.value(pageOption).toLower();
        if (!kPages.contains(o.startPage))
            return error(QStringLiteral("--page must be one of %1, not '%2'").arg(kPages.join(QStringLiteral(", ")), o.startPage));
    }
    if (parser.isSet(colorsOption)) {
        const QString colors = parser.value(colorsOption).toLower();
        if (colors != QLatin1String("cn") && colors != QLatin1String("intl"))
            return error(QStringLiteral("--colors must be cn or intl, not '%1'").arg(colors));
        o.upIsRed = colors == QLatin1String("cn");
    }
    o.kiosk = parser.isSet(kioskOption);
    QString why;
    o.sizeGiven = parser.isSet(sizeOption);
    if (parser.isSet(sizeOption) && !parseSize(parser.value(sizeOption), &o.size, &why))
        return error(why);
    if (parser.isSet(rendererOption))
        o.renderer = parser.value(rendererOption).toLower();
    if (o.renderer != QLatin1String("auto") && o.renderer != QLatin1String("software") && o.renderer != QLatin1String("opengl"))
        return error(QStringLiteral("--renderer must be auto, software or opengl, not '%1'").arg(o.renderer));
    if (parser.isSet(langOption))
        o.language = parser.value(langOption).toLower();
    if (o.language != QLatin1String("zh") && o.language != QLatin1String("en"))
        return error(QStringLiteral("--lang must be zh or en, not '%1'").arg(o.language));
    o.exportDir = parser.value(exportOption);
    o.quitAfterFirstFrame = parser.isSet(firstFrameOption);
    o.bench = BenchProbe::optionsFrom(parser);
    return result;
}

} // namespace LaunchArguments
