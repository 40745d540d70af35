// `pg_cluster start|stop FOLDER`: the CTest fixture that starts one throwaway PostgreSQL
// server before the tests that use it and removes it after them (see PgCluster.h).
#include "PgCluster.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args.at(1) != QLatin1String("start") && args.at(1) != QLatin1String("stop"))) {
        std::fprintf(stderr, "usage: pg_cluster start|stop FOLDER\n");
        return 2;
    }
    const QString folder = args.at(2);
    QString error;
    if (args.at(1) == QLatin1String("stop")) {
        if (auto cluster = PgCluster::attach(folder, &error))
            cluster->destroy();
        std::printf("pg_cluster: %s removed\n", qPrintable(folder));
        return 0;
    }
    bool missing = false;
    auto cluster = PgCluster::createIn(folder, &error, &missing);
    if (!cluster && missing) {
        // The tests skip themselves with the same message.
        std::printf("pg_cluster: no server started: %s\n", qPrintable(error));
        return 0;
    }
    if (!cluster) {
        std::fprintf(stderr, "pg_cluster: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("pg_cluster: running in %s\n", qPrintable(folder));
    return 0;
}
