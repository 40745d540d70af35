#pragma once

#include <QObject>
#include <QSize>
#include <QString>

class QQuickWindow;

// Renders every page (and one detail view per domain) of the loaded Main.qml to
// DIR/NN-name.png at a fixed size, off-screen, printing one line per file.
class Exporter : public QObject
{
    Q_OBJECT

public:
    Exporter(QQuickWindow *window, const QString &directory, const QSize &size);

    // Returns the number of files written, or -1 with *error.
    int run(QString *error);

private:
    bool waitSettled(int timeoutMs);
    bool saveFrame(const QString &name, QString *error);

    QQuickWindow *m_window;
    QString m_directory;
    QSize m_size;
    int m_written = 0;
};
