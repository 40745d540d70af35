#include "PrepareCommand.h"

#include "Dashboard.h"
#include "DefaultDatabase.h"
#include "PrepareSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(BriefingPreparePlugin)

namespace PrepareCommand {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "county-briefing prepare: " << message << Qt::endl;
    return 1;
}

} // namespace

int run(int argc, char *argv[])
{
    // Drop the subcommand so the parser sees only its options; parse before the window
    // system is needed, so --help and mistakes work without a display.
    QList<char *> args(argv, argv + argc);
    args.removeAt(1);
    QStringList arguments;
    for (const char *a : std::as_const(args))
        arguments.append(QString::fromLocal8Bit(a));

    QCoreApplication::setApplicationName(QStringLiteral("county-briefing"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The staff's window: fill placeholders, correct figures, "
                                                    "choose what the wall shows, preview it, undo changes."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file (default: %1).")
                                                                .arg(DefaultDatabase::path()),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh (default) or en."),
                                        QStringLiteral("zh|en"));
    // For screenshots and checks without a display: render the window and quit.
    QCommandLineOption grabOption(QStringLiteral("grab"), QStringLiteral("Save the window to FILE.png and quit."),
                                  QStringLiteral("FILE"));
    QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1366x768."),
                                  QStringLiteral("WxH"));
    QCommandLineOption tabOption(QStringLiteral("tab"), QStringLiteral("Open on tab N (0-3)."), QStringLiteral("N"));
    for (QCommandLineOption *o : {&grabOption, &tabOption})
        o->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, langOption, grabOption, sizeOption, tabOption});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    int count = int(args.size());
    if (parser.isSet(QStringLiteral("help"))) {
        QCoreApplication core(count, args.data());
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    QApplication app(count, args.data());

    QTranslator translator;
    const QString lang = parser.value(langOption).toLower();
    if (lang == QLatin1String("en")) {
        if (!translator.load(QStringLiteral(":/i18n/briefing_en.qm")))
            return fail(QStringLiteral("the English translation is missing from this build"));
        QCoreApplication::installTranslator(&translator);
    } else if (!lang.isEmpty() && lang != QLatin1String("zh")) {
        return fail(QStringLiteral("--lang must be zh or en, not '%1'").arg(lang));
    }

    QString error;
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        if (!DefaultDatabase::ensure(&error))
            return fail(error);
        path = DefaultDatabase::path();
    }
    PrepareSession *session = PrepareSession::instance();
    if (!session->open(path, &error))
        return fail(error);
    // The preview reads the database as the wall does (read-only, reloading on change).
    if (!Dashboard::instance()->openDatabase(path, &error))
        return fail(error);
    QObject::connect(session, &PrepareSession::changed, Dashboard::instance(), &Dashboard::poll);

    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/BriefingPrepare/PrepareWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return fail(QStringLiteral("the window could not be loaded"));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return fail(QStringLiteral("PrepareWindow.qml is not a window"));
    if (parser.isSet(tabOption))
        window->setProperty("currentTab", parser.value(tabOption).toInt());
    const QStringList size = parser.value(sizeOption).split(u'x');
    if (size.size() == 2 && size.at(0).toInt() >= 640 && size.at(1).toInt() >= 480)
        window->resize(size.at(0).toInt(), size.at(1).toInt());
    window->show();

    if (parser.isSet(grabOption)) {
        const QString file = parser.value(grabOption);
        // Give charts and the preview's reveal animation time to settle.
        QTimer::singleShot(2500, window, [window, file] {
            const bool saved = window->grabWindow().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace PrepareCommand
