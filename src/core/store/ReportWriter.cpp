#include "ReportWriter.h"

#include "FigureColumns.h"
#include "Dialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using FigureColumns::optionalNumber;
using FigureColumns::text;

struct ReportWriter::Filled
{
    QString key;
    QString name;
    QString mask;
    QString growthMask;
    std::optional<double> value;    // set when the value's placeholder was filled
    std::optional<double> growth;   // set when the growth's placeholder was filled
    bool demo = false;
};

namespace {

bool execOrFail(QSqlQuery &q, QString *error, const char *what)
{
    if (q.exec())
        return true;
    *error = QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text());
    return false;
}

// A sentence without punctuation can be the whole text; the figure keeps a window around
// its own mention instead.
void boundSentence(Figure &f)
{
    f.sentence.clear();
    if (f.sentenceEnd - f.sentenceStart <= ReportWriter::MaxSentence)
        return;
    const int margin = (ReportWriter::MaxSentence - std::max(0, f.end - f.start)) / 2;
    const int from = std::max(f.sentenceStart, f.start - std::max(margin, 0));
    f.sentenceEnd = std::min(f.sentenceEnd, std::max(f.end, from + ReportWriter::MaxSentence));
    f.sentenceStart = from;
}

// Parents first, whatever order the parser gave: a child refers to its parent's row id.
QList<int> parentsFirst(const QList<Figure> &figures)
{
    QList<int> order;
    order.reserve(figures.size());
    QList<bool> placed(figures.size(), false);
    for (int pass = 0; pass < figures.size() && order.size() < figures.size(); ++pass) {
        for (int i = 0; i < figures.size(); ++i) {
            if (placed[i])
                continue;
            const int parent = figures.at(i).parentIndex;
            const bool parentValid = parent >= 0 && parent < figures.size() && parent != i;
            if (!parentValid || placed[parent]) {
                placed[i] = true;
                order.append(i);
            }
        }
    }
    for (int i = 0; i < figures.size(); ++i) {
        if (!placed[i])
            order.append(i); // a cycle in parent links: store without a parent
    }
    return order;
}

QString describe(const QString &name, const std::optional<double> &value, const std::optional<double> &growth)
{
    QStringList parts;
    if (value)
        parts.append(QString::number(*value, 'g', 12));
    if (growth)
        parts.append(QStringLiteral("growth %1%").arg(QString::number(*growth, 'g', 12)));
    return QStringLiteral("%1 (%2)").arg(name, parts.join(QStringLiteral(", ")));
}

} // namespace

ReportWriter::ReportWriter(QSqlDatabase db)
    : m_db(db)
{
}

QList<ReportWriter::Filled> ReportWriter::filledValues(qint64 reportId)
{
    QList<Filled> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT key, name, mask, growth_mask, value, growth, pending, growth_pending, demo "
                             "FROM figures WHERE report_id = ? AND ((mask <> '' AND pending = 0 AND value IS NOT NULL) "
                             "OR (growth_mask <> '' AND growth_pending = 0 AND growth IS NOT NULL)) ORDER BY ordinal"));
    q.addBindValue(reportId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Filled f;
        f.key = q.value(0).toString();
        f.name = q.value(1).toString();
        f.mask = q.value(2).toString();
        f.growthMask = q.value(3).toString();
        if (!f.mask.isEmpty() && q.value(6).toInt() == 0)
            f.value = FigureColumns::toOptional(q.value(4));
        if (!f.growthMask.isEmpty() && q.value(7).toInt() == 0)
            f.growth = FigureColumns::toOptional(q.value(5));
        f.demo = q.value(8).toInt() != 0;
        out.append(f);
    }
    return out;
}

// The n-th filled figure of a (key, name, masks) goes to the n-th pending one of the new
// version: a report that names an indicator twice keeps both fills in order.
void ReportWriter::carryOver(QList<Figure> &figures, const QList<Filled> &filled, SaveOutcome *outcome)
{
    auto identity = [](const QString &key, const QString &name, const QString &mask, const QString &growthMask) {
        return QStringList{key, name, mask, growthMask}.join(QChar(0x1f));
    };
    QHash<QString, QList<int>> open;
    for (int i = 0; i < figures.size(); ++i) {
        const Figure &f = figures.at(i);
        if (f.pending || f.growthPending)
            open[identity(f.key, f.name, f.mask, f.growthMask)].append(i);
    }
    for (const Filled &old : filled) {
        QList<int> &candidates = open[identity(old.key, old.name, old.mask, old.growthMask)];
        if (candidates.isEmpty()) {
            outcome->lostFills.append(describe(old.name, old.value, old.growth));
            continue;
        }
        Figure &f = figures[candidates.takeFirst()];
        if (old.value && f.pending) {
            f.value = old.value;
            f.pending = false;
        }
        if (old.growth && f.growthPending) {
            f.growth = old.growth;
            f.growthPending = false;
        }
        f.demo = old.demo;
        ++outcome->keptFills;
    }
}

