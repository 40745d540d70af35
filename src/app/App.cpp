#include "App.h"

#include "AppSettings.h"
#include "BenchProbe.h"
#include "Commands.h"
#include "Dashboard.h"
#include "DefaultDatabase.h"
#include "Exporter.h"
#include "GraphicsChoice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFont>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <atomic>
#include <memory>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(BriefingPlugin)

namespace {

const QStringList kPages = {QStringLiteral("overview"), QStringLiteral("economy"), QStringLiteral("agriculture"),
                            QStringLiteral("industry"), QStringLiteral("urban"), QStringLiteral("social")};

std::atomic<int> s_qmlWarnings{0};
QtMessageHandler s_previousHandler = nullptr;

// Counts warnings that come from QML (bindings, type errors, missing properties, chart
// misuse) so --export can fail on them; everything is still printed as usual.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        const QLatin1String category(context.category ? context.category : "");
        const QString file = QString::fromUtf8(context.file ? context.file : "");
        const bool fromQml = category == QLatin1String("qml") || category == QLatin1String("js")
                             || category.startsWith(QLatin1String("qt.qml")) || file.endsWith(QLatin1String(".qml"))
                             || message.contains(QLatin1String(".qml")) || message.contains(QLatin1String("qrc:/"));
        if (fromQml || type == QtCriticalMsg || type == QtFatalMsg)
            ++s_qmlWarnings;
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "county-briefing: " << message << Qt::endl;
    return 1;
}

bool parseSize(const QString &text, QSize *size)
{
    const QStringList parts = text.toLower().split(u'x');
    if (parts.size() != 2)
        return false;
    bool okW = false;
    bool okH = false;
    const int w = parts.at(0).toInt(&okW);
    const int h = parts.at(1).toInt(&okH);
    if (!okW || !okH || w < 320 || h < 240 || w > 16384 || h > 16384)
        return false;
    *size = QSize(w, h);
    return true;
}

QString describeCommands()
{
    return QStringLiteral(
        "Shows a county government work report as a briefing screen.\n"
        "\n"
        "Commands:\n"
        "  (none)                     show the dashboard\n"
        "  import FILE... [--db FILE] [--county NAME] [--year YEAR]\n"
        "                             read report texts into the database\n"
        "  fill FILE.csv [--db FILE]  fill pending figures (columns figure,value,growth)\n"
        "  list [--db FILE] [--pending] [--json]\n"
        "                             print the figures in the database\n"
        "Run 'county-briefing COMMAND --help' for a command's options.");
}

} // namespace

