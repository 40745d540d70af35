#include "Dashboard.h"

#include "DetailModel.h"
#include "DomainData.h"
#include "FigureFormat.h"
#include "FigureModel.h"
#include "HighlightModel.h"
#include "Store.h"
#include "store/PgListener.h"
#include "store/PgUrl.h"

#include <QCoreApplication>
#include <QFile>
#include <QJSEngine>
#include <QSet>
#include <algorithm>
#include <sys/stat.h>

namespace {

constexpr int kPollMs = 2000;
constexpr int kMaxHeadlines = 10;

QList<Figure> pickHeadlines(const QList<Figure> &figures)
{
    QList<std::pair<int, Figure>> ranked;
    for (const Figure &f : figures) {
        if (f.parentId != 0)
            continue;
        const int rank = FigureFormat::headlineRank(f);
        if (rank >= 0)
            ranked.append({rank, f});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Figure> picked;
    QSet<QString> seenKeys;
    for (const auto &[rank, f] : std::as_const(ranked)) {
        const QString k = f.key.isEmpty() ? f.name : f.key;
        if (seenKeys.contains(k))
            continue;
        seenKeys.insert(k);
        picked.append(f);
    }
    // Then the first stated figure of each domain that has none yet, so every page is
    // represented on the overview.
    for (const QString &domain : FigureFormat::domains()) {
        if (std::any_of(picked.cbegin(), picked.cend(), [&](const Figure &p) { return p.domain == domain; }))
            continue;
        for (const Figure &f : figures) {
            if (f.domain == domain && f.parentId == 0 && !f.pending && f.value) {
                picked.append(f);
                break;
            }
        }
    }
    return picked.mid(0, kMaxHeadlines);
}

} // namespace

Dashboard::Dashboard(QObject *parent)
    : QObject(parent)
    , m_headlines(new FigureModel(this))
    , m_highlights(new HighlightModel(this))
    , m_detail(new DetailModel(this))
{
    const QStringList names = FigureFormat::domains();
    for (int i = 0; i < 5; ++i)
        m_domains[i] = new DomainData(names.at(i), this);
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
    const std::optional<ReportInfo> info = m_store->latestReport();
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
    }

    QHash<qint64, QList<Figure>> parts;
    for (const Figure &f : std::as_const(figures)) {
        if (f.parentId != 0)
            parts[f.parentId].append(f);
    }
    for (DomainData *d : m_domains)
        d->update(figures, parts);
    m_headlines->setFigures(pickHeadlines(figures), parts);
    m_highlights->setHighlights(highlights, figures, info ? info->year : 0);

    const ReportInfo r = info.value_or(ReportInfo());
    const bool changed = r.id != m_reportId || r.county != m_county || r.year != m_year
        || r.title != m_title || r.figureCount != m_figureCount || r.pendingCount != m_pendingCount
        || r.demo != m_demo;
    m_reportId = r.id;
    m_county = r.county;
    m_year = r.year;
    m_title = r.title;
    m_figureCount = r.figureCount;
    m_pendingCount = r.pendingCount;
    m_demo = r.demo;
    m_figureSource.setStore(m_store.get());
    m_detail->setSource(&m_figureSource, m_county, m_year, text, figures, m_highlights);
    if (changed)
        emit reportChanged();
    emit reloaded();
    return true;
}

void Dashboard::setWarning(const QString &warning)
{
    if (m_warning == warning)
        return;
    m_warning = warning;
    emit warningChanged();
}
