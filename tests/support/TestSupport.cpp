#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace testsupport {

QString sharedReportsDir()
{
    const QByteArray env = qgetenv("BRIEFING_SHARED_REPORTS");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QDir::cleanPath(QStringLiteral(BRIEFING_SHARED_REPORTS_DIR));
}

QString realReportsDir()
{
    return sharedReportsDir() + QStringLiteral("/real");
}

QString dataDir()
{
    return QStringLiteral(BRIEFING_DATA_DIR);
}

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void ensureCoreApplication()
{
    static int argc = 1;
    static char name[] = "briefing-test";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

} // namespace testsupport