int runCountyBriefing(int argc, char *argv[], const QElapsedTimer &startClock)
{
    QCoreApplication::setApplicationName(QStringLiteral("county-briefing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRIEFING_VERSION));

    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == QLatin1String("import") || command == QLatin1String("fill") || command == QLatin1String("list")) {
        QCoreApplication app(argc, argv);
        QStringList rest = QCoreApplication::arguments().mid(2);
        if (command == QLatin1String("import"))
            return Commands::import(rest);
        if (command == QLatin1String("fill"))
            return Commands::fill(rest);
        return Commands::list(rest);
    }

    bool exporting = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--export" || arg.startsWith("--export="))
            exporting = true;
    }
    // Export renders without a display unless the user chose a platform.
    if (exporting && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    s_previousHandler = qInstallMessageHandler(messageHandler);

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
    const QCommandLineOption rotateOption(QStringLiteral("rotate"),
                                          QStringLiteral("Seconds per page when rotating; 0 turns rotation off (default 30)."),
                                          QStringLiteral("SECONDS"));
    const QCommandLineOption idleOption(QStringLiteral("idle"),
                                        QStringLiteral("Seconds without input before a detail view closes (default 60)."),
                                        QStringLiteral("SECONDS"));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
                                         QStringLiteral("Full screen, no cursor, rotating."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language on screen: zh (default) or en."),
                                        QStringLiteral("zh|en"));
    const QCommandLineOption colorsOption(QStringLiteral("colors"),
                                          QStringLiteral("Colour of change: cn (red up, green down; default) or intl (green up, red down)."),
                                          QStringLiteral("cn|intl"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          QStringLiteral("Render every page to DIR/NN-page.png and exit."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Window or export size, e.g. 1920x1080."), QStringLiteral("WxH"));
    const QCommandLineOption rendererOption(QStringLiteral("renderer"),
                                            QStringLiteral("Scene graph: auto (default; software when OpenGL is a software rasterizer), software or opengl."),
                                            QStringLiteral("auto|software|opengl"));
    QCommandLineOption firstFrameOption(QStringLiteral("quit-after-first-frame"),
                                        QStringLiteral("Print FIRST_FRAME main_to_frame_ms=<ms> and quit (benchmarks)."));
    firstFrameOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // Benchmark hooks (bench/run, bench/soak): measure for a while, print STATS, quit.
    QCommandLineOption benchOption(QStringLiteral("bench-seconds"), QStringLiteral("Measure for N seconds."),
                                   QStringLiteral("N"));
    QCommandLineOption benchWarmupOption(QStringLiteral("bench-warmup-ms"), QStringLiteral("Settle time."),
                                         QStringLiteral("MS"));
    QCommandLineOption benchRotateOption(QStringLiteral("bench-rotate-ms"),
                                         QStringLiteral("Advance a page every MS milliseconds."), QStringLiteral("MS"));
    QCommandLineOption benchRotationsOption(QStringLiteral("bench-rotations"),
                                            QStringLiteral("Stop after N rotations."), QStringLiteral("N"));
    QCommandLineOption benchSampleOption(QStringLiteral("bench-sample-seconds"),
                                         QStringLiteral("Print a SAMPLE line every N seconds."), QStringLiteral("N"));
    QCommandLineOption benchPageCostOption(QStringLiteral("bench-page-cost"),
                                           QStringLiteral("Time N full redraws of every page."), QStringLiteral("N"));
    QCommandLineOption benchPausedOption(QStringLiteral("bench-ticker-paused"),
                                         QStringLiteral("Start paused: no rotation, no ticker."));
    for (QCommandLineOption *o : {&benchPageCostOption, &benchPausedOption, &benchOption, &benchWarmupOption, &benchRotateOption, &benchRotationsOption,
                                  &benchSampleOption})
        o->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, pageOption, rotateOption, idleOption, kioskOption, langOption, colorsOption,
                       exportOption, sizeOption, rendererOption, firstFrameOption, benchOption, benchWarmupOption,
                       benchRotateOption, benchRotationsOption, benchSampleOption, benchPausedOption, benchPageCostOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("import, fill or list (see above)."),
                                 QStringLiteral("[command]"));

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "county-briefing " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unknown command '%1' (commands: import, fill, list; see --help)")
                        .arg(parser.positionalArguments().constFirst()));

    auto *settings = AppSettings::instance();
    if (parser.isSet(rotateOption)) {
        bool ok = false;
        const int seconds = parser.value(rotateOption).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            return fail(QStringLiteral("--rotate takes a number of seconds (0 = off), not '%1'").arg(parser.value(rotateOption)));
        settings->setRotateSeconds(seconds);
    }
    if (parser.isSet(idleOption)) {
        bool ok = false;
        const int seconds = parser.value(idleOption).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400)
            return fail(QStringLiteral("--idle takes a number of seconds, not '%1'").arg(parser.value(idleOption)));
        settings->setIdleSeconds(seconds);
    }
    if (parser.isSet(pageOption)) {
        const QString page = parser.value(pageOption).toLower();
        if (!kPages.contains(page))
            return fail(QStringLiteral("--page must be one of %1, not '%2'").arg(kPages.join(QStringLiteral(", ")), page));
        settings->setStartPage(page);
    }
    if (parser.isSet(colorsOption)) {
        const QString colors = parser.value(colorsOption).toLower();
        if (colors != QLatin1String("cn") && colors != QLatin1String("intl"))
            return fail(QStringLiteral("--colors must be cn or intl, not '%1'").arg(colors));
        settings->setUpIsRed(colors == QLatin1String("cn"));
    }
    if (parser.isSet(benchPausedOption))
        settings->setPaused(true);
    const bool kiosk = parser.isSet(kioskOption);
    settings->setKiosk(kiosk);
    if (kiosk && !parser.isSet(rotateOption) && settings->rotateSeconds() == 0)
        settings->setRotateSeconds(30);

    QSize size(1920, 1080);
    if (parser.isSet(sizeOption) && !parseSize(parser.value(sizeOption), &size))
        return fail(QStringLiteral("--size takes WIDTHxHEIGHT such as 1920x1080, not '%1'").arg(parser.value(sizeOption)));

    const QString renderer = parser.isSet(rendererOption) ? parser.value(rendererOption).toLower() : QStringLiteral("auto");
    if (renderer != QLatin1String("auto") && renderer != QLatin1String("software") && renderer != QLatin1String("opengl"))
        return fail(QStringLiteral("--renderer must be auto, software or opengl, not '%1'").arg(renderer));

    QTranslator translator;
    const QString lang = parser.isSet(langOption) ? parser.value(langOption).toLower() : QStringLiteral("zh");
    if (lang == QLatin1String("en")) {
        if (!translator.load(QStringLiteral(":/i18n/briefing_en.qm")))
            return fail(QStringLiteral("the English translation is missing from this build"));
        QCoreApplication::installTranslator(&translator);
    } else if (lang != QLatin1String("zh")) {
        return fail(QStringLiteral("--lang must be zh or en, not '%1'").arg(lang));
    }
    settings->setLanguage(lang);

    QString error;
    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty()) {
        if (!DefaultDatabase::ensure(&error))
            return fail(error);
        dbPath = DefaultDatabase::path();
    }
    if (!Dashboard::instance()->openDatabase(dbPath, &error))
        return fail(error);

    const QString chosen = GraphicsChoice::apply(exporting ? QStringLiteral("software") : renderer);
    if (qEnvironmentVariableIsSet("BRIEFING_VERBOSE"))
        QTextStream(stderr) << "county-briefing: scene graph " << chosen << Qt::endl;

    // Every text defaults to the CJK face the screen is designed with, digits included.
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Briefing/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return fail(QStringLiteral("the screen could not be loaded"));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return fail(QStringLiteral("Main.qml is not a window"));

    if (exporting) {
        Exporter exporter(&engine, window, parser.value(exportOption), size);
        const int written = exporter.run(&error);
        if (written < 0)
            return fail(error);
        if (s_qmlWarnings > 0)
            return fail(QStringLiteral("%1 QML warning(s) while exporting").arg(s_qmlWarnings.load()));
        return 0;
    }

    const bool quitAfterFirstFrame = parser.isSet(firstFrameOption);
    auto reported = std::make_shared<bool>(false);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&startClock, reported, quitAfterFirstFrame] {
        if (*reported)
            return;
        *reported = true;
        if (quitAfterFirstFrame || qEnvironmentVariableIsSet("BRIEFING_FIRST_FRAME")) {
            std::fprintf(stderr, "FIRST_FRAME main_to_frame_ms=%lld\n", static_cast<long long>(startClock.elapsed()));
            std::fflush(stderr);
        }
        if (quitAfterFirstFrame)
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    });

    std::unique_ptr<BenchProbe> probe;
    if (parser.isSet(benchOption) || parser.isSet(benchRotationsOption) || parser.isSet(benchPageCostOption)) {
        BenchProbe::Options options;
        options.measureMs = int(parser.value(benchOption).toDouble() * 1000);
        if (parser.isSet(benchWarmupOption))
            options.warmupMs = parser.value(benchWarmupOption).toInt();
        options.rotateMs = parser.value(benchRotateOption).toInt();
        options.maxRotations = parser.value(benchRotationsOption).toInt();
        options.reportEveryMs = int(parser.value(benchSampleOption).toDouble() * 1000);
        options.pageCostRounds = parser.value(benchPageCostOption).toInt();
        probe = std::make_unique<BenchProbe>(&engine, window, options);
        probe->start();
    }

    if (kiosk) {
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
        window->showFullScreen();
    } else {
        window->resize(size);
        window->show();
    }
    return app.exec();
}
