#include "PrepareSession.h"

#include "PageTitles.h"
#include "Store.h"
#include "ValueInput.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <algorithm>

PrepareSession::PrepareSession(QObject *parent)
    : QObject(parent)
    , m_pending(new PendingModel(this))
    , m_figures(new FigureListModel(this))
    , m_history(new HistoryModel(this))
{
}

PrepareSession::~PrepareSession() = default;

PrepareSession *PrepareSession::instance()
{
    static PrepareSession *session = new PrepareSession(QCoreApplication::instance());
    return session;
}

PrepareSession *PrepareSession::create(QQmlEngine *, QJSEngine *)
{
    PrepareSession *session = instance();
    QJSEngine::setObjectOwnership(session, QJSEngine::CppOwnership);
    return session;
}

bool PrepareSession::open(const QString &path, QString *error)
{
    auto store = Store::open(path, Store::Mode::ReadWrite, error);
    if (!store)
        return false;
    m_store = std::move(store);
    m_curation = std::make_unique<Curation>(m_store.get());
    m_pending->clearDrafts();
    const auto latest = m_store->latestReport();
    m_county = latest ? latest->county : QString();
    m_year = latest ? latest->year : 0;
    emit reportsChanged();
    reload();
    emit selectionChanged();
    return true;
}

QString PrepareSession::databasePath() const
{
    return m_store ? m_store->path() : QString();
}

QStringList PrepareSession::counties() const
{
    QStringList out;
    if (!m_store)
        return out;
    for (const ReportInfo &r : m_store->reports()) {
        if (!out.contains(r.county))
            out.append(r.county);
    }
    return out;
}

QVariantList PrepareSession::years() const
{
    QVariantList out;
    if (!m_store)
        return out;
    for (const ReportInfo &r : m_store->reports()) {
        if (r.county == m_county)
            out.append(r.year);
    }
    return out;
}

bool PrepareSession::onWall() const
{
    const auto latest = m_store ? m_store->latestReport() : std::nullopt;
    return latest && latest->id == m_reportId;
}

QVariantList PrepareSession::pages() const
{
    QVariantList out;
    for (const QString &page : PageTitles::pages())
        out.append(QVariantMap{{QStringLiteral("name"), page}, {QStringLiteral("title"), PageTitles::title(page)}});
    return out;
}

void PrepareSession::selectReport(const QString &county, int year)
{
    if (!m_store)
        return;
    const QList<ReportInfo> reports = m_store->reports();
    // A county without that year falls back to its newest report.
    const ReportInfo *chosen = nullptr;
    for (const ReportInfo &r : reports) {
        if (r.county == county && (r.year == year || !chosen || (chosen->year != year && r.year > chosen->year)))
            chosen = &r;
    }
    if (!chosen || (chosen->county == m_county && chosen->year == m_year))
        return;
    m_county = chosen->county;
    m_year = chosen->year;
    m_pending->clearDrafts();
    reload();
    emit selectionChanged();
}

void PrepareSession::reload()
{
    m_reportId = 0;
    m_title.clear();
    m_list.clear();
    if (m_store) {
        for (const ReportInfo &r : m_store->reports()) {
            if (r.county == m_county && r.year == m_year) {
                m_reportId = r.id;
                m_title = r.title;
            }
        }
    }
    if (m_reportId)
        m_list = m_store->figures(m_reportId);

    m_curated.clear();
    QHash<QString, qint64> first;
    for (const Figure &f : std::as_const(m_list)) {
        const QString identity = f.key + QChar(0x1f) + f.name;
        m_curated.insert(f.id, first.value(identity, f.id));
        if (!first.contains(identity))
            first.insert(identity, f.id);
    }
    m_overrides.clear();
    m_unmatched.clear();
    QList<FigureOverride> chosen;
    const QList<FigureOverride> overrides = m_curation ? m_curation->overrides(m_county, m_year) : QList<FigureOverride>();
    for (const FigureOverride &o : overrides) {
        if (o.figureId != 0) {
            m_overrides.insert(o.figureId, o);
            if (o.headlineOrder >= 0)
                chosen.append(o);
            continue;
        }
        QStringList what;
        if (!o.label.isEmpty())
            what.append(tr("显示名称“%1”").arg(o.label));
        if (o.hidden)
            what.append(tr("隐藏"));
        if (!o.pinPage.isEmpty())
            what.append(tr("固定到%1").arg(PageTitles::title(o.pinPage)));
        if (o.headlineOrder >= 0)
            what.append(tr("总览头条"));
        m_unmatched.append(QVariantMap{{QStringLiteral("name"), o.figureName},
                                       {QStringLiteral("what"), what.join(QStringLiteral("、"))}});
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const FigureOverride &a, const FigureOverride &b) { return a.headlineOrder < b.headlineOrder; });
    m_headlines.clear();
    for (const FigureOverride &o : std::as_const(chosen)) {
        m_headlines.append(QVariantMap{{QStringLiteral("figureId"), o.figureId},
                                       {QStringLiteral("name"), o.label.isEmpty() ? o.figureName : o.label}});
    }

    m_pending->setFigures(m_list);
    m_figures->setFigures(m_list, m_overrides, m_curated);
    m_history->setChanges(m_curation ? m_curation->history(m_county, m_year) : QList<ChangeRecord>());
    ++m_revision;
    emit curationChanged();
}

