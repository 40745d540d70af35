#include "StoreReader.h"

#include "FigureColumns.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {

const QString kReportColumns = QStringLiteral(
    "r.id, r.county, r.year, r.title, r.source_file, r.imported_at, "
    "(SELECT count(*) FROM figures f WHERE f.report_id = r.id), "
    "(SELECT count(*) FROM figures f WHERE f.report_id = r.id AND (f.pending <> 0 OR f.growth_pending <> 0)), "
    "(SELECT count(*) FROM figures f WHERE f.report_id = r.id AND f.demo <> 0)");

ReportInfo reportFromQuery(const QSqlQuery &q)
{
    ReportInfo r;
    r.id = q.value(0).toLongLong();
    r.county = q.value(1).toString();
    r.year = q.value(2).toInt();
    r.title = q.value(3).toString();
    r.sourceFile = q.value(4).toString();
    r.importedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.figureCount = q.value(6).toInt();
    r.pendingCount = q.value(7).toInt();
    r.demo = q.value(8).toInt() > 0;
    return r;
}

} // namespace

StoreReader::StoreReader(QSqlDatabase db, QString *lastError)
    : m_db(db)
    , m_lastError(lastError)
{
}

QList<ReportInfo> StoreReader::reports()
{
    QList<ReportInfo> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM reports r ORDER BY r.county, r.year").arg(kReportColumns))) {
        *m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(reportFromQuery(q));
    return out;
}

std::optional<ReportInfo> StoreReader::report(qint64 reportId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM reports r WHERE r.id = ?").arg(kReportColumns));
    q.addBindValue(reportId);
    if (q.exec() && q.next())
        return reportFromQuery(q);
    return std::nullopt;
}

std::optional<ReportInfo> StoreReader::latestReport()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT %1 FROM reports r ORDER BY r.year DESC, r.imported_at DESC, r.id DESC LIMIT 1")
                   .arg(kReportColumns))
        && q.next())
        return reportFromQuery(q);
    *m_lastError = q.lastError().text();
    return std::nullopt;
}

QString StoreReader::reportText(qint64 reportId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT full_text FROM reports WHERE id = ?"));
    q.addBindValue(reportId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QList<Section> StoreReader::sections(qint64 reportId)
{
    QList<Section> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT level, ordinal, title, start_offset, end_offset, parent_idx FROM sections "
                             "WHERE report_id = ? ORDER BY idx"));
    q.addBindValue(reportId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Section s;
        s.level = q.value(0).toInt();
        s.ordinal = q.value(1).toInt();
        s.title = q.value(2).toString();
        s.start = q.value(3).toInt();
        s.end = q.value(4).toInt();
        s.parentIndex = q.value(5).toInt();
        out.append(s);
    }
    return out;
}

QList<Figure> StoreReader::readFigures(const QString &where, const QVariant &bound)
{
    QList<Figure> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, report_id FROM figures WHERE %2 ORDER BY ordinal")
                  .arg(FigureColumns::selectList(), where));
    q.addBindValue(bound);
    if (!q.exec()) {
        *m_lastError = q.lastError().text();
        return out;
    }
    const int reportColumn = q.record().count() - 1;
    QList<qint64> reportIds;
    while (q.next()) {
        out.append(FigureColumns::read(q));
        reportIds.append(q.value(reportColumn).toLongLong());
    }
    attachSentences(out, reportIds);
    return out;
}

// Cuts each figure's sentence from its report's text; figures of one query nearly always
// share one report, so the text is read once.
void StoreReader::attachSentences(QList<Figure> &figures, const QList<qint64> &reportIds)
{
    qint64 textReport = -1;
    QString text;
    for (int i = 0; i < figures.size(); ++i) {
        Figure &f = figures[i];
        if (!f.sentence.isEmpty() || f.sentenceStart < 0 || f.sentenceEnd <= f.sentenceStart)
            continue;
        const qint64 reportId = reportIds.at(i);
        if (reportId != textReport) {
            text = reportText(reportId);
            textReport = reportId;
        }
        f.sentence = text.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart);
    }
}

QList<Figure> StoreReader::figures(qint64 reportId)
{
    return readFigures(QStringLiteral("report_id = ?"), reportId);
}

std::optional<Figure> StoreReader::figure(qint64 figureId)
{
    const QList<Figure> found = readFigures(QStringLiteral("id = ?"), figureId);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Figure> StoreReader::children(qint64 figureId)
{
    return readFigures(QStringLiteral("parent_id = ?"), figureId);
}

QList<Highlight> StoreReader::highlights(qint64 reportId)
{
    QList<Highlight> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, sentence, section, section_idx, start_offset, end_offset, score "
                             "FROM highlights WHERE report_id = ? ORDER BY ordinal"));
    q.addBindValue(reportId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Highlight h;
        h.id = q.value(0).toLongLong();
        h.sentence = q.value(1).toString();
        h.section = q.value(2).toString();
        h.sectionIndex = q.value(3).toInt();
        h.start = q.value(4).toInt();
        h.end = q.value(5).toInt();
        h.score = q.value(6).toDouble();
        out.append(h);
    }
    return out;
}

QList<TrendPoint> StoreReader::trend(const QString &county, const QString &key)
{
    QList<TrendPoint> out;
    QSqlQuery q(m_db);
    // One figure a year among the results of that year's report (not a multi-year review, a
    // target or a plan, which are about other years): its first top-level mention that states
    // the value or leaves it pending, else its first mention (a change only).
    q.prepare(QStringLiteral(
        "SELECT r.year, f.value, f.unit, f.growth, f.id, f.growth_kind FROM figures f JOIN reports r ON r.id = f.report_id "
        "WHERE r.county = ? AND f.key = ? AND f.id = (SELECT g.id FROM figures g WHERE g.report_id = f.report_id "
        "AND g.key = f.key AND g.parent_id IS NULL AND g.role = 'result' "
        "ORDER BY (g.value IS NULL AND g.pending = 0), g.ordinal LIMIT 1) ORDER BY r.year"));
    q.addBindValue(county);
    q.addBindValue(key);
    if (!q.exec()) {
        *m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        TrendPoint p;
        p.year = q.value(0).toInt();
        p.value = FigureColumns::toOptional(q.value(1));
        p.unit = q.value(2).toString();
        p.growth = FigureColumns::toOptional(q.value(3));
        p.figureId = q.value(4).toLongLong();
        p.growthKind = q.value(5).toString();
        out.append(p);
    }
    return out;
}
