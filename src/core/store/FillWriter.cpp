#include "FillWriter.h"

#include "FigureColumns.h"
#include "FillNumber.h"
#include "Mask.h"
#include "Dialect.h"
#include "StoreReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace {

QString reportName(const ReportInfo &r)
{
    return QStringLiteral("%1 %2").arg(r.county).arg(r.year);
}

QString reportNames(const QList<ReportInfo> &reports)
{
    QStringList names;
    for (const ReportInfo &r : reports)
        names.append(reportName(r));
    return names.join(QStringLiteral(", "));
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

FillWriter::FillWriter(QSqlDatabase db)
    : m_db(db)
{
}

bool FillWriter::resolveScope(const FillTarget &target, QString *error)
{
    QString ignored;
    m_reports = StoreReader(m_db, &ignored).reports();
    m_scope.reset();
    if (target.isEmpty()) {
        if (m_reports.size() == 1)
            m_scope = m_reports.constFirst();
        return true;
    }
    QList<ReportInfo> matching;
    for (const ReportInfo &r : std::as_const(m_reports)) {
        if ((target.reportId == 0 || r.id == target.reportId) && (target.county.isEmpty() || r.county == target.county)
            && (target.year == 0 || r.year == target.year))
            matching.append(r);
    }
    const QString wanted = target.reportId > 0 ? QStringLiteral("report %1").arg(target.reportId)
                                               : QStringLiteral("%1 %2").arg(target.county, target.year > 0 ? QString::number(target.year) : QString()).trimmed();
    if (matching.isEmpty()) {
        *error = QStringLiteral("the database holds no report of %1 (it holds: %2)")
                     .arg(wanted, m_reports.isEmpty() ? QStringLiteral("none") : reportNames(m_reports));
        return false;
    }
    if (matching.size() > 1) {
        *error = QStringLiteral("%1 matches %2 reports (%3); give --county and --year")
                     .arg(wanted)
                     .arg(matching.size())
                     .arg(reportNames(matching));
        return false;
    }
    m_scope = matching.constFirst();
    return true;
}

std::optional<ReportInfo> FillWriter::reportOf(qint64 figureId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT report_id FROM figures WHERE id = ?"));
    q.addBindValue(figureId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const qint64 reportId = q.value(0).toLongLong();
    for (const ReportInfo &r : std::as_const(m_reports)) {
        if (r.id == reportId)
            return r;
    }
    return std::nullopt;
}

qint64 FillWriter::resolve(const QString &reference, QString *why)
{
    const QString ref = reference.trimmed();
    // "#12" or "12" is an id; a name may start with a digit (5G基站) but is never all digits.
    const bool byId = ref.startsWith(u'#')
                      || (!ref.isEmpty() && std::all_of(ref.cbegin(), ref.cend(), [](QChar c) { return c.isDigit(); }));
    if (byId) {
        bool ok = false;
        const qint64 id = QStringView(ref).mid(ref.startsWith(u'#') ? 1 : 0).toLongLong(&ok);
        const auto owner = ok ? reportOf(id) : std::nullopt;
        if (!owner) {
            *why = ok ? QStringLiteral("no figure %1").arg(ref) : QStringLiteral("'%1' is not a figure id").arg(ref);
            return 0;
        }
        if (m_scope && owner->id != m_scope->id) {
            *why = QStringLiteral("#%1 belongs to %2, not to %3").arg(id).arg(reportName(*owner), reportName(*m_scope));
            return 0;
        }
        return id;
    }
    if (!m_scope) {
        *why = m_reports.isEmpty()
                   ? QStringLiteral("the database holds no report")
                   : QStringLiteral("a name needs one report, and the database holds %1 (%2): pass --county and --year, or use #id")
                         .arg(m_reports.size())
                         .arg(reportNames(m_reports));
        return 0;
    }
    // The report's own name first; the catalogue key (a synonym) only when no name matches,
    // and only within the same report.
    QList<qint64> matches;
    for (const char *column : {"name", "key"}) {
        QSqlQuery find(m_db);
        find.prepare(QStringLiteral("SELECT id FROM figures WHERE report_id = ? AND %1 = ? ORDER BY ordinal")
                         .arg(QLatin1String(column)));
        find.addBindValue(m_scope->id);
        find.addBindValue(ref);
        if (find.exec()) {
            while (find.next())
                matches.append(find.value(0).toLongLong());
        }
        if (!matches.isEmpty())
            break;
    }
    if (matches.isEmpty()) {
        *why = QStringLiteral("no figure '%1' in %2").arg(ref, reportName(*m_scope));
        return 0;
    }
    if (matches.size() > 1) {
        QStringList ids;
        for (qint64 id : std::as_const(matches))
            ids.append(QStringLiteral("#%1").arg(id));
        *why = QStringLiteral("'%1' names %2 figures in %3 (%4); use an id")
                   .arg(ref)
                   .arg(matches.size())
                   .arg(reportName(*m_scope), ids.join(u' '));
        return 0;
    }
    return matches.constFirst();
}

bool FillWriter::check(const FillRow &row, const Figure &figure, std::optional<double> *value,
                       std::optional<double> *growth, QString *why)
{
    // A masked value is a count or amount; a sign is only for a figure the report gave as such.
    const FillNumber::Result v = FillNumber::parse(row.value, figure.mask.isEmpty());
    if (!v.ok) {
        *why = QStringLiteral("value %1").arg(v.why);
        return false;
    }
    const FillNumber::Result g = FillNumber::parse(row.growth, true);
    if (!g.ok) {
        *why = QStringLiteral("growth %1").arg(g.why);
        return false;
    }
    if (v.value && !figure.mask.isEmpty() && !Mask::accepts(figure.mask, *v.value, why)) {
        *why = QStringLiteral("value refused: %1").arg(*why);
        return false;
    }
    if (g.value && !figure.growthMask.isEmpty() && !Mask::accepts(figure.growthMask, std::fabs(*g.value), why)) {
        *why = QStringLiteral("growth refused: %1").arg(*why);
        return false;
    }
    *value = v.value;
    *growth = g.value;
    return true;
}

bool FillWriter::write(const Figure &current, const std::optional<double> &value, const std::optional<double> &growth,
                       const FillOptions &options, QString *error)
{
    const bool demo = options.source == QLatin1String("demo");
    QSqlQuery upd(m_db);
    QSqlQuery hist(m_db);
    hist.prepare(QStringLiteral("INSERT INTO fill_history (figure_id, report_id, figure_name, field, "
                                "old_value, new_value, source, filled_at) "
                                // Typed: PostgreSQL reads an untyped parameter in a select list as text.
                                "SELECT id, report_id, name, ?, CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), "
                                "?, ? FROM figures WHERE id = ?"));
    auto record = [&](const char *field, const std::optional<double> &oldV, double newV) {
        hist.addBindValue(QLatin1String(field));
        hist.addBindValue(FigureColumns::optionalNumber(oldV));
        hist.addBindValue(newV);
        hist.addBindValue(options.source);
        hist.addBindValue(m_now);
        hist.addBindValue(current.id);
        return hist.exec();
    };
    bool ok = true;
    if (value) {
        upd.prepare(QStringLiteral("UPDATE figures SET value = ?, pending = 0, demo = ? WHERE id = ?"));
        upd.addBindValue(*value);
        upd.addBindValue(demo ? 1 : 0);
        upd.addBindValue(current.id);
        ok = upd.exec() && record("value", current.value, *value);
    }
    if (ok && growth) {
        upd.prepare(QStringLiteral("UPDATE figures SET growth = ?, growth_pending = 0, "
                                   "demo = CASE WHEN ? <> 0 THEN 1 ELSE demo END WHERE id = ?"));
        upd.addBindValue(*growth);
        upd.addBindValue(demo ? 1 : 0);
        upd.addBindValue(current.id);
        ok = upd.exec() && record("growth", current.growth, *growth);
    }
    if (!ok)
        *error = QStringLiteral("cannot write the fill: %1")
                     .arg(upd.lastError().isValid() ? upd.lastError().text() : hist.lastError().text());
    return ok;
}

bool FillWriter::run(const QList<FillRow> &rows, const FillOptions &options, QList<FillOutcome> *out, QString *error)
{
    out->clear();
    if (!Dialect::beginWrite(m_db, error)) {
        *error = QStringLiteral("cannot lock the database for writing: %1").arg(*error);
        return false;
    }
    if (!resolveScope(options.target, error)) {
        Dialect::rollback(m_db);
        return false;
    }
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString ignored;
    StoreReader reader(m_db, &ignored);
    QHash<qint64, int> lineOf;   // figure id -> the line that fills it
    int refused = 0;

    for (const FillRow &row : rows) {
        FillOutcome o;
        o.line = row.line;
        o.figure = row.figure;
        QString why;
        const qint64 id = resolve(row.figure, &why);
        const auto current = id > 0 ? reader.figure(id) : std::nullopt;
        std::optional<double> value;
        std::optional<double> growth;
        if (current) {
            o.figureId = id;
            if (lineOf.contains(id))
                why = QStringLiteral("#%1 is filled again (first on line %2); give each figure one row").arg(id).arg(lineOf.value(id));
            else if (check(row, *current, &value, &growth, &why) && !value && !growth)
                o.empty = true;
            if (!lineOf.contains(id))
                lineOf.insert(id, row.line);
        } else if (why.isEmpty()) {
            why = QStringLiteral("no figure '%1'").arg(row.figure);
        }
        if (!why.isEmpty()) {
            o.message = why;
            ++refused;
            out->append(o);
            continue;
        }
        o.accepted = true;
        const auto owner = reportOf(id);
        QStringList done;
        if (value)
            done.append(QStringLiteral("value %1%2").arg(formatNumber(*value), current->unit));
        if (growth)
            done.append(QStringLiteral("growth %1%").arg(formatNumber(*growth)));
        o.message = QStringLiteral("%1 #%2 %3: %4")
                        .arg(owner ? reportName(*owner) : QString())
                        .arg(id)
                        .arg(current->name, o.empty ? QStringLiteral("left empty") : done.join(QStringLiteral(", ")));
        if (!o.empty && !write(*current, value, growth, options, error)) {
            Dialect::rollback(m_db);
            return false;
        }
        out->append(o);
    }

    if (refused > 0) {
        Dialect::rollback(m_db);
        *error = QStringLiteral("nothing filled: %1 of %2 rows refused").arg(refused).arg(rows.size());
        return false;
    }
    if (options.dryRun) {
        Dialect::rollback(m_db);
        return true;
    }
    if (!Dialect::commit(m_db, error)) {
        *error = QStringLiteral("cannot commit the fill: %1").arg(*error);
        return false;
    }
    return true;
}
