#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

// The typed interface through which the program drives the screen without a user: export
// and the benchmarks ask for a page, a detail or settled numbers; Main.qml answers the
// requests and reports its pages, the page shown and whether everything has settled.
class ScreenControl : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList pageNames READ pageNames WRITE setPageNames NOTIFY pageNamesChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(bool settled READ settled WRITE setSettled NOTIFY settledChanged)

public:
    static ScreenControl *instance();
    static ScreenControl *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QStringList pageNames() const { return m_pageNames; }
    void setPageNames(const QStringList &names);
    int currentIndex() const { return m_currentIndex; }
    void setCurrentIndex(int index);
    bool settled() const { return m_settled; }
    void setSettled(bool settled);

    // True once a screen handles the requests (Main.qml is loaded).
    bool answered() const;

    void showPage(int index) { emit showPageRequested(index); }
    void nextPage() { emit nextPageRequested(); }
    // Ends every count-up and transition now, for a frame that shows the final numbers.
    void settleNow() { emit settleRequested(); }
    void openDetailForDomain(const QString &domain) { emit detailRequested(domain); }
    void closeDetail() { emit closeDetailRequested(); }

signals:
    void showPageRequested(int index);
    void nextPageRequested();
    void settleRequested();
    void detailRequested(const QString &domain);
    void closeDetailRequested();
    void pageNamesChanged();
    void currentIndexChanged();
    void settledChanged();

private:
    explicit ScreenControl(QObject *parent);

    QStringList m_pageNames;
    int m_currentIndex = -1;
    bool m_settled = false;
};
