#pragma once

#include "PgUrl.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QSocketNotifier;
struct pg_conn;

// Hears a PostgreSQL store change without asking: LISTENs on the channel the writers NOTIFY on
// commit. Everything runs through libpq's asynchronous calls and socket notifiers, so neither
// connecting nor waiting ever blocks the thread it lives in (the UI thread of a wall). A lost
// server is noticed as soon as its socket closes; the listener then retries with back-off
// (0.5 s doubling up to maxRetryMs) and says `listening` again once it is back — the data may
// have changed meanwhile, so the owner reloads then.
// (QPSQL's own notification support was not enough: it connects synchronously and says
// nothing when the connection drops.)
class PgListener : public QObject
{
    Q_OBJECT

public:
    // The channel every writer notifies on commit; the payload names what changed.
    static QString channel();

    explicit PgListener(const PgUrl &url, QObject *parent = nullptr);
    ~PgListener() override;

    void start();
    bool isListening() const { return m_state == State::Listening; }
    QString lastError() const { return m_lastError; }
    void setMaxRetryMs(int ms) { m_maxRetryMs = ms; }

signals:
    // Connected and subscribed (the first time, and after every reconnection).
    void listening();
    void notified(const QString &payload);
    // The connection failed or dropped; a retry is scheduled.
    void lost(const QString &why);

private:
    enum class State { Idle, Connecting, Subscribing, Listening, Waiting };

    void connectNow();
    void pollConnect();
    void onReadable();
    void onWritable();
    void watchSocket(bool forWriting);
    void fail(const QString &why);
    void closeConnection();

    PgUrl m_url;
    pg_conn *m_conn = nullptr;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    int m_socket = -1;
    State m_state = State::Idle;
    QTimer m_retry;
    QTimer m_connectTimeout;
    int m_retryMs = 500;
    int m_maxRetryMs = 30000;
    QString m_lastError;
};
