#include "CurationOverrides.h"

#include "Curation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CurationOverrides {

namespace {

// The figure an override applies to is the first mention of its key and name in the report
// of its county and year; none after a re-import that dropped it.
const QString kColumns = QStringLiteral(
    "o.id, o.county, o.year, o.figure_key, o.figure_name, o.label, o.hidden, o.pin_page, o.pin_order, "
    "o.headline_order, (SELECT f.id FROM figures f JOIN reports r ON r.id = f.report_id WHERE r.county = o.county "
    "AND r.year = o.year AND f.key = o.figure_key AND f.name = o.figure_name ORDER BY f.ordinal LIMIT 1)");

FigureOverride fromQuery(const QSqlQuery &q)
{
    FigureOverride o;
    o.id = q.value(0).toLongLong();
    o.county = q.value(1).toString();
    o.year = q.value(2).toInt();
    o.figureKey = q.value(3).toString();
    o.figureName = q.value(4).toString();
    o.label = q.value(5).toString();
    o.hidden = q.value(6).toInt() != 0;
    o.pinPage = q.value(7).toString();
    o.order = q.value(8).toInt();
    o.headlineOrder = q.value(9).toInt();
    o.figureId = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    return o;
}

bool isDefault(const FigureOverride &o)
{
    return o.label.isEmpty() && !o.hidden && o.pinPage.isEmpty() && o.headlineOrder < 0;
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QList<FigureOverride> readAll(const QSqlDatabase &db, const QString &county, int year)
{
    QList<FigureOverride> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM overrides o WHERE o.county = ? AND o.year = ? ORDER BY o.id").arg(kColumns));
    q.addBindValue(county);
    q.addBindValue(year);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<FigureOverride> read(const QSqlDatabase &db, const QString &county, int year, const QString &key,
                                   const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM overrides o WHERE o.county = ? AND o.year = ? AND o.figure_key = ? "
                             "AND o.figure_name = ?").arg(kColumns));
    q.addBindValue(county);
    q.addBindValue(year);
    q.addBindValue(key);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool write(const QSqlDatabase &db, const FigureOverride &o, QString *error)
{
    QSqlQuery q(db);
    if (isDefault(o)) {
        // Nothing left to override: no row, so nothing shows up as unmatched later.
        q.prepare(QStringLiteral("DELETE FROM overrides WHERE county = ? AND year = ? AND figure_key = ? AND figure_name = ?"));
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO overrides (county, year, figure_key, figure_name, label, hidden, pin_page, pin_order, "
            "headline_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (county, year, figure_key, figure_name) "
            "DO UPDATE SET label = excluded.label, hidden = excluded.hidden, pin_page = excluded.pin_page, "
            "pin_order = excluded.pin_order, headline_order = excluded.headline_order"));
    }
    q.addBindValue(notNull(o.county));
    q.addBindValue(o.year);
    q.addBindValue(notNull(o.figureKey));
    q.addBindValue(notNull(o.figureName));
    if (!isDefault(o)) {
        q.addBindValue(notNull(o.label));
        q.addBindValue(o.hidden ? 1 : 0);
        q.addBindValue(notNull(o.pinPage));
        q.addBindValue(o.order);
        q.addBindValue(o.headlineOrder);
    }
    if (!q.exec()) {
        *error = QStringLiteral("cannot write the override: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

QString fieldText(const FigureOverride &o, const QString &field)
{
    if (field == Curation::Label)
        return o.label;
    if (field == Curation::Hidden)
        return o.hidden ? QStringLiteral("1") : QStringLiteral("0");
    if (field == Curation::Pin)
        return o.pinPage.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(o.pinPage).arg(o.order);
    if (field == Curation::Headline)
        return o.headlineOrder < 0 ? QString() : QString::number(o.headlineOrder);
    return {};
}

bool applyField(FigureOverride *o, const QString &field, const QString &text, QString *error)
{
    if (field == Curation::Label) {
        o->label = text.trimmed();
    } else if (field == Curation::Hidden) {
        o->hidden = text == QLatin1String("1");
    } else if (field == Curation::Pin) {
        if (text.isEmpty()) {
            o->pinPage.clear();
            o->order = -1;
            return true;
        }
        const int colon = text.lastIndexOf(u':');
        bool ok = colon > 0;
        const int order = ok ? text.mid(colon + 1).toInt(&ok) : -1;
        if (!ok || order < 0) {
            *error = QStringLiteral("'%1' is not a page and position").arg(text);
            return false;
        }
        o->pinPage = text.left(colon);
        o->order = order;
    } else if (field == Curation::Headline) {
        bool ok = true;
        o->headlineOrder = text.isEmpty() ? -1 : text.toInt(&ok);
        if (!ok || (!text.isEmpty() && o->headlineOrder < 0)) {
            *error = QStringLiteral("'%1' is not a headline position").arg(text);
            return false;
        }
    } else {
        *error = QStringLiteral("unknown field '%1'").arg(field);
        return false;
    }
    return true;
}

} // namespace CurationOverrides
