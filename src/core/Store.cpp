#include "Store.h"

#include "Mask.h"
#include "PriorYear.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace {

QAtomicInteger<quint64> s_connectionCounter;

// Each entry brings the schema from version (index) to version (index + 1).
const char *const kMigrations[] = {
    // 0 -> 1: reports, sections, figures, highlights.
    R"sql(
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    county TEXT NOT NULL,
    year INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL DEFAULT '',
    full_text TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (county, year)
);
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    level INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    title TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    parent_idx INTEGER NOT NULL DEFAULT -1
);
CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES figures(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    domain TEXT NOT NULL,
    value REAL,
    unit TEXT NOT NULL DEFAULT '',
    growth REAL,
    growth_kind TEXT NOT NULL DEFAULT '',
    pending INTEGER NOT NULL DEFAULT 0,
    mask TEXT NOT NULL DEFAULT '',
    qualifier TEXT NOT NULL DEFAULT '',
    rank TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    section_idx INTEGER NOT NULL DEFAULT -1,
    sentence TEXT NOT NULL DEFAULT '',
    start_offset INTEGER NOT NULL DEFAULT -1,
    end_offset INTEGER NOT NULL DEFAULT -1,
    sentence_start INTEGER NOT NULL DEFAULT -1,
    sentence_end INTEGER NOT NULL DEFAULT -1
);
CREATE INDEX figures_report ON figures(report_id, ordinal);
CREATE INDEX figures_key ON figures(key);
CREATE TABLE highlights (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    section TEXT NOT NULL DEFAULT '',
    section_idx INTEGER NOT NULL DEFAULT -1,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    score REAL NOT NULL DEFAULT 0
);
)sql",
    // 1 -> 2: placeholders in growth, and an audit trail of fills.
    R"sql(
ALTER TABLE figures ADD COLUMN growth_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE figures ADD COLUMN growth_mask TEXT NOT NULL DEFAULT '';
CREATE TABLE fill_history (
    id INTEGER PRIMARY KEY,
    figure_id INTEGER REFERENCES figures(id) ON DELETE SET NULL,
    report_id INTEGER,
    figure_name TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value REAL,
    new_value REAL,
    source TEXT NOT NULL,
    filled_at TEXT NOT NULL
);
)sql",
    // 2 -> 3: demo values are marked so the screen can say so.
    R"sql(
ALTER TABLE figures ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
)sql",
    // 3 -> 4: the report's part a figure stands in and the year it is about; the staff's
    // curation of the wall (overrides) and the history of every change, which can be undone.
    R"sql(
ALTER TABLE figures ADD COLUMN role TEXT NOT NULL DEFAULT 'result';
ALTER TABLE figures ADD COLUMN year INTEGER NOT NULL DEFAULT 0;
UPDATE figures SET year = (SELECT r.year FROM reports r WHERE r.id = figures.report_id);
CREATE TABLE overrides (
    id INTEGER PRIMARY KEY,
    county TEXT NOT NULL,
    year INTEGER NOT NULL,
    figure_key TEXT NOT NULL,
    figure_name TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    hidden INTEGER NOT NULL DEFAULT 0,
    pin_page TEXT NOT NULL DEFAULT '',
    pin_order INTEGER NOT NULL DEFAULT -1,
    headline_order INTEGER NOT NULL DEFAULT -1,
    UNIQUE (county, year, figure_key, figure_name)
);
CREATE TABLE change_history (
    id INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    os_user TEXT NOT NULL DEFAULT '',
    county TEXT NOT NULL,
    year INTEGER NOT NULL,
    figure_id INTEGER,
    figure_key TEXT NOT NULL DEFAULT '',
    figure_name TEXT NOT NULL DEFAULT '',
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    undone INTEGER NOT NULL DEFAULT 0
);
)sql",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Store::SchemaVersion,
              "one migration per schema version");

QVariant optionalToVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and hold '' instead.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

