#include "AppSettings.h"

#include <QCoreApplication>
#include <QJSEngine>

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

AppSettings *AppSettings::instance()
{
    // Parented to the application so it outlives every QML engine that reads it.
    static AppSettings *settings = new AppSettings(QCoreApplication::instance());
    return settings;
}

AppSettings *AppSettings::create(QQmlEngine *, QJSEngine *)
{
    AppSettings *settings = instance();
    QJSEngine::setObjectOwnership(settings, QJSEngine::CppOwnership);
    return settings;
}

void AppSettings::setRotateSeconds(int seconds)
{
    seconds = qMax(0, seconds);
    if (m_rotateSeconds == seconds)
        return;
    m_rotateSeconds = seconds;
    emit rotateSecondsChanged();
}

void AppSettings::setIdleSeconds(int seconds)
{
    seconds = qMax(1, seconds);
    if (m_idleSeconds == seconds)
        return;
    m_idleSeconds = seconds;
    emit idleSecondsChanged();
}

void AppSettings::setKiosk(bool kiosk)
{
    if (m_kiosk == kiosk)
        return;
    m_kiosk = kiosk;
    emit kioskChanged();
}

void AppSettings::setStartPage(const QString &page)
{
    if (m_startPage == page)
        return;
    m_startPage = page;
    emit startPageChanged();
}

void AppSettings::setUpIsRed(bool upIsRed)
{
    if (m_upIsRed == upIsRed)
        return;
    m_upIsRed = upIsRed;
    emit upIsRedChanged();
}

void AppSettings::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    emit pausedChanged();
}

void AppSettings::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    emit languageChanged();
}
