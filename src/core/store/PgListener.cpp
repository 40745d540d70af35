#include "PgListener.h"

#include <QSocketNotifier>

#include <libpq-fe.h>
#include <vector>

namespace {

constexpr int kFirstRetryMs = 500;
// libpq ignores connect_timeout in its asynchronous calls; this is ours.
constexpr int kConnectTimeoutMs = 10000;

QString connectionError(PGconn *conn)
{
    return conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QStringLiteral("out of memory");
}

} // namespace

QString PgListener::channel()
{
    return QStringLiteral("county_briefing_changed");
}

PgListener::PgListener(const PgUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PgListener::connectNow);
    m_connectTimeout.setSingleShot(true);
    m_connectTimeout.setInterval(kConnectTimeoutMs);
    connect(&m_connectTimeout, &QTimer::timeout, this, [this] { fail(QStringLiteral("connection timed out")); });
}

PgListener::~PgListener()
{
    closeConnection();
}

void PgListener::start()
{
    m_retryMs = kFirstRetryMs;
    connectNow();
}

void PgListener::connectNow()
{
    closeConnection();
    std::vector<QByteArray> storage;
    const auto pairs = m_url.keywords();
    storage.reserve(pairs.size() * 2);
    std::vector<const char *> keys;
    std::vector<const char *> values;
    for (const auto &[key, value] : pairs) {
        storage.push_back(key.toUtf8());
        keys.push_back(storage.back().constData());
        storage.push_back(value.toUtf8());
        values.push_back(storage.back().constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectStartParams(keys.data(), values.data(), 0);
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD) {
        fail(connectionError(m_conn));
        return;
    }
    m_state = State::Connecting;
    m_connectTimeout.start();
    // The first step is always "writing": the socket becomes writable once connected.
    watchSocket(true);
}

void PgListener::watchSocket(bool forWriting)
{
    const int socket = PQsocket(m_conn);
    if (socket != m_socket) {
        delete m_read;
        delete m_write;
        m_read = nullptr;
        m_write = nullptr;
        m_socket = socket;
        if (socket < 0)
            return;
        m_read = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_write = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(m_read, &QSocketNotifier::activated, this, &PgListener::onReadable);
        connect(m_write, &QSocketNotifier::activated, this, &PgListener::onWritable);
    }
    m_write->setEnabled(forWriting);
    m_read->setEnabled(!forWriting);
}

void PgListener::pollConnect()
{
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_WRITING:
        watchSocket(true);
        return;
    case PGRES_POLLING_READING:
        watchSocket(false);
        return;
    case PGRES_POLLING_FAILED:
        fail(connectionError(m_conn));
        return;
    default:
        break;
    }
    m_connectTimeout.stop();
    // Connected: subscribe, without waiting for the answer here.
    PQsetnonblocking(m_conn, 1);
    const QByteArray listen = "LISTEN " + channel().toUtf8();
    if (!PQsendQuery(m_conn, listen.constData())) {
        fail(connectionError(m_conn));
        return;
    }
    m_state = State::Subscribing;
    watchSocket(false);
    // The query may still sit in libpq's buffer.
    if (PQflush(m_conn) == 1)
        m_write->setEnabled(true);
}

void PgListener::onWritable()
{
    if (m_state == State::Connecting) {
        pollConnect();
        return;
    }
    const int flushed = PQflush(m_conn);
    if (flushed < 0)
        fail(connectionError(m_conn));
    else if (flushed == 0)
        m_write->setEnabled(false);
}

void PgListener::onReadable()
{
    if (m_state == State::Connecting) {
        pollConnect();
        return;
    }
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) == CONNECTION_BAD) {
        fail(connectionError(m_conn));
        return;
    }
    if (m_state == State::Subscribing) {
        while (!PQisBusy(m_conn)) {
            PGresult *result = PQgetResult(m_conn);
            if (!result) {
                m_state = State::Listening;
                m_retryMs = kFirstRetryMs;
                m_lastError.clear();
                emit listening();
                break;
            }
            const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
            const QString why = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
            if (!ok) {
                fail(why);
                return;
            }
        }
    }
    // Collected even while subscribing: a notification can ride along with the answer.
    while (PGnotify *note = PQnotifies(m_conn)) {
        const QString payload = QString::fromUtf8(note->extra);
        PQfreemem(note);
        if (m_state == State::Listening)
            emit notified(payload);
    }
}

void PgListener::fail(const QString &why)
{
    closeConnection();
    m_lastError = why;
    m_state = State::Waiting;
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_maxRetryMs);
    emit lost(why);
}

void PgListener::closeConnection()
{
    m_connectTimeout.stop();
    delete m_read;
    delete m_write;
    m_read = nullptr;
    m_write = nullptr;
    m_socket = -1;
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    if (m_state != State::Waiting)
        m_state = State::Idle;
}