std::optional<double> variantToOptional(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

// Reads the 100-byte SQLite header. Refuses what is not SQLite, or a file shorter than the
// page count its header claims (a truncated copy), without opening it through SQLite.
bool checkHeader(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    const qint64 size = f.size();
    if (size == 0)
        return true; // an empty file is an empty database to SQLite
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error = QStringLiteral("%1 is not a County Briefing database (not an SQLite file)").arg(path);
        return false;
    }
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 versionValidFor = qFromBigEndian<quint32>(header.constData() + 92);
    // The in-header size is only trustworthy when the version-valid-for number matches.
    const bool headerSizeValid = pageCount > 0 && changeCounter == versionValidFor;
    if (pageSize < 512 || (size % pageSize) != 0
        || (headerSizeValid && qint64(pageCount) * pageSize > size
            && !QFileInfo::exists(path + QStringLiteral("-wal")))) {
        *error = QStringLiteral("%1 is truncated or damaged (%2 bytes)").arg(path).arg(size);
        return false;
    }
    return true;
}

} // namespace

Store::Store(const QString &path, Mode mode)
    : m_connection(QStringLiteral("briefing-store-%1").arg(++s_connectionCounter))
    , m_path(path)
    , m_mode(mode)
{
}

Store::~Store()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Store> Store::open(const QString &path, Mode mode, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    const QFileInfo info(path);
    const bool exists = info.exists();

    if (exists && !info.isFile()) {
        err = QStringLiteral("%1 is not a file").arg(path);
        return nullptr;
    }
    if (!exists && mode == Mode::ReadOnly) {
        err = QStringLiteral("database %1 does not exist").arg(path);
        return nullptr;
    }
    if (mode == Mode::ReadWrite) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists()) {
            err = QStringLiteral("folder %1 does not exist").arg(info.absolutePath());
            return nullptr;
        }
        // SQLite's WAL and journal files live beside the database.
        if (!dir.isWritable()) {
            err = QStringLiteral("folder %1 is not writable").arg(info.absolutePath());
            return nullptr;
        }
        if (exists && !info.isWritable()) {
            err = QStringLiteral("database %1 is read-only").arg(path);
            return nullptr;
        }
    }
    if (exists && !checkHeader(path, &err))
        return nullptr;

    std::unique_ptr<Store> store(new Store(path, mode));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    if (!store->m_db.isValid()) {
        err = QStringLiteral("the Qt SQLite driver (QSQLITE) is not available");
        return nullptr;
    }
    store->m_db.setDatabaseName(path);
    store->m_db.setConnectOptions(mode == Mode::ReadOnly
                                      ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!store->m_db.open()) {
        err = QStringLiteral("cannot open %1: %2").arg(path, store->m_db.lastError().text());
        return nullptr;
    }

    // Look before writing anything: a file from a newer program or a damaged file is refused
    // untouched.
    QSqlQuery q(store->m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        err = QStringLiteral("%1 is not a readable database: %2").arg(path, q.lastError().text());
        return nullptr;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        err = QStringLiteral("%1 was written by a newer version (schema %2; this program reads up to %3)")
                  .arg(path)
                  .arg(version)
                  .arg(SchemaVersion);
        return nullptr;
    }
    if (exists && info.size() > 0) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
            || q.value(0).toString() != QLatin1String("ok")) {
            err = QStringLiteral("%1 is damaged: %2")
                      .arg(path, q.lastError().isValid() ? q.lastError().text() : q.value(0).toString());
            return nullptr;
        }
        q.finish();
        if (version == 0) {
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()
                || q.value(0).toInt() > 0) {
                err = QStringLiteral("%1 is an SQLite database of another program").arg(path);
                return nullptr;
            }
            q.finish();
        }
    }

    if (mode == Mode::ReadOnly) {
        if (version < SchemaVersion) {
            err = QStringLiteral("%1 has an older schema (%2); open it once with a writer (import or fill) to upgrade it")
                      .arg(path)
                      .arg(version);
            return nullptr;
        }
        return store;
    }

    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        err = QStringLiteral("cannot switch %1 to WAL: %2").arg(path, q.lastError().text());
        return nullptr;
    }
    q.finish();
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!store->migrate(&err))
        return nullptr;
    return store;
}

