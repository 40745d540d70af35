#include "Curation.h"

#include "Mask.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <pwd.h>
#include <unistd.h>

const QString Curation::Value = QStringLiteral("value");
const QString Curation::Growth = QStringLiteral("growth");
const QString Curation::Label = QStringLiteral("label");
const QString Curation::Hidden = QStringLiteral("hidden");
const QString Curation::Pin = QStringLiteral("pin");
const QString Curation::Headline = QStringLiteral("headline");

namespace {

const QString kOverrideColumns = QStringLiteral(
    "o.id, o.county, o.year, o.figure_key, o.figure_name, o.label, o.hidden, o.pin_page, o.pin_order, "
    "o.headline_order, (SELECT f.id FROM figures f JOIN reports r ON r.id = f.report_id WHERE r.county = o.county "
    "AND r.year = o.year AND f.key = o.figure_key AND f.name = o.figure_name ORDER BY f.ordinal LIMIT 1)");

FigureOverride overrideFromQuery(const QSqlQuery &q)
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

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

// The text change_history keeps for an override field; "" is the default (no override).
QString overrideFieldText(const FigureOverride &o, const QString &field)
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

bool applyOverrideField(FigureOverride *o, const QString &field, const QString &text, QString *error)
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

bool isDefault(const FigureOverride &o)
{
    return o.label.isEmpty() && !o.hidden && o.pinPage.isEmpty() && o.headlineOrder < 0;
}

struct FigurePlace
{
    Figure figure;
    QString county;
    int year = 0;
};

std::optional<FigurePlace> place(Store *store, qint64 figureId)
{
    const auto figure = store->figure(figureId);
    if (!figure)
        return std::nullopt;
    QSqlQuery q(store->database());
    q.prepare(QStringLiteral("SELECT r.county, r.year FROM figures f JOIN reports r ON r.id = f.report_id WHERE f.id = ?"));
    q.addBindValue(figureId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return FigurePlace{*figure, q.value(0).toString(), q.value(1).toInt()};
}

std::optional<FigureOverride> readOverride(Store *store, const FigurePlace &p)
{
    QSqlQuery q(store->database());
    q.prepare(QStringLiteral("SELECT %1 FROM overrides o WHERE o.county = ? AND o.year = ? AND o.figure_key = ? "
                             "AND o.figure_name = ?").arg(kOverrideColumns));
    q.addBindValue(p.county);
    q.addBindValue(p.year);
    q.addBindValue(p.figure.key);
    q.addBindValue(p.figure.name);
    if (q.exec() && q.next())
        return overrideFromQuery(q);
    return std::nullopt;
}

bool writeOverride(Store *store, const FigurePlace &p, const FigureOverride &o, QString *error)
{
    QSqlQuery q(store->database());
    if (isDefault(o)) {
        // Nothing left to override: no row, so nothing shows up as unmatched later.
        q.prepare(QStringLiteral("DELETE FROM overrides WHERE county = ? AND year = ? AND figure_key = ? AND figure_name = ?"));
        q.addBindValue(p.county);
        q.addBindValue(p.year);
        q.addBindValue(p.figure.key);
        q.addBindValue(p.figure.name);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO overrides (county, year, figure_key, figure_name, label, hidden, pin_page, pin_order, "
            "headline_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (county, year, figure_key, figure_name) "
            "DO UPDATE SET label = excluded.label, hidden = excluded.hidden, pin_page = excluded.pin_page, "
            "pin_order = excluded.pin_order, headline_order = excluded.headline_order"));
        q.addBindValue(p.county);
        q.addBindValue(p.year);
        q.addBindValue(p.figure.key);
        q.addBindValue(p.figure.name);
        q.addBindValue(o.label.isNull() ? QStringLiteral("") : o.label);
        q.addBindValue(o.hidden ? 1 : 0);
        q.addBindValue(o.pinPage.isNull() ? QStringLiteral("") : o.pinPage);
        q.addBindValue(o.order);
        q.addBindValue(o.headlineOrder);
    }
    if (!q.exec()) {
        *error = QStringLiteral("cannot write the override: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

QVariant nullableText(const QString &text, bool isNull)
{
    return isNull ? QVariant(QMetaType::fromType<QString>()) : QVariant(text.isNull() ? QStringLiteral("") : text);
}

} // namespace

Curation::Curation(Store *store)
    : m_store(store)
{
}

QString Curation::osUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    if (const passwd *pw = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid %1").arg(::getuid());
}

QList<FigureOverride> Curation::overrides(const QString &county, int year)
{
    QList<FigureOverride> out;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT %1 FROM overrides o WHERE o.county = ? AND o.year = ? ORDER BY o.id").arg(kOverrideColumns));
    q.addBindValue(county);
    q.addBindValue(year);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(overrideFromQuery(q));
    return out;
}

QList<FigureOverride> Curation::unmatched(const QString &county, int year)
{
    QList<FigureOverride> out;
    for (const FigureOverride &o : overrides(county, year)) {
        if (o.figureId == 0)
            out.append(o);
    }
    return out;
}

qint64 Curation::curatedFigureId(qint64 figureId)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT g.id FROM figures f JOIN figures g ON g.report_id = f.report_id AND g.key = f.key "
                             "AND g.name = f.name WHERE f.id = ? ORDER BY g.ordinal LIMIT 1"));
    q.addBindValue(figureId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

FigureOverride Curation::overrideFor(qint64 figureId)
{
    const auto p = place(m_store, figureId);
    if (!p)
        return {};
    FigureOverride o = readOverride(m_store, *p).value_or(FigureOverride());
    if (o.id == 0) {
        o.county = p->county;
        o.year = p->year;
        o.figureKey = p->figure.key;
        o.figureName = p->figure.name;
    }
    o.figureId = curatedFigureId(figureId);
    return o;
}

QList<ChangeRecord> Curation::history(const QString &county, int year, int limit)
{
    QList<ChangeRecord> out;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT id, changed_at, os_user, county, year, figure_id, figure_key, figure_name, field, "
                             "old_value, new_value, undone FROM change_history WHERE county = ? AND year = ? "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(county);
    q.addBindValue(year);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        ChangeRecord c;
        c.id = q.value(0).toLongLong();
        c.changedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        c.osUser = q.value(2).toString();
        c.county = q.value(3).toString();
        c.year = q.value(4).toInt();
        c.figureId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        c.figureKey = q.value(6).toString();
        c.figureName = q.value(7).toString();
        c.field = q.value(8).toString();
        c.oldNull = q.value(9).isNull();
        c.oldValue = q.value(9).toString();
        c.newNull = q.value(10).isNull();
        c.newValue = q.value(10).toString();
        c.undone = q.value(11).toInt() != 0;
        out.append(c);
    }
    return out;
}

bool Curation::checkValue(const Figure &figure, const std::optional<double> &value,
                          const std::optional<double> &growth, QString *why)
{
    QString reason;
    if (value && !std::isfinite(*value)) {
        *why = QStringLiteral("value is not a finite number");
        return false;
    }
    if (growth && !std::isfinite(*growth)) {
        *why = QStringLiteral("growth is not a finite number");
        return false;
    }
    if (value && !figure.mask.isEmpty() && !Mask::accepts(figure.mask, *value, &reason)) {
        *why = QStringLiteral("value refused: %1").arg(reason);
        return false;
    }
    // A growth mask counts digits; the sign says 增长 or 下降.
    if (growth && !figure.growthMask.isEmpty() && !Mask::accepts(figure.growthMask, std::fabs(*growth), &reason)) {
        *why = QStringLiteral("growth refused: %1").arg(reason);
        return false;
    }
    return true;
}

bool Curation::setValues(const QList<ValueEdit> &edits, QString *error)
{
    QList<FieldEdit> fields;
    for (const ValueEdit &e : edits) {
        if (!e.value && !e.growth) {
            *error = QStringLiteral("#%1: neither a value nor a growth is given").arg(e.figureId);
            return false;
        }
        if (e.value)
            fields.append({e.figureId, Value, numberText(*e.value), false});
        if (e.growth)
            fields.append({e.figureId, Growth, numberText(*e.growth), false});
    }
    return writeFields(fields, 0, error);
}

bool Curation::setLabel(qint64 figureId, const QString &label, QString *error)
{
    return writeFields({{figureId, Label, label.trimmed(), false}}, 0, error);
}

bool Curation::setHidden(qint64 figureId, bool hidden, QString *error)
{
    return writeFields({{figureId, Hidden, hidden ? QStringLiteral("1") : QStringLiteral("0"), false}}, 0, error);
}

bool Curation::setPin(qint64 figureId, const QString &page, int order, QString *error)
{
    const QString text = page.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(page).arg(std::max(0, order));
    return writeFields({{figureId, Pin, text, false}}, 0, error);
}

bool Curation::setPinnedOrder(const QString &page, const QList<qint64> &figureIds, QString *error)
{
    if (page.isEmpty()) {
        *error = QStringLiteral("no page to order");
        return false;
    }
    QList<FieldEdit> fields;
    for (int i = 0; i < figureIds.size(); ++i)
        fields.append({figureIds.at(i), Pin, QStringLiteral("%1:%2").arg(page).arg(i), false});
    return writeFields(fields, 0, error);
}

bool Curation::setHeadlines(const QList<qint64> &figureIds, QString *error)
{
    if (figureIds.isEmpty()) {
        *error = QStringLiteral("no headline figures given");
        return false;
    }
    const auto first = place(m_store, figureIds.constFirst());
    if (!first) {
        *error = QStringLiteral("no figure #%1").arg(figureIds.constFirst());
        return false;
    }
    QList<FieldEdit> fields;
    QList<qint64> chosen;
    for (qint64 id : figureIds)
        chosen.append(curatedFigureId(id));
    // Those chosen before and not now go back to the automatic choice.
    for (const FigureOverride &o : overrides(first->county, first->year)) {
        if (o.headlineOrder >= 0 && o.figureId != 0 && !chosen.contains(o.figureId))
            fields.append({o.figureId, Headline, QString(), false});
    }
    for (int i = 0; i < figureIds.size(); ++i)
        fields.append({figureIds.at(i), Headline, QString::number(i), false});
    return writeFields(fields, 0, error);
}

bool Curation::undo(qint64 changeId, QString *error)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT county, year, figure_id, figure_key, figure_name, field, old_value, new_value, undone "
                             "FROM change_history WHERE id = ?"));
    q.addBindValue(changeId);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("no change #%1").arg(changeId);
        return false;
    }
    if (q.value(8).toInt() != 0) {
        *error = QStringLiteral("change #%1 was already undone").arg(changeId);
        return false;
    }
    const QString county = q.value(0).toString();
    const int year = q.value(1).toInt();
    const QString key = q.value(3).toString();
    const QString name = q.value(4).toString();
    const QString field = q.value(5).toString();
    FieldEdit edit{0, field, q.value(6).toString(), q.value(6).isNull()};
    const QString expected = q.value(7).toString();
    const bool expectedNull = q.value(7).isNull();
    const qint64 recordedId = q.value(2).toLongLong();
    q.finish();

    // The recorded id is stale after a re-import; the figure is found again by key and name.
    QSqlQuery find(m_store->database());
    find.prepare(QStringLiteral("SELECT f.id FROM figures f JOIN reports r ON r.id = f.report_id WHERE r.county = ? "
                                "AND r.year = ? AND f.key = ? AND f.name = ? ORDER BY (f.id = ?) DESC, f.ordinal LIMIT 1"));
    find.addBindValue(county);
    find.addBindValue(year);
    find.addBindValue(key);
    find.addBindValue(name);
    find.addBindValue(recordedId);
    if (!find.exec() || !find.next()) {
        *error = QStringLiteral("%1 is no longer in the %2 %3 report").arg(name, county).arg(year);
        return false;
    }
    edit.figureId = find.value(0).toLongLong();

    // Only the latest state can be taken back: the field must still hold what the change wrote.
    const auto p = place(m_store, edit.figureId);
    QString current;
    bool currentNull = false;
    if (p && field == Value) {
        currentNull = !p->figure.value;
        current = currentNull ? QString() : numberText(*p->figure.value);
    } else if (p && field == Growth) {
        currentNull = !p->figure.growth;
        current = currentNull ? QString() : numberText(*p->figure.growth);
    } else if (p) {
        current = overrideFieldText(readOverride(m_store, *p).value_or(FigureOverride()), field);
    }
    const bool same = currentNull == expectedNull && (currentNull || current == expected
                      || (field == Hidden && current.toInt() == expected.toInt()));
    if (!same) {
        *error = QStringLiteral("%1 of %2 was changed again after change #%3; undo the later change first")
                     .arg(field, name)
                     .arg(changeId);
        return false;
    }
    return writeFields({edit}, changeId, error);
}

