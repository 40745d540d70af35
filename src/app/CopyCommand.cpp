#include "CopyCommand.h"

#include "CommandSupport.h"
#include "store/PgUrl.h"
#include "store/StoreCopy.h"

#include <QFile>
#include <QFileInfo>

namespace CopyCommand {

using namespace CommandSupport;

namespace {

// Two names for one database would copy it onto itself.
QString identity(const QString &location)
{
    return PgUrl::looksLike(location) ? location : QFileInfo(location).absoluteFilePath();
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QStringLiteral("The store to copy: a file or postgresql://…"),
                      QStringLiteral("DB")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("Where to copy it: a file or postgresql://… (created if missing; must be empty)."),
                      QStringLiteral("DB")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace everything a non-empty target holds.")});
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("copy"), arguments, &code))
        return code;
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty() || !parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("copy: give --from and --to (see county-briefing copy --help)"));
    if (identity(from) == identity(to))
        return fail(QStringLiteral("copy: --from and --to name the same database"));

    QString error;
    auto source = Store::open(from, Store::Mode::ReadOnly, &error);
    if (!source)
        return fail(QStringLiteral("copy: %1").arg(error));
    const bool created = !PgUrl::looksLike(to) && !QFileInfo::exists(to);
    auto target = Store::open(to, Store::Mode::ReadWrite, &error);
    if (!target)
        return fail(QStringLiteral("copy: %1").arg(error));
    QList<StoreCopy::TableCount> counts;
    if (!StoreCopy::copy(*source, *target, parser.isSet(QStringLiteral("force")), &counts, &error)) {
        target.reset();
        // A file this command created for nothing is not left behind.
        if (created) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(to + suffix);
        }
        return fail(QStringLiteral("copy: %1").arg(error));
    }
    QStringList parts;
    for (const StoreCopy::TableCount &c : std::as_const(counts))
        parts.append(QStringLiteral("%1 %2").arg(c.rows).arg(c.table));
    out() << "copied " << source->path() << " to " << target->path() << ": " << parts.join(QStringLiteral(", "))
          << Qt::endl;
    return 0;
}

} // namespace CopyCommand