bool Store::migrate(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = QStringLiteral("cannot lock %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    // Read again under the lock: another writer may have migrated meanwhile.
    int version = 0;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        version = q.value(0).toInt();
    q.finish();
    for (int v = version; v < SchemaVersion; ++v) {
        const QStringList statements = QString::fromUtf8(kMigrations[v]).split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!q.exec(statement)) {
                *error = QStringLiteral("cannot upgrade %1 to schema %2: %3")
                             .arg(m_path)
                             .arg(v + 1)
                             .arg(q.lastError().text());
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
    }
    if (version < SchemaVersion)
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = QStringLiteral("cannot upgrade %1: %2").arg(m_path, q.lastError().text());
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

int Store::schemaVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

qint64 Store::dataVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    m_lastError = q.lastError().text();
    return -1;
}

bool Store::healthy(QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (!QFileInfo::exists(m_path)) {
        err = QStringLiteral("database %1 is missing").arg(m_path);
        return false;
    }
    if (!checkHeader(m_path, &err))
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM reports")) || !q.next()) {
        err = QStringLiteral("database %1 cannot be read: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

namespace {

bool execOrFail(QSqlQuery &q, QString *error, const char *what)
{
    if (q.exec())
        return true;
    *error = QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text());
    return false;
}

} // namespace

qint64 Store::saveReport(const ParsedReport &report, const QString &sourceFile, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (m_mode != Mode::ReadWrite) {
        err = QStringLiteral("the database is open read-only");
        return 0;
    }
    QSqlQuery tx(m_db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        err = QStringLiteral("cannot lock %1 for writing: %2").arg(m_path, tx.lastError().text());
        return 0;
    }
    auto fail = [&]() -> qint64 {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return 0;
    };

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM reports WHERE county = ? AND year = ?"));
    q.addBindValue(text(report.county));
    q.addBindValue(report.year);
    if (!execOrFail(q, &err, "cannot replace the earlier import"))
        return fail();

    q.prepare(QStringLiteral("INSERT INTO reports (county, year, title, source_file, full_text, imported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(report.county));
    q.addBindValue(report.year);
    q.addBindValue(text(report.title));
    q.addBindValue(text(sourceFile));
    q.addBindValue(text(report.text));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!execOrFail(q, &err, "cannot store the report"))
        return fail();
    const qint64 reportId = q.lastInsertId().toLongLong();

    q.prepare(QStringLiteral("INSERT INTO sections (report_id, idx, level, ordinal, title, start_offset, "
                             "end_offset, parent_idx) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < report.sections.size(); ++i) {
        const Section &s = report.sections.at(i);
        q.addBindValue(reportId);
        q.addBindValue(i);
        q.addBindValue(s.level);
        q.addBindValue(s.ordinal);
        q.addBindValue(text(s.title));
        q.addBindValue(s.start);
        q.addBindValue(s.end);
        q.addBindValue(s.parentIndex);
        if (!execOrFail(q, &err, "cannot store a section"))
            return fail();
    }

    q.prepare(QStringLiteral(
        "INSERT INTO figures (report_id, parent_id, ordinal, name, key, domain, value, unit, growth, "
        "growth_kind, pending, mask, growth_pending, growth_mask, qualifier, rank, section, section_idx, "
        "sentence, start_offset, end_offset, sentence_start, sentence_end, demo, role, year) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> ids(report.figures.size(), 0);
    // Parents first, whatever order the parser gave: a child refers to its parent's row id.
    QList<int> order;
    order.reserve(report.figures.size());
    QList<bool> placed(report.figures.size(), false);
    for (int pass = 0; pass < report.figures.size() && order.size() < report.figures.size(); ++pass) {
        for (int i = 0; i < report.figures.size(); ++i) {
            if (placed[i])
                continue;
            const int parent = report.figures.at(i).parentIndex;
            const bool parentValid = parent >= 0 && parent < report.figures.size() && parent != i;
            if (!parentValid || placed[parent]) {
                placed[i] = true;
                order.append(i);
            }
        }
    }
    for (int i = 0; i < report.figures.size(); ++i) {
        if (!placed[i])
            order.append(i); // a cycle in parent links: store without a parent
    }
    for (int i : std::as_const(order)) {
        const Figure &f = report.figures.at(i);
        const int parent = f.parentIndex;
        const qint64 parentId = parent >= 0 && parent < ids.size() ? ids.at(parent) : 0;
        q.addBindValue(reportId);
        q.addBindValue(parentId > 0 ? QVariant(parentId) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(i);
        q.addBindValue(text(f.name));
        q.addBindValue(text(f.key.isEmpty() ? f.name : f.key));
        q.addBindValue(text(f.domain));
        q.addBindValue(optionalToVariant(f.value));
        q.addBindValue(text(f.unit));
        q.addBindValue(optionalToVariant(f.growth));
        q.addBindValue(text(f.growthKind));
        q.addBindValue(f.pending ? 1 : 0);
        q.addBindValue(text(f.mask));
        q.addBindValue(f.growthPending ? 1 : 0);
        q.addBindValue(text(f.growthMask));
        q.addBindValue(text(f.qualifier));
        q.addBindValue(text(f.rank));
        q.addBindValue(text(f.section));
        q.addBindValue(f.sectionIndex);
        q.addBindValue(text(f.sentence));
        q.addBindValue(f.start);
        q.addBindValue(f.end);
        q.addBindValue(f.sentenceStart);
        q.addBindValue(f.sentenceEnd);
        q.addBindValue(f.demo ? 1 : 0);
        q.addBindValue(text(f.role.isEmpty() ? QStringLiteral("result") : f.role));
        q.addBindValue(f.year > 0 ? f.year : report.year);
        if (!execOrFail(q, &err, "cannot store a figure"))
            return fail();
        ids[i] = q.lastInsertId().toLongLong();
    }

    q.prepare(QStringLiteral("INSERT INTO highlights (report_id, ordinal, sentence, section, section_idx, "
                             "start_offset, end_offset, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < report.highlights.size(); ++i) {
        const Highlight &h = report.highlights.at(i);
        q.addBindValue(reportId);
        q.addBindValue(i);
        q.addBindValue(text(h.sentence));
        q.addBindValue(text(h.section));
        q.addBindValue(h.sectionIndex);
        q.addBindValue(h.start);
        q.addBindValue(h.end);
        q.addBindValue(h.score);
        if (!execOrFail(q, &err, "cannot store a highlight"))
            return fail();
    }

    if (!tx.exec(QStringLiteral("COMMIT"))) {
        err = QStringLiteral("cannot commit the import: %1").arg(tx.lastError().text());
        return fail();
    }
    return reportId;
}

namespace {

std::optional<double> parseNumber(const QString &text, bool *ok)
{
    QString t = text.trimmed();
    t.remove(u',');
    t.remove(u'，');
    if (t.endsWith(u'%') || t.endsWith(u'％'))
        t.chop(1);
    if (t.isEmpty()) {
        *ok = true;
        return std::nullopt;
    }
    bool good = false;
    const double v = t.toDouble(&good);
    *ok = good && std::isfinite(v);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

bool Store::fill(const QList<FillRow> &rows, const QString &source, QList<FillOutcome> *outcomes,
                 QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    QList<FillOutcome> local;
    QList<FillOutcome> &out = outcomes ? *outcomes : local;
    out.clear();
    if (m_mode != Mode::ReadWrite) {
        err = QStringLiteral("the database is open read-only");
        return false;
    }
    QSqlQuery tx(m_db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        err = QStringLiteral("cannot lock %1 for writing: %2").arg(m_path, tx.lastError().text());
        return false;
    }
    const auto latest = latestReport();
    const bool demo = source == QLatin1String("demo");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    bool allAccepted = true;

    for (const FillRow &row : rows) {
        FillOutcome o;
        o.line = row.line;
        o.figure = row.figure;
        auto refuse = [&](const QString &why) {
            o.accepted = false;
            o.message = why;
            allAccepted = false;
            out.append(o);
        };

        // Find the figure: by id, else by name (or catalogue key) in the newest report.
        QString ref = row.figure.trimmed();
        // "#12" or "12" is an id; a name may start with a digit (5G基站) but is never all digits.
        const bool byId = ref.startsWith(u'#')
                          || (!ref.isEmpty() && std::all_of(ref.cbegin(), ref.cend(), [](QChar c) { return c.isDigit(); }));
        QSqlQuery find(m_db);
        if (byId) {
            bool ok = false;
            const qint64 id = QStringView(ref).mid(ref.startsWith(u'#') ? 1 : 0).toLongLong(&ok);
            if (!ok) {
                refuse(QStringLiteral("'%1' is not a figure id").arg(ref));
                continue;
            }
            find.prepare(QStringLiteral("SELECT id FROM figures WHERE id = ?"));
            find.addBindValue(id);
        } else {
            if (!latest) {
                refuse(QStringLiteral("the database holds no report"));
                continue;
            }
            find.prepare(QStringLiteral("SELECT id FROM figures WHERE report_id = ? AND name = ? "
                                        "UNION SELECT id FROM figures WHERE report_id = ? AND key = ? "
                                        "AND NOT EXISTS (SELECT 1 FROM figures WHERE report_id = ? AND name = ?)"));
            find.addBindValue(latest->id);
            find.addBindValue(ref);
            find.addBindValue(latest->id);
            find.addBindValue(ref);
            find.addBindValue(latest->id);
            find.addBindValue(ref);
        }
        QList<qint64> matches;
        if (find.exec()) {
            while (find.next())
                matches.append(find.value(0).toLongLong());
        }
        if (matches.isEmpty()) {
            refuse(QStringLiteral("no figure '%1'").arg(ref));
            continue;
        }
        if (matches.size() > 1) {
            QStringList idList;
            for (qint64 id : std::as_const(matches))
                idList.append(QStringLiteral("#%1").arg(id));
            refuse(QStringLiteral("'%1' names %2 figures (%3); use an id").arg(ref).arg(matches.size()).arg(idList.join(u' ')));
            continue;
        }
        const auto current = figure(matches.first());
        if (!current) {
            refuse(QStringLiteral("no figure '%1'").arg(ref));
            continue;
        }
        o.figureId = current->id;

        bool valueOk = false;
        bool growthOk = false;
        const auto value = parseNumber(row.value, &valueOk);
        const auto growth = parseNumber(row.growth, &growthOk);
        if (!valueOk) {
            refuse(QStringLiteral("value '%1' is not a number").arg(row.value));
            continue;
        }
        if (!growthOk) {
            refuse(QStringLiteral("growth '%1' is not a number").arg(row.growth));
            continue;
        }
        if (!value && !growth) {
            refuse(QStringLiteral("neither a value nor a growth is given"));
            continue;
        }
        QString why;
        if (value && current->pending && !current->mask.isEmpty() && !Mask::accepts(current->mask, *value, &why)) {
            refuse(QStringLiteral("value refused: %1").arg(why));
            continue;
        }
        if (growth && current->growthPending && !current->growthMask.isEmpty()
            && !Mask::accepts(current->growthMask, std::fabs(*growth), &why)) {
            refuse(QStringLiteral("growth refused: %1").arg(why));
            continue;
        }

        QSqlQuery upd(m_db);
        QSqlQuery hist(m_db);
        hist.prepare(QStringLiteral("INSERT INTO fill_history (figure_id, report_id, figure_name, field, "
                                    "old_value, new_value, source, filled_at) "
                                    "SELECT id, report_id, name, ?, ?, ?, ?, ? FROM figures WHERE id = ?"));
        auto record = [&](const char *field, const std::optional<double> &oldV, double newV) {
            hist.addBindValue(QLatin1String(field));
            hist.addBindValue(optionalToVariant(oldV));
            hist.addBindValue(newV);
            hist.addBindValue(source);
            hist.addBindValue(now);
            hist.addBindValue(current->id);
            return hist.exec();
        };
        QStringList done;
        bool dbOk = true;
        if (value) {
            upd.prepare(QStringLiteral("UPDATE figures SET value = ?, pending = 0, demo = ? WHERE id = ?"));
            upd.addBindValue(*value);
            upd.addBindValue(demo ? 1 : 0);
            upd.addBindValue(current->id);
            dbOk = upd.exec() && record("value", current->value, *value);
            done.append(QStringLiteral("value %1%2").arg(formatNumber(*value), current->unit));
        }
        if (dbOk && growth) {
            upd.prepare(QStringLiteral("UPDATE figures SET growth = ?, growth_pending = 0, "
                                       "demo = CASE WHEN ? THEN 1 ELSE demo END WHERE id = ?"));
            upd.addBindValue(*growth);
            upd.addBindValue(demo ? 1 : 0);
            upd.addBindValue(current->id);
            dbOk = upd.exec() && record("growth", current->growth, *growth);
            done.append(QStringLiteral("growth %1%").arg(formatNumber(*growth)));
        }
        if (!dbOk) {
            err = QStringLiteral("cannot write the fill: %1").arg(upd.lastError().isValid() ? upd.lastError().text()
                                                                                          : hist.lastError().text());
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        o.accepted = true;
        o.message = QStringLiteral("#%1 %2: %3").arg(current->id).arg(current->name, done.join(QStringLiteral(", ")));
        out.append(o);
    }

    if (!allAccepted) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        err = QStringLiteral("nothing filled: %1 of %2 rows refused")
                  .arg(std::count_if(out.cbegin(), out.cend(), [](const FillOutcome &o) { return !o.accepted; }))
                  .arg(rows.size());
        return false;
    }
    if (!tx.exec(QStringLiteral("COMMIT"))) {
        err = QStringLiteral("cannot commit the fill: %1").arg(tx.lastError().text());
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

namespace {

const QString kReportColumns = QStringLiteral(
    "r.id, r.county, r.year, r.title, r.source_file, r.imported_at, "
    "(SELECT count(*) FROM figures f WHERE f.report_id = r.id), "
    "(SELECT count(*) FROM figures f WHERE f.report_id = r.id AND (f.pending OR f.growth_pending)), "
    "(SELECT count(*) FROM figures f WHERE f.report_id = r.id AND f.demo)");

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

const QString kFigureColumns = QStringLiteral(
    "id, parent_id, name, key, domain, value, unit, growth, growth_kind, pending, mask, growth_pending, "
    "growth_mask, qualifier, rank, section, section_idx, sentence, start_offset, end_offset, "
    "sentence_start, sentence_end, demo, role, year");

Figure figureFromQuery(const QSqlQuery &q)
{
    Figure f;
    f.id = q.value(0).toLongLong();
    f.parentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    f.name = q.value(2).toString();
    f.key = q.value(3).toString();
    f.domain = q.value(4).toString();
    f.value = variantToOptional(q.value(5));
    f.unit = q.value(6).toString();
    f.growth = variantToOptional(q.value(7));
    f.growthKind = q.value(8).toString();
    f.pending = q.value(9).toInt() != 0;
    f.mask = q.value(10).toString();
    f.growthPending = q.value(11).toInt() != 0;
    f.growthMask = q.value(12).toString();
    f.qualifier = q.value(13).toString();
    f.rank = q.value(14).toString();
    f.section = q.value(15).toString();
    f.sectionIndex = q.value(16).toInt();
    f.sentence = q.value(17).toString();
    f.start = q.value(18).toInt();
    f.end = q.value(19).toInt();
    f.sentenceStart = q.value(20).toInt();
    f.sentenceEnd = q.value(21).toInt();
    f.demo = q.value(22).toInt() != 0;
    f.role = q.value(23).toString();
    f.year = q.value(24).toInt();
    return f;
}

} // namespace

QList<ReportInfo> Store::reports()
{
    QList<ReportInfo> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM reports r ORDER BY r.county, r.year").arg(kReportColumns))) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(reportFromQuery(q));
    return out;
}

std::optional<ReportInfo> Store::report(qint64 reportId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM reports r WHERE r.id = ?").arg(kReportColumns));
    q.addBindValue(reportId);
    if (q.exec() && q.next())
        return reportFromQuery(q);
    return std::nullopt;
}

std::optional<ReportInfo> Store::latestReport()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT %1 FROM reports r ORDER BY r.year DESC, r.imported_at DESC, r.id DESC LIMIT 1")
                   .arg(kReportColumns))
        && q.next())
        return reportFromQuery(q);
    m_lastError = q.lastError().text();
    return std::nullopt;
}

QString Store::reportText(qint64 reportId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT full_text FROM reports WHERE id = ?"));
    q.addBindValue(reportId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QList<Section> Store::sections(qint64 reportId)
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

QList<Figure> Store::figures(qint64 reportId)
{
    QList<Figure> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM figures WHERE report_id = ? ORDER BY ordinal").arg(kFigureColumns));
    q.addBindValue(reportId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(figureFromQuery(q));
    return out;
}

std::optional<Figure> Store::figure(qint64 figureId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM figures WHERE id = ?").arg(kFigureColumns));
    q.addBindValue(figureId);
    if (q.exec() && q.next())
        return figureFromQuery(q);
    return std::nullopt;
}

QList<Figure> Store::children(qint64 figureId)
{
    QList<Figure> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM figures WHERE parent_id = ? ORDER BY ordinal").arg(kFigureColumns));
    q.addBindValue(figureId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(figureFromQuery(q));
    return out;
}

QList<Highlight> Store::highlights(qint64 reportId)
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

QList<TrendPoint> Store::trend(const QString &county, const QString &key)
{
    QList<TrendPoint> out;
    QSqlQuery q(m_db);
    // One figure a year: the first top-level mention of the indicator in that year's report.
    q.prepare(QStringLiteral(
        "SELECT r.year, f.value, f.unit, f.growth, f.id, f.growth_kind FROM figures f JOIN reports r ON r.id = f.report_id "
        "WHERE r.county = ? AND f.key = ? AND f.parent_id IS NULL "
        "AND f.ordinal = (SELECT min(g.ordinal) FROM figures g WHERE g.report_id = f.report_id "
        "AND g.key = f.key AND g.parent_id IS NULL) ORDER BY r.year"));
    q.addBindValue(county);
    q.addBindValue(key);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        TrendPoint p;
        p.year = q.value(0).toInt();
        p.value = variantToOptional(q.value(1));
        p.unit = q.value(2).toString();
        p.growth = variantToOptional(q.value(3));
        p.figureId = q.value(4).toLongLong();
        p.growthKind = q.value(5).toString();
        out.append(p);
    }
    // The year before the oldest report follows from its value and its change.
    if (!out.isEmpty() && out.first().year > 0) {
        const TrendPoint &first = out.first();
        const auto prior = derivePriorYearValue(first.value, first.growth, first.growthKind, first.unit);
        if (prior) {
            TrendPoint p;
            p.year = first.year - 1;
            p.value = prior;
            p.unit = first.unit;
            p.derived = true;
            out.prepend(p);
        }
    }
    return out;
}
