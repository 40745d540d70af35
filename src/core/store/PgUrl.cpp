#include "PgUrl.h"

#include <QSqlDatabase>
#include <QUrl>

#include <algorithm>

namespace {

QString decode(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

bool isKeyword(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        if (!(c.isLower() && c.unicode() < 128) && c != u'_')
            return false;
    }
    return true;
}

// A value in libpq's conninfo syntax: quoted, with quotes and backslashes escaped.
QString quoted(QString value)
{
    value.replace(u'\\', QLatin1String("\\\\"));
    value.replace(u'\'', QLatin1String("\\'"));
    return u'\'' + value + u'\'';
}

// What a wall and a writer want unless the URL says otherwise: give up connecting after a few
// seconds instead of hanging, and notice a vanished server within half a minute on TCP.
const QList<QPair<QString, QString>> &defaults()
{
    static const QList<QPair<QString, QString>> list = {
        {QStringLiteral("connect_timeout"), QStringLiteral("5")},
        {QStringLiteral("application_name"), QStringLiteral("county-briefing")},
        {QStringLiteral("keepalives"), QStringLiteral("1")},
        {QStringLiteral("keepalives_idle"), QStringLiteral("10")},
        {QStringLiteral("keepalives_interval"), QStringLiteral("5")},
        {QStringLiteral("keepalives_count"), QStringLiteral("3")},
    };
    return list;
}

} // namespace

bool PgUrl::looksLike(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<PgUrl> PgUrl::parse(const QString &location, QString *error)
{
    if (!looksLike(location)) {
        *error = QStringLiteral("not a PostgreSQL URL (postgresql://…): %1").arg(location);
        return std::nullopt;
    }
    PgUrl url;
    QStringView rest = QStringView(location).mid(location.indexOf(QLatin1String("://")) + 3);
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QStringView authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        url.database = decode(rest.mid(slash + 1));
        if (url.database.contains(u'/')) {
            *error = QStringLiteral("a database name cannot contain '/': %1").arg(location);
            return std::nullopt;
        }
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView info = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = info.indexOf(u':');
        url.user = decode(colon >= 0 ? info.left(colon) : info);
        if (colon >= 0)
            url.password = decode(info.mid(colon + 1));
    }
    if (authority.contains(u',')) {
        *error = QStringLiteral("several hosts in one URL are not supported: %1").arg(location);
        return std::nullopt;
    }
    QStringView portText;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0) {
            *error = QStringLiteral("unclosed '[' in the host of %1").arg(location);
            return std::nullopt;
        }
        url.host = authority.mid(1, close - 1).toString();
        const QStringView after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':')) {
            *error = QStringLiteral("unexpected text after the host of %1").arg(location);
            return std::nullopt;
        }
        portText = after.mid(1);
    } else {
        const qsizetype colon = authority.lastIndexOf(u':');
        url.host = decode(colon >= 0 ? authority.left(colon) : authority);
        if (colon >= 0)
            portText = authority.mid(colon + 1);
    }

    auto setPort = [&](QStringView text) {
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error = QStringLiteral("'%1' is not a port number").arg(text.toString());
            return false;
        }
        url.port = port;
        return true;
    };
    if (!portText.isEmpty() && !setPort(portText))
        return std::nullopt;

    for (QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = decode(eq >= 0 ? pair.left(eq) : pair);
        const QString value = eq >= 0 ? decode(pair.mid(eq + 1)) : QString();
        if (!isKeyword(key)) {
            *error = QStringLiteral("'%1' is not a connection parameter").arg(key);
            return std::nullopt;
        }
        if (key == QLatin1String("host"))
            url.host = value;
        else if (key == QLatin1String("port")) {
            if (!setPort(value))
                return std::nullopt;
        } else if (key == QLatin1String("user"))
            url.user = value;
        else if (key == QLatin1String("password"))
            url.password = value;
        else if (key == QLatin1String("dbname"))
            url.database = value;
        else
            url.parameters.append({key, value});
    }
    return url;
}

QString PgUrl::display() const
{
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += user + u'@';
    const bool socketFolder = host.startsWith(u'/');
    if (!socketFolder)
        out += host.contains(u':') ? u'[' + host + u']' : host;
    if (port > 0)
        out += u':' + QString::number(port);
    out += u'/' + database;
    if (socketFolder)
        out += QStringLiteral("?host=") + host;
    return out;
}

QList<QPair<QString, QString>> PgUrl::keywords() const
{
    QList<QPair<QString, QString>> out;
    if (!host.isEmpty())
        out.append({QStringLiteral("host"), host});
    if (port > 0)
        out.append({QStringLiteral("port"), QString::number(port)});
    if (!user.isEmpty())
        out.append({QStringLiteral("user"), user});
    if (!password.isEmpty())
        out.append({QStringLiteral("password"), password});
    if (!database.isEmpty())
        out.append({QStringLiteral("dbname"), database});
    for (const auto &d : defaults()) {
        const bool given = std::any_of(parameters.cbegin(), parameters.cend(),
                                       [&](const auto &p) { return p.first == d.first; });
        if (!given)
            out.append(d);
    }
    out.append(parameters);
    return out;
}

void PgUrl::configure(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port > 0 ? port : -1);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
    QStringList options;
    for (const auto &[key, value] : keywords()) {
        static const QStringList kFields = {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user"),
                                            QStringLiteral("password"), QStringLiteral("dbname")};
        if (!kFields.contains(key))
            options.append(key + u'=' + quoted(value));
    }
    db.setConnectOptions(options.join(u';'));
}