bool Curation::writeFields(const QList<FieldEdit> &edits, qint64 undoneChangeId, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (m_store->mode() != Store::Mode::ReadWrite) {
        err = QStringLiteral("the database is open read-only");
        return false;
    }
    QSqlDatabase db = m_store->database();
    QSqlQuery tx(db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        err = QStringLiteral("cannot lock %1 for writing: %2").arg(m_store->path(), tx.lastError().text());
        return false;
    }
    auto fail = [&](const QString &why) {
        err = why;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString user = osUser();

    for (const FieldEdit &e : edits) {
        const auto p = place(m_store, e.figureId);
        if (!p)
            return fail(QStringLiteral("no figure #%1").arg(e.figureId));
        QString oldText;
        bool oldNull = false;
        QSqlQuery upd(db);
        if (e.field == Value || e.field == Growth) {
            const bool isValue = e.field == Value;
            const std::optional<double> old = isValue ? p->figure.value : p->figure.growth;
            oldNull = !old;
            oldText = old ? numberText(*old) : QString();
            std::optional<double> number;
            if (!e.newNull) {
                bool ok = false;
                number = e.newValue.toDouble(&ok);
                QString why;
                if (!ok)
                    return fail(QStringLiteral("#%1 %2: '%3' is not a number").arg(e.figureId).arg(p->figure.name, e.newValue));
                if (!checkValue(p->figure, isValue ? number : std::nullopt, isValue ? std::nullopt : number, &why))
                    return fail(QStringLiteral("#%1 %2: %3").arg(e.figureId).arg(p->figure.name, why));
            }
            // Taking a fill back makes a placeholder pending again.
            const QString mask = isValue ? p->figure.mask : p->figure.growthMask;
            upd.prepare(isValue ? QStringLiteral("UPDATE figures SET value = ?, pending = ?, demo = 0 WHERE id = ?")
                                : QStringLiteral("UPDATE figures SET growth = ?, growth_pending = ? WHERE id = ?"));
            upd.addBindValue(number ? QVariant(*number) : QVariant(QMetaType::fromType<double>()));
            upd.addBindValue(!number && !mask.isEmpty() ? 1 : 0);
            upd.addBindValue(e.figureId);
            if (!upd.exec())
                return fail(QStringLiteral("cannot write %1: %2").arg(e.field, upd.lastError().text()));
        } else {
            const qint64 curated = curatedFigureId(e.figureId);
            if (curated != e.figureId) {
                return fail(QStringLiteral("#%1 %2 is mentioned earlier as #%3; the wall shows that one, curate it there")
                                .arg(e.figureId)
                                .arg(p->figure.name)
                                .arg(curated));
            }
            FigureOverride o = readOverride(m_store, *p).value_or(FigureOverride());
            oldText = overrideFieldText(o, e.field);
            QString why;
            if (!applyOverrideField(&o, e.field, e.newValue, &why))
                return fail(why);
            if (!writeOverride(m_store, *p, o, &why))
                return fail(why);
        }
        const QString newText = e.field == Label ? e.newValue.trimmed() : e.newValue;
        if (oldNull == e.newNull && (oldNull || oldText == newText) && undoneChangeId == 0)
            continue;
        QSqlQuery hist(db);
        hist.prepare(QStringLiteral("INSERT INTO change_history (changed_at, os_user, county, year, figure_id, figure_key, "
                                    "figure_name, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        hist.addBindValue(now);
        hist.addBindValue(user);
        hist.addBindValue(p->county);
        hist.addBindValue(p->year);
        hist.addBindValue(e.figureId);
        hist.addBindValue(p->figure.key);
        hist.addBindValue(p->figure.name);
        hist.addBindValue(e.field);
        hist.addBindValue(nullableText(oldText, oldNull));
        hist.addBindValue(nullableText(newText, e.newNull));
        if (!hist.exec())
            return fail(QStringLiteral("cannot record the change: %1").arg(hist.lastError().text()));
    }
    if (undoneChangeId != 0) {
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE change_history SET undone = 1 WHERE id = ?"));
        mark.addBindValue(undoneChangeId);
        if (!mark.exec())
            return fail(QStringLiteral("cannot mark the change undone: %1").arg(mark.lastError().text()));
    }
    if (!tx.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit: %1").arg(tx.lastError().text()));
    return true;
}
