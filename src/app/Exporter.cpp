#include "Exporter.h"

#include "ScreenControl.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QSet>
#include <QTextStream>
#include <QThread>

namespace {

void spin(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(2);
    }
}

// A page that rendered nothing is one or two flat colours; a real page has text and charts.
bool looksBlank(const QImage &image)
{
    QSet<QRgb> colours;
    const int stepX = std::max(1, image.width() / 97);
    const int stepY = std::max(1, image.height() / 89);
    for (int y = 0; y < image.height(); y += stepY) {
        for (int x = 0; x < image.width(); x += stepX) {
            colours.insert(image.pixel(x, y));
            if (colours.size() > 16)
                return false;
        }
    }
    return true;
}

} // namespace

Exporter::Exporter(QQuickWindow *window, const QString &directory, const QSize &size)
    : m_window(window)
    , m_directory(directory)
    , m_size(size)
{
}

bool Exporter::waitSettled(int timeoutMs)
{
    auto *screen = ScreenControl::instance();
    screen->settleNow();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (screen->settled())
            return true;
        QThread::msleep(5);
    }
    return false;
}

bool Exporter::saveFrame(const QString &name, QString *error)
{
    // Let bindings, layouts and charts catch up, then take a frame.
    spin(150);
    if (!waitSettled(5000)) {
        *error = QStringLiteral("%1 did not settle within 5 s").arg(name);
        return false;
    }
    spin(100);
    QImage image = m_window->grabWindow();
    if (image.isNull()) {
        *error = QStringLiteral("could not render %1").arg(name);
        return false;
    }
    if (image.size() != m_size) {
        *error = QStringLiteral("%1 rendered at %2x%3 instead of %4x%5")
                     .arg(name)
                     .arg(image.width())
                     .arg(image.height())
                     .arg(m_size.width())
                     .arg(m_size.height());
        return false;
    }
    if (looksBlank(image)) {
        *error = QStringLiteral("%1 rendered blank").arg(name);
        return false;
    }
    const QString file = QDir(m_directory).filePath(QStringLiteral("%1-%2.png").arg(m_written + 1, 2, 10, QLatin1Char('0')).arg(name));
    if (!image.save(file)) {
        *error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    ++m_written;
    QTextStream(stdout) << file << Qt::endl;
    return true;
}

int Exporter::run(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("cannot create the folder %1").arg(m_directory);
        return -1;
    }
    m_window->resize(m_size);
    m_window->show();
    spin(200);

    auto *screen = ScreenControl::instance();
    const QStringList pages = screen->pageNames();
    if (!screen->answered() || pages.isEmpty()) {
        *error = QStringLiteral("Main.qml does not answer ScreenControl (no pages)");
        return -1;
    }
    for (int i = 0; i < pages.size(); ++i) {
        screen->showPage(i);
        if (!saveFrame(pages.at(i), error))
            return -1;
    }
    // One detail view per domain page, opened on its headline figure.
    for (int i = 1; i < pages.size(); ++i) {
        screen->showPage(i);
        screen->openDetailForDomain(pages.at(i));
        if (!saveFrame(pages.at(i) + QStringLiteral("-detail"), error))
            return -1;
        screen->closeDetail();
    }
    return m_written;
}
