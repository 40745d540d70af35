#include "Dashboard.h"

#include "DetailModel.h"
#include "DomainData.h"
#include "FigureModel.h"
#include "HighlightModel.h"
#include "Curation.h"
#include "ReportChoice.h"
#include "Store.h"
#include "store/PgListener.h"
#include "store/PgUrl.h"
#include "compose/Composer.h"
#include "compose/Domains.h"
#include "compose/ReportLayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QJSEngine>
#include <algorithm>
#include <sys/stat.h>

namespace {

constexpr int kPollMs = 2000;

} // namespace

Dashboard::Dashboard(QObject *parent)
    : QObject(parent)
    , m_headlines(new FigureModel(this))
    , m_highlights(new HighlightModel(this))
    , m_detail(new DetailModel(this))
    , m_targets(new TargetsData(this))
{
    for (const Domain &d : Domains::pages())
        m_domains.append(new DomainData(d.id, d.colour, this));
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &Dashboard::poll);
}

Dashboard::~Dashboard() = default;

Dashboard *Dashboard::instance()
{
    static Dashboard *dashboard = new Dashboard(QCoreApplication::instance());
    return dashboard;
}

Dashboard *Dashboard::create(QQmlEngine *, QJSEngine *)
{
    Dashboard *dashboard = instance();
    QJSEngine::setObjectOwnership(dashboard, QJSEngine::CppOwnership);
    return dashboard;
}

DomainData *Dashboard::domain(const QString &name) const
{
    for (DomainData *d : m_domains) {
        if (d->domain() == name)
            return d;
    }
    return nullptr;
}

void Dashboard::setPollInterval(int milliseconds)
{
    m_poll.setInterval(milliseconds);
}

bool Dashboard::openDatabase(const QString &path, QString *error)
{
    m_path = path;
    m_identity = FileIdentity();
    m_store.reset();
    m_listener.reset();
    if (PgUrl::looksLike(path))
        listenToServer();
    else
        m_poll.start();
    QString why;
    const bool ok = reopen(&why);
    if (!ok) {
        setWarning(tr("数据文件无法读取"));
        if (error)
            *error = why;
    }
    return ok;
}

// A database on a server: no polling; the walls hear each commit (PgListener). A lost server
// leaves the last good data on screen with a warning until the listener is back.
void Dashboard::listenToServer()
{
    QString why;
    const std::optional<PgUrl> url = PgUrl::parse(m_path, &why);
    if (!url)
        return;
    m_poll.stop();
    m_listener = std::make_unique<PgListener>(*url);
    connect(m_listener.get(), &PgListener::notified, this, &Dashboard::poll);
    connect(m_listener.get(), &PgListener::listening, this, [this] {
        // A new connection: the old one may have died with the server, and the data may
        // have changed meanwhile.
        QString error;
        if (!reopen(&error))
            setWarning(m_reportId ? tr("数据库服务器不可用，显示上次的数据") : tr("无法连接数据库服务器"));
    });
    connect(m_listener.get(), &PgListener::lost, this, [this] {
        setWarning(m_reportId ? tr("数据库服务器不可用，显示上次的数据") : tr("无法连接数据库服务器"));
    });
    m_listener->start();
}

Dashboard::FileIdentity Dashboard::identify(const QString &path)
{
    FileIdentity id;
    if (PgUrl::looksLike(path)) {
        // A server's database has no file to watch; it is there until a query says otherwise.
        id.exists = true;
        return id;
    }
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return id;
    id.exists = true;
    id.inode = quint64(st.st_ino);
    id.size = qint64(st.st_size);
    id.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return id;
}

bool Dashboard::reopen(QString *error)
{
    const FileIdentity id = identify(m_path);
    if (!id.exists) {
        *error = tr("数据文件不存在：%1").arg(m_path);
        return false;
    }
    std::unique_ptr<Store> store = Store::open(m_path, Store::Mode::ReadOnly, error);
    if (!store)
        return false;
    if (!store->healthy(error))
        return false;
    // The old store lives to the end of this function: reload hands the detail's reader the
    // new one first, and a failed reload swaps the old one back.
    std::swap(m_store, store);
    m_identity = id;
    m_dataVersion = m_store->dataVersion();
    if (!reload(error)) {
        // Back to the connection the models were loaded from.
        std::swap(m_store, store);
        return false;
    }
    setWarning(QString());
    return true;
}

void Dashboard::poll()
{
    if (m_path.isEmpty())
        return;
    QString why;
    if (!m_store || identify(m_path) != m_identity) {
        if (!reopen(&why))
            setWarning(m_reportId ? tr("数据文件不可用，显示上次的数据") : tr("数据文件无法读取"));
        return;
    }
    if (!m_store->healthy(&why)) {
        setWarning(m_reportId ? tr("数据文件不可用，显示上次的数据") : tr("数据文件无法读取"));
        return;
    }
    const qint64 version = m_store->dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        if (!reload(&why)) {
            setWarning(tr("数据读取失败，显示上次的数据"));
            return;
        }
    }
    setWarning(QString());
}