bool ReportWriter::save(const ParsedReport &report, const QString &sourceFile, bool dryRun, SaveOutcome *outcome,
                        QString *error)
{
    *outcome = SaveOutcome();
    if (!Dialect::beginWrite(m_db, error)) {
        *error = QStringLiteral("cannot lock the database for writing: %1").arg(*error);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, (SELECT count(*) FROM figures f WHERE f.report_id = r.id), "
                             "(SELECT count(*) FROM figures f WHERE f.report_id = r.id AND (f.pending <> 0 OR f.growth_pending <> 0)) "
                             "FROM reports r WHERE county = ? AND year = ?"));
    q.addBindValue(text(report.county));
    q.addBindValue(report.year);
    QList<Filled> filled;
    if (q.exec() && q.next()) {
        outcome->replaced = true;
        outcome->previousFigures = q.value(1).toInt();
        outcome->previousPending = q.value(2).toInt();
        filled = filledValues(q.value(0).toLongLong());
    }
    q.finish();

    QList<Figure> figures = report.figures;
    for (Figure &f : figures) {
        if (f.key.isEmpty())
            f.key = f.name;
        if (f.role.isEmpty())
            f.role = QStringLiteral("result");
        if (f.year <= 0)
            f.year = report.year;
        boundSentence(f);
    }
    carryOver(figures, filled, outcome);
    outcome->figures = int(figures.size());
    outcome->pending = int(std::count_if(figures.cbegin(), figures.cend(),
                                         [](const Figure &f) { return f.pending || f.growthPending; }));

    q.prepare(QStringLiteral("DELETE FROM reports WHERE county = ? AND year = ?"));
    q.addBindValue(text(report.county));
    q.addBindValue(report.year);
    qint64 reportId = 0;
    if (!execOrFail(q, error, "cannot replace the earlier import")
        || !insertAll(report, figures, sourceFile, &reportId, error)) {
        Dialect::rollback(m_db);
        return false;
    }
    if (dryRun) {
        Dialect::rollback(m_db);
        return true;
    }
    if (!Dialect::commit(m_db, error)) {
        *error = QStringLiteral("cannot commit the import: %1").arg(*error);
        return false;
    }
    outcome->reportId = reportId;
    if (outcome->replaced)
        Dialect::compactIfWorthIt(m_db);
    return true;
}

bool ReportWriter::insertAll(const ParsedReport &report, QList<Figure> figures, const QString &sourceFile,
                             qint64 *reportId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO reports (county, year, title, source_file, full_text, imported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(text(report.county));
    q.addBindValue(report.year);
    q.addBindValue(text(report.title));
    q.addBindValue(text(sourceFile));
    q.addBindValue(text(report.text));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!execOrFail(q, error, "cannot store the report"))
        return false;
    // RETURNING, not lastInsertId(): PostgreSQL tables have no row OIDs to report.
    *reportId = q.next() ? q.value(0).toLongLong() : 0;

    q.prepare(QStringLiteral("INSERT INTO sections (report_id, idx, level, ordinal, title, start_offset, "
                             "end_offset, parent_idx) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < report.sections.size(); ++i) {
        const Section &s = report.sections.at(i);
        q.addBindValue(*reportId);
        q.addBindValue(i);
        q.addBindValue(s.level);
        q.addBindValue(s.ordinal);
        q.addBindValue(text(s.title));
        q.addBindValue(s.start);
        q.addBindValue(s.end);
        q.addBindValue(s.parentIndex);
        if (!execOrFail(q, error, "cannot store a section"))
            return false;
    }

    q.prepare(FigureColumns::insertStatement() + QStringLiteral(" RETURNING id"));
    QList<qint64> ids(figures.size(), 0);
    for (int i : parentsFirst(figures)) {
        const Figure &f = figures.at(i);
        const qint64 parentId = f.parentIndex >= 0 && f.parentIndex < ids.size() ? ids.at(f.parentIndex) : 0;
        q.addBindValue(*reportId);
        q.addBindValue(parentId > 0 ? QVariant(parentId) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(i);
        FigureColumns::bind(q, f);
        if (!execOrFail(q, error, "cannot store a figure"))
            return false;
        ids[i] = q.next() ? q.value(0).toLongLong() : 0;
    }

    q.prepare(QStringLiteral("INSERT INTO highlights (report_id, ordinal, sentence, section, section_idx, "
                             "start_offset, end_offset, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < report.highlights.size(); ++i) {
        const Highlight &h = report.highlights.at(i);
        const bool cut = h.sentence.size() > MaxSentence;
        q.addBindValue(*reportId);
        q.addBindValue(i);
        q.addBindValue(text(cut ? h.sentence.left(MaxSentence) : h.sentence));
        q.addBindValue(text(h.section));
        q.addBindValue(h.sectionIndex);
        q.addBindValue(h.start);
        q.addBindValue(cut ? h.start + MaxSentence : h.end);
        q.addBindValue(h.score);
        if (!execOrFail(q, error, "cannot store a highlight"))
            return false;
    }
    return true;
}
