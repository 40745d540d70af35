#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

// Display settings the command line sets before QML loads; QML reads and may toggle them.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int rotateSeconds READ rotateSeconds WRITE setRotateSeconds NOTIFY rotateSecondsChanged)
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY idleSecondsChanged)
    Q_PROPERTY(bool kiosk READ kiosk WRITE setKiosk NOTIFY kioskChanged)
    Q_PROPERTY(QString startPage READ startPage WRITE setStartPage NOTIFY startPageChanged)
    Q_PROPERTY(bool upIsRed READ upIsRed WRITE setUpIsRed NOTIFY upIsRedChanged)
    Q_PROPERTY(bool paused READ paused WRITE setPaused NOTIFY pausedChanged)
    // "zh" or "en": the language on screen, for what formats by locale (dates).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    static AppSettings *instance();
    static AppSettings *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    int rotateSeconds() const { return m_rotateSeconds; }
    void setRotateSeconds(int seconds);
    int idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(int seconds);
    bool kiosk() const { return m_kiosk; }
    void setKiosk(bool kiosk);
    QString startPage() const { return m_startPage; }
    void setStartPage(const QString &page);
    bool upIsRed() const { return m_upIsRed; }
    void setUpIsRed(bool upIsRed);
    bool paused() const { return m_paused; }
    void setPaused(bool paused);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

signals:
    void rotateSecondsChanged();
    void idleSecondsChanged();
    void kioskChanged();
    void startPageChanged();
    void upIsRedChanged();
    void pausedChanged();
    void languageChanged();

private:
    explicit AppSettings(QObject *parent = nullptr);

    int m_rotateSeconds = 30;
    int m_idleSeconds = 60;
    bool m_kiosk = false;
    QString m_startPage;
    bool m_upIsRed = true;
    bool m_paused = false;
    QString m_language = QStringLiteral("zh");
};