bool Dashboard::reload(QString *error)
{
    const QList<ReportInfo> reports = m_store->reports();
    std::optional<ReportInfo> info = ReportChoice::pick(reports, m_wantCounty, m_wantYear);
    if (!info)
        info = ReportChoice::pick(reports, QString());
    if (info && info->year != m_wantYear)
        m_wantYear = 0; // the year asked for is gone: follow the newest again
    QList<Figure> figures;
    QList<Highlight> highlights;
    QString text;
    if (info) {
        figures = m_store->figures(info->id);
        if (figures.isEmpty() && info->figureCount > 0) {
            *error = m_store->lastError();
            return false;
        }
        highlights = m_store->highlights(info->id);
        text = m_store->reportText(info->id);
        m_overrides = Curation(m_store.get()).overrides(info->county, info->year);
        m_otherYears = ReportLayout::otherYears(*m_store, *info);
    } else {
        m_overrides.clear();
        m_otherYears.clear();
    }

    m_parts.clear();
    m_byId.clear();
    for (const Figure &f : std::as_const(figures)) {
        m_byId.insert(f.id, f);
        if (f.parentId != 0)
            m_parts[f.parentId].append(f);
    }
    // The year charts' points are figures of the county's other reports.
    m_byIdAllYears = m_byId;
    for (const QList<Figure> &year : std::as_const(m_otherYears)) {
        for (const Figure &f : year)
            m_byIdAllYears.insert(f.id, f);
    }
    m_figures = figures;
    m_highlights->setHighlights(highlights, figures, info ? info->year : 0);

    const ReportInfo r = info.value_or(ReportInfo());
    const Layout before = m_layout;
    const QStringList counties = ReportChoice::counties(reports);
    const QList<int> years = ReportChoice::years(reports, r.county);
    const bool reportDiffers = r.id != m_reportId || r.title != m_title || r.figureCount != m_figureCount
        || r.demo != m_demo || counties != m_counties || years != m_years;
    m_counties = counties;
    m_years = years;
    m_reportId = r.id;
    m_county = r.county;
    m_year = r.year;
    m_title = r.title;
    m_figureCount = r.figureCount;
    m_demo = r.demo;
    present();
    const bool changed = reportDiffers || r.county != before.county || r.year != before.year
        || m_layout.pendingShown != before.pendingShown || m_layout.pendingElsewhere != before.pendingElsewhere
        || m_layout.dataWarnings != before.dataWarnings;
    m_figureSource.setStore(m_store.get());
    m_detail->setSource(&m_figureSource, m_county, m_year, text, figures, m_highlights);
    if (changed)
        emit reportChanged();
    emit reloaded();
    return true;
}

void Dashboard::present()
{
    Composer::Input input;
    input.county = m_county;
    input.year = m_year;
    input.figures = m_figures;
    input.overrides = m_overrides;
    input.otherYears = m_otherYears;
    input.size = m_screenSize;
    m_layout = Composer::compose(input);
    for (DomainData *d : std::as_const(m_domains))
        d->update(m_layout.page(d->domain()), m_byIdAllYears, m_parts);
    m_targets->update(m_layout.page(QStringLiteral("targets")), m_year, m_byId, m_otherYears);
    QList<Figure> headlines;
    QHash<qint64, QString> labels;
    if (const LayoutPage *overview = m_layout.page(QStringLiteral("overview"))) {
        for (const LayoutCard &c : overview->cards) {
            headlines.append(m_byId.value(c.figure));
            labels.insert(c.figure, c.label);
        }
    }
    m_headlines->setFigures(headlines, m_parts, labels);
}

void Dashboard::setPreferredCounty(const QString &county)
{
    m_wantCounty = county;
    m_wantYear = 0;
}

void Dashboard::select(const QString &county, int year)
{
    m_wantCounty = county;
    // The newest stays "the newest": a report imported meanwhile takes its place.
    m_wantYear = year == newestYear() ? 0 : year;
    QString why;
    if (m_store && !reload(&why))
        setWarning(tr("数据读取失败，显示上次的数据"));
}

void Dashboard::showYear(int year)
{
    if (year != m_year && m_years.contains(year))
        select(m_county, year);
}

void Dashboard::stepYear(int delta)
{
    const qsizetype n = m_years.size();
    const qsizetype at = m_years.indexOf(m_year);
    if (n > 1 && at >= 0)
        showYear(m_years.at(((at + delta) % n + n) % n));
}

void Dashboard::showNewestYear()
{
    showYear(newestYear());
}

void Dashboard::showCounty(const QString &county)
{
    if (county != m_county && m_counties.contains(county))
        select(county, 0);
}

void Dashboard::stepCounty(int delta)
{
    const qsizetype n = m_counties.size();
    const qsizetype at = m_counties.indexOf(m_county);
    if (n > 1 && at >= 0)
        showCounty(m_counties.at(((at + delta) % n + n) % n));
}

void Dashboard::setScreenSize(const QSize &size)
{
    if (size == m_screenSize || size.isEmpty())
        return;
    m_screenSize = size;
    emit screenSizeChanged();
    const Layout before = m_layout;
    present();
    if (m_layout.pendingShown != before.pendingShown || m_layout.pendingElsewhere != before.pendingElsewhere)
        emit reportChanged();
}

QString Dashboard::dataWarning() const
{
    if (m_layout.dataWarnings.isEmpty())
        return {};
    return tr("数据不一致：%1").arg(m_layout.dataWarnings.join(QStringLiteral("；")));
}

void Dashboard::setWarning(const QString &warning)
{
    if (m_warning == warning)
        return;
    m_warning = warning;
    emit warningChanged();
}
