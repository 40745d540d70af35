#include "App.h"

#include "AppSettings.h"
#include "BenchProbe.h"
#include "Commands.h"
#include "Dashboard.h"
#include "ReportChoice.h"
#include "DefaultDatabase.h"
#include "Exporter.h"
#include "GraphicsChoice.h"
#include "LaunchOptions.h"
#include "PrepareCommand.h"
#include "WindowPlacement.h"

#include <QApplication>
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

} // namespace

int runCountyBriefing(int argc, char *argv[], const QElapsedTimer &startClock)
{
    QCoreApplication::setApplicationName(QStringLiteral("county-briefing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRIEFING_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // The console commands and everything the command line alone answers need no display.
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("prepare"))
        return PrepareCommand::run(argc, argv);
    if (arguments.size() > 1 && Commands::isSubcommand(arguments.at(1))) {
        QCoreApplication app(argc, argv);
        return Commands::run(arguments.at(1), arguments.mid(2));
    }
    const LaunchParse launch = LaunchArguments::parse(arguments);
    switch (launch.action) {
    case LaunchParse::Action::Error:
        return fail(launch.message);
    case LaunchParse::Action::Help:
        QTextStream(stdout) << launch.message;
        return 0;
    case LaunchParse::Action::Version:
        QTextStream(stdout) << "county-briefing " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    case LaunchParse::Action::Run:
        break;
    }
    const LaunchOptions &options = launch.options;
    const bool exporting = !options.exportDir.isEmpty();
    // Export renders without a display unless the user chose a platform.
    if (exporting && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    s_previousHandler = qInstallMessageHandler(messageHandler);

    auto *settings = AppSettings::instance();
    if (options.rotateSeconds)
        settings->setRotateSeconds(*options.rotateSeconds);
    if (options.idleSeconds)
        settings->setIdleSeconds(*options.idleSeconds);
    if (!options.startPage.isEmpty())
        settings->setStartPage(options.startPage);
    if (options.upIsRed)
        settings->setUpIsRed(*options.upIsRed);
    if (options.bench && options.bench->paused)
        settings->setPaused(true);
    settings->setKiosk(options.kiosk);
    if (options.kiosk && !options.rotateSeconds && settings->rotateSeconds() == 0)
        settings->setRotateSeconds(30);
    const QSize size = options.size;

    QTranslator translator;
    if (options.language == QLatin1String("en")) {
        if (!translator.load(QStringLiteral(":/i18n/briefing_en.qm")))
            return fail(QStringLiteral("the English translation is missing from this build"));
        QCoreApplication::installTranslator(&translator);
    }
    settings->setLanguage(options.language);

    QString error;
    QString dbPath = options.dbPath;
    if (dbPath.isEmpty()) {
        if (!DefaultDatabase::ensure(&error))
            return fail(error);
        dbPath = DefaultDatabase::path();
    }
    Dashboard *dashboard = Dashboard::instance();
    dashboard->setPreferredCounty(options.county);
    if (!dashboard->openDatabase(dbPath, &error))
        return fail(error);
    if (!options.county.isEmpty() && !dashboard->counties().contains(options.county))
        return fail(ReportChoice::unknownCounty(options.county, dashboard->counties()));

    const QString chosen = GraphicsChoice::apply(exporting ? QStringLiteral("software") : options.renderer);
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
        Exporter exporter(window, options.exportDir, size);
        const int written = exporter.run(&error);
        if (written < 0)
            return fail(error);
        if (s_qmlWarnings > 0)
            return fail(QStringLiteral("%1 QML warning(s) while exporting").arg(s_qmlWarnings.load()));
        return 0;
    }

    const bool quitAfterFirstFrame = options.quitAfterFirstFrame;
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
    if (options.bench && options.bench->measure) {
        probe = std::make_unique<BenchProbe>(window, *options.bench);
        probe->start();
    }

    WindowPlacement::show(window, size, options.sizeGiven, options.kiosk);
    return app.exec();
}