const Figure *PrepareSession::find(qint64 figureId) const
{
    const auto it = std::find_if(m_list.cbegin(), m_list.cend(), [&](const Figure &f) { return f.id == figureId; });
    return it == m_list.cend() ? nullptr : &*it;
}

QVariantMap PrepareSession::figure(qint64 figureId) const
{
    const Figure *f = find(figureId);
    if (!f)
        return {};
    const qint64 curated = m_curated.value(f->id, f->id);
    const FigureOverride o = m_overrides.value(curated);
    const Figure *first = find(curated);
    return FigureListModel::details(*f, o, curated, first ? first->name : QString());
}

QVariantList PrepareSession::pinned(const QString &page) const
{
    QList<FigureOverride> onPage;
    for (const FigureOverride &o : m_overrides) {
        if (o.pinPage == page)
            onPage.append(o);
    }
    std::sort(onPage.begin(), onPage.end(), [](const FigureOverride &a, const FigureOverride &b) {
        return a.order != b.order ? a.order < b.order : a.figureId < b.figureId;
    });
    QVariantList out;
    for (const FigureOverride &o : std::as_const(onPage)) {
        out.append(QVariantMap{{QStringLiteral("figureId"), o.figureId},
                               {QStringLiteral("name"), o.label.isEmpty() ? o.figureName : o.label}});
    }
    return out;
}

QString PrepareSession::check(qint64 figureId, const QString &field, const QString &text) const
{
    const Figure *f = find(figureId);
    if (!f)
        return {};
    return ValueInput::problem(*f, field == QLatin1String("growth") ? ValueInput::Field::Growth : ValueInput::Field::Value,
                               text);
}

void PrepareSession::setMessage(const QString &message, bool isError)
{
    m_message = message;
    m_messageIsError = isError;
    emit messageChanged();
}

bool PrepareSession::finish(bool ok, const QString &done, const QString &error)
{
    if (!ok) {
        setMessage(tr("未保存：%1").arg(error), true);
        return false;
    }
    reload();
    setMessage(done, false);
    emit changed();
    return true;
}

bool PrepareSession::savePending()
{
    QList<ValueEdit> edits;
    QString why;
    if (!m_pending->edits(&edits, &why)) {
        setMessage(tr("未保存：%1").arg(why), true);
        return false;
    }
    if (edits.isEmpty()) {
        setMessage(tr("没有要保存的数值"), true);
        return false;
    }
    if (!m_curation->setValues(edits, &why))
        return finish(false, {}, why);
    m_pending->clearDrafts();
    return finish(true, tr("已保存 %1 项，墙上几秒内更新").arg(edits.size()), {});
}

bool PrepareSession::correct(qint64 figureId, const QString &valueText, const QString &growthText)
{
    const Figure *f = find(figureId);
    if (!f)
        return finish(false, {}, tr("没有这个指标"));
    ValueEdit edit;
    edit.figureId = figureId;
    QString why;
    for (const auto field : {ValueInput::Field::Value, ValueInput::Field::Growth}) {
        const QString &text = field == ValueInput::Field::Value ? valueText : growthText;
        const QString problem = ValueInput::problem(*f, field, text);
        if (!problem.isEmpty()) {
            setMessage(tr("未保存：%1").arg(problem), true);
            return false;
        }
        (field == ValueInput::Field::Value ? edit.value : edit.growth) = ValueInput::parse(text, field, f->mask.isEmpty(), &why);
    }
    if (!edit.value && !edit.growth) {
        setMessage(tr("请输入数值或增幅"), true);
        return false;
    }
    const bool ok = m_curation->setValues({edit}, &why);
    return finish(ok, tr("已更正 %1").arg(f->name), why);
}

