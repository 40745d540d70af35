#include "Curation.h"

#include "CurationOverrides.h"
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

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
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
    return CurationOverrides::read(store->database(), p.county, p.year, p.figure.key, p.figure.name);
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
    return CurationOverrides::readAll(m_store->database(), county, year);
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
    return CurationHistory::read(m_store->database(), county, year, limit);
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

bool Curation::setHeadlines(const QString &county, int year, const QList<qint64> &figureIds, QString *error)
{
    QList<FieldEdit> fields;
    QList<qint64> chosen;
    for (qint64 id : figureIds)
        chosen.append(curatedFigureId(id));
    // Those chosen before and not now go back to the automatic choice.
    for (const FigureOverride &o : overrides(county, year)) {
        if (o.headlineOrder >= 0 && o.figureId != 0 && !chosen.contains(o.figureId))
            fields.append({o.figureId, Headline, QString(), false});
    }
    for (int i = 0; i < figureIds.size(); ++i)
        fields.append({figureIds.at(i), Headline, QString::number(i), false});
    return writeFields(fields, 0, error);
}

bool Curation::undo(qint64 changeId, QString *error)
{
    const auto change = CurationHistory::find(m_store->database(), changeId);
    if (!change) {
        *error = QStringLiteral("no change #%1").arg(changeId);
        return false;
    }
    if (change->undone) {
        *error = QStringLiteral("change #%1 was already undone").arg(changeId);
        return false;
    }
    const QString &county = change->county;
    const int year = change->year;
    const QString &name = change->figureName;
    const QString &field = change->field;
    FieldEdit edit{0, field, change->oldValue, change->oldNull};
    const QString &expected = change->newValue;
    const bool expectedNull = change->newNull;

    // The recorded id is stale after a re-import; the figure is found again by key and name.
    QSqlQuery find(m_store->database());
    find.prepare(QStringLiteral("SELECT f.id FROM figures f JOIN reports r ON r.id = f.report_id WHERE r.county = ? "
                                "AND r.year = ? AND f.key = ? AND f.name = ? ORDER BY (f.id = ?) DESC, f.ordinal LIMIT 1"));
    find.addBindValue(county);
    find.addBindValue(year);
    find.addBindValue(change->figureKey);
    find.addBindValue(name);
    find.addBindValue(change->figureId);
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
        current = CurationOverrides::fieldText(readOverride(m_store, *p).value_or(FigureOverride()), field);
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
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
            oldText = CurationOverrides::fieldText(o, e.field);
            QString why;
            if (!CurationOverrides::applyField(&o, e.field, e.newValue, &why))
                return fail(why);
            o.county = p->county;
            o.year = p->year;
            o.figureKey = p->figure.key;
            o.figureName = p->figure.name;
            if (!CurationOverrides::write(db, o, &why))
                return fail(why);
        }
        const QString newText = e.field == Label ? e.newValue.trimmed() : e.newValue;
        if (oldNull == e.newNull && (oldNull || oldText == newText) && undoneChangeId == 0)
            continue;
        ChangeRecord change;
        change.changedAt = now;
        change.osUser = user;
        change.county = p->county;
        change.year = p->year;
        change.figureId = e.figureId;
        change.figureKey = p->figure.key;
        change.figureName = p->figure.name;
        change.field = e.field;
        change.oldValue = oldText;
        change.oldNull = oldNull;
        change.newValue = newText;
        change.newNull = e.newNull;
        QString why;
        if (!CurationHistory::record(db, change, &why))
            return fail(why);
    }
    QString why;
    if (undoneChangeId != 0 && !CurationHistory::markUndone(db, undoneChangeId, &why))
        return fail(why);
    if (!tx.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit: %1").arg(tx.lastError().text()));
    return true;
}
