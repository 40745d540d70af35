#pragma once

#include "DetailModel.h"
#include "DomainData.h"
#include "Figure.h"
#include "FigureOverride.h"
#include "FigureModel.h"
#include "HighlightModel.h"
#include "StoreFigureSource.h"
#include "TargetsData.h"
#include "compose/Layout.h"

#include <QMap>
#include <QObject>
#include <QSize>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QJSEngine;
class QQmlEngine;
class PgListener;
class Store;

// The one source of data for the screen. Holds a read-only connection to the store,
// polls it, and reloads its models in place when another process imported or filled
// figures; when the file goes bad it keeps the last good data and says so in `warning`.
class Dashboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString county READ county NOTIFY reportChanged)
    Q_PROPERTY(int year READ year NOTIFY reportChanged)
    // Every county in the database, and the years of the county shown (oldest first): the
    // wall shows one report of them, by default the newest of the county (--county) or the
    // county of the newest report, and returns to the county's newest after the idle time.
    Q_PROPERTY(QStringList counties READ counties NOTIFY reportChanged)
    Q_PROPERTY(QList<int> years READ years NOTIFY reportChanged)
    Q_PROPERTY(int newestYear READ newestYear NOTIFY reportChanged)
    Q_PROPERTY(bool showingNewest READ showingNewest NOTIFY reportChanged)
    Q_PROPERTY(QString title READ title NOTIFY reportChanged)
    Q_PROPERTY(int figureCount READ figureCount NOTIFY reportChanged)
    // Pending figures the wall shows, and those only in the pages' full lists (governance too).
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY reportChanged)
    Q_PROPERTY(int pendingElsewhere READ pendingElsewhere NOTIFY reportChanged)
    // Indicators the report states with two different values, named with both.
    Q_PROPERTY(QString dataWarning READ dataWarning NOTIFY reportChanged)
    // The window's size: the composer fits cards and charts to it.
    Q_PROPERTY(QSize screenSize READ screenSize WRITE setScreenSize NOTIFY screenSizeChanged)
    Q_PROPERTY(bool isDemo READ isDemo NOTIFY reportChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY reportChanged)
    Q_PROPERTY(QString warning READ warning NOTIFY warningChanged)
    Q_PROPERTY(FigureModel *headlines READ headlines CONSTANT)
    Q_PROPERTY(HighlightModel *highlights READ highlights CONSTANT)
    Q_PROPERTY(DetailModel *detail READ detail CONSTANT)
    Q_PROPERTY(DomainData *economy READ economy CONSTANT)
    Q_PROPERTY(DomainData *agriculture READ agriculture CONSTANT)
    Q_PROPERTY(DomainData *industry READ industry CONSTANT)
    Q_PROPERTY(DomainData *urban READ urban CONSTANT)
    Q_PROPERTY(DomainData *social READ social CONSTANT)
    // The domain pages in page order, as the domains table lists them.
    Q_PROPERTY(QList<DomainData *> domains READ domains CONSTANT)
    // The targets page (目标); count 0 when the report states no targets: no page then.
    Q_PROPERTY(TargetsData *targets READ targets CONSTANT)