bool PrepareSession::rename(qint64 figureId, const QString &label)
{
    QString why;
    const bool ok = m_curation->setLabel(figureId, label, &why);
    return finish(ok, label.trimmed().isEmpty() ? tr("已恢复报告原名") : tr("墙上显示为“%1”").arg(label.trimmed()), why);
}

bool PrepareSession::setHidden(qint64 figureId, bool hidden)
{
    QString why;
    const bool ok = m_curation->setHidden(figureId, hidden, &why);
    return finish(ok, hidden ? tr("已从墙上隐藏") : tr("已在墙上显示"), why);
}

bool PrepareSession::pin(qint64 figureId, const QString &page)
{
    const QVariantList onPage = pinned(page);
    int order = int(onPage.size());
    for (int i = 0; i < onPage.size(); ++i) {
        if (onPage.at(i).toMap().value(QStringLiteral("figureId")).toLongLong() == figureId)
            order = i;
    }
    QString why;
    const bool ok = m_curation->setPin(figureId, page, order, &why);
    return finish(ok, tr("已固定到%1第%2位").arg(PageTitles::title(page)).arg(order + 1), why);
}

bool PrepareSession::unpin(qint64 figureId)
{
    QString why;
    const bool ok = m_curation->setPin(figureId, QString(), -1, &why);
    return finish(ok, tr("已取消固定"), why);
}

namespace {

// The ids of a [{figureId, ...}] list with one of them moved by delta places.
QList<qint64> moved(const QVariantList &list, qint64 figureId, int delta, bool *ok)
{
    QList<qint64> ids;
    for (const QVariant &v : list)
        ids.append(v.toMap().value(QStringLiteral("figureId")).toLongLong());
    const int from = int(ids.indexOf(figureId));
    const int to = from + delta;
    *ok = from >= 0 && to >= 0 && to < ids.size();
    if (*ok)
        ids.move(from, to);
    return ids;
}

} // namespace

bool PrepareSession::movePinned(qint64 figureId, int delta)
{
    const QString page = m_overrides.value(m_curated.value(figureId, figureId)).pinPage;
    bool ok = false;
    const QList<qint64> ids = moved(pinned(page), m_curated.value(figureId, figureId), delta, &ok);
    if (!ok)
        return false;
    QString why;
    return finish(m_curation->setPinnedOrder(page, ids, &why), tr("已调整%1的卡片顺序").arg(PageTitles::title(page)), why);
}

QList<qint64> PrepareSession::headlineIds() const
{
    QList<qint64> ids;
    for (const QVariant &v : m_headlines)
        ids.append(v.toMap().value(QStringLiteral("figureId")).toLongLong());
    return ids;
}

bool PrepareSession::toggleHeadline(qint64 figureId)
{
    const qint64 curated = m_curated.value(figureId, figureId);
    QList<qint64> ids = headlineIds();
    const bool remove = ids.contains(curated);
    if (remove)
        ids.removeAll(curated);
    else
        ids.append(curated);
    QString why;
    const bool ok = m_curation->setHeadlines(m_county, m_year, ids, &why);
    return finish(ok, remove ? tr("已移出总览头条") : tr("已加入总览头条"), why);
}

bool PrepareSession::moveHeadline(qint64 figureId, int delta)
{
    bool ok = false;
    const QList<qint64> ids = moved(m_headlines, m_curated.value(figureId, figureId), delta, &ok);
    if (!ok)
        return false;
    QString why;
    return finish(m_curation->setHeadlines(m_county, m_year, ids, &why), tr("已调整总览头条顺序"), why);
}

bool PrepareSession::undo(qint64 changeId)
{
    QString why;
    const bool ok = m_curation->undo(changeId, &why);
    return finish(ok, tr("已撤销"), why);
}
