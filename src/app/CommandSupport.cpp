#include "CommandSupport.h"

#include "DefaultDatabase.h"

namespace CommandSupport {

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

QCommandLineOption countyOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("county"), description, QStringLiteral("NAME"));
}

QCommandLineOption yearOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("year"), description, QStringLiteral("YEAR"));
}

bool parseArguments(QCommandLineParser &parser, const QString &name, const QStringList &arguments, int *exitCode)
{
    const QString command = QStringLiteral("county-briefing %1").arg(name);
    parser.setApplicationDescription(command);
    parser.addHelpOption();
    QStringList args = arguments;
    args.prepend(command);
    if (!parser.parse(args)) {
        *exitCode = fail(QStringLiteral("%1: %2 (see %1 --help)").arg(name, parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The parser names the program by its path; the usage line names the subcommand.
        QString help = parser.helpText();
        const qsizetype options = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && options > 0)
            help.replace(7, options - 7, command);
        out() << help;
        out().flush();
        *exitCode = 0;
        return false;
    }
    return true;
}

bool yearValue(const QCommandLineParser &parser, int *year, QString *error)
{
    *year = 0;
    if (!parser.isSet(QStringLiteral("year")))
        return true;
    bool ok = false;
    *year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || *year < 1949 || *year > 2200) {
        *error = QStringLiteral("--year must be a year such as 2023, not '%1'").arg(parser.value(QStringLiteral("year")));
        return false;
    }
    return true;
}

bool fillTarget(const QCommandLineParser &parser, FillTarget *target, QString *error)
{
    if (!yearValue(parser, &target->year, error))
        return false;
    target->county = parser.value(QStringLiteral("county")).trimmed();
    return true;
}

QString databasePath(const QCommandLineParser &parser, QString *error)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (!path.isEmpty())
        return path;
    if (!DefaultDatabase::ensure(error))
        return {};
    return DefaultDatabase::path();
}

std::unique_ptr<Store> openStore(const QCommandLineParser &parser, Store::Mode mode, QString *error)
{
    const QString path = databasePath(parser, error);
    if (path.isEmpty())
        return nullptr;
    return Store::open(path, mode, error);
}

} // namespace CommandSupport