public:
    static Dashboard *instance();
    static Dashboard *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    ~Dashboard() override;

    // Opens the store read-only and keeps watching the file. On failure *error says why;
    // the file keeps being watched, so the screen recovers when a good one appears.
    bool openDatabase(const QString &path, QString *error);
    // Checks the file now instead of waiting for the next poll (tests, export).
    void poll();
    void setPollInterval(int milliseconds);

    QString county() const { return m_county; }
    int year() const { return m_year; }
    QStringList counties() const { return m_counties; }
    QList<int> years() const { return m_years; }
    int newestYear() const { return m_years.isEmpty() ? 0 : m_years.constLast(); }
    bool showingNewest() const { return m_year == newestYear(); }
    // The county to show (--county); empty: the county of the newest report. Kept across
    // reloads while the database has a report of it.
    void setPreferredCounty(const QString &county);
    QString title() const { return m_title; }
    int figureCount() const { return m_figureCount; }
    int pendingCount() const { return m_layout.pendingShown; }
    int pendingElsewhere() const { return m_layout.pendingElsewhere; }
    QString dataWarning() const;
    QSize screenSize() const { return m_screenSize; }
    void setScreenSize(const QSize &size);
    const Layout &layout() const { return m_layout; }
    QList<DomainData *> domains() const { return m_domains; }
    bool isDemo() const { return m_demo; }
    bool hasData() const { return m_reportId != 0; }
    QString warning() const { return m_warning; }

    FigureModel *headlines() const { return m_headlines; }
    HighlightModel *highlights() const { return m_highlights; }
    DetailModel *detail() const { return m_detail; }
    TargetsData *targets() const { return m_targets; }
    DomainData *economy() const { return domain(QStringLiteral("economy")); }
    DomainData *agriculture() const { return domain(QStringLiteral("agriculture")); }
    DomainData *industry() const { return domain(QStringLiteral("industry")); }
    DomainData *urban() const { return domain(QStringLiteral("urban")); }
    DomainData *social() const { return domain(QStringLiteral("social")); }
    Q_INVOKABLE DomainData *domain(const QString &name) const;

    // What the presenter switches (keys, a tap on the header); the wall only ever reads.
    // The year shown, among the county's (wrapping); the newest again; another county.
    Q_INVOKABLE void showYear(int year);
    Q_INVOKABLE void stepYear(int delta);
    Q_INVOKABLE void showNewestYear();
    Q_INVOKABLE void showCounty(const QString &county);
    Q_INVOKABLE void stepCounty(int delta);

signals:
    void reportChanged();
    void screenSizeChanged();
    void warningChanged();
    // After every reload that changed something (tests wait on it).
    void reloaded();

private:
    struct FileIdentity
    {
        bool exists = false;
        quint64 inode = 0;
        qint64 size = 0;
        qint64 mtimeNs = 0;
        bool operator==(const FileIdentity &o) const
        {
            return exists == o.exists && inode == o.inode && size == o.size && mtimeNs == o.mtimeNs;
        }
        bool operator!=(const FileIdentity &o) const { return !(*this == o); }
    };

    explicit Dashboard(QObject *parent = nullptr);
    static FileIdentity identify(const QString &path);
    void listenToServer();
    bool reopen(QString *error);
    bool reload(QString *error);
    // Reloads after the presenter changed the selection.
    void select(const QString &county, int year);
    void setWarning(const QString &warning);
    // Composes the layout of the loaded figures for the screen size and hands it to the models.
    void present();

    std::unique_ptr<Store> m_store;
    StoreFigureSource m_figureSource; // the detail's reader, over m_store
    QString m_path;
    FileIdentity m_identity;
    qint64 m_dataVersion = -1;
    QTimer m_poll;
    std::unique_ptr<PgListener> m_listener;

    qint64 m_reportId = 0;
    QString m_county;
    int m_year = 0;
    QString m_wantCounty;   // empty: the county of the newest report
    int m_wantYear = 0;     // 0: the county's newest
    QStringList m_counties;
    QList<int> m_years;
    QString m_title;
    int m_figureCount = 0;
    bool m_demo = false;
    QString m_warning;

    FigureModel *m_headlines;
    HighlightModel *m_highlights;
    DetailModel *m_detail;
    TargetsData *m_targets;
    QList<DomainData *> m_domains;
    QList<Figure> m_figures;
    QList<FigureOverride> m_overrides;          // the staff's curation of the report shown
    QMap<int, QList<Figure>> m_otherYears;      // the county's other reports, by year
    QHash<qint64, Figure> m_byId;
    QHash<qint64, Figure> m_byIdAllYears;     // m_byId and the other years' figures, for the year charts
    QHash<qint64, QList<Figure>> m_parts;
    QSize m_screenSize{1920, 1080};
    Layout m_layout;
};
