#include "Schema.h"

namespace Schema {

namespace {

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
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Version, "one migration per schema version");

} // namespace

QStringList migration(int from)
{
    if (from < 0 || from >= Version)
        return {};
    QStringList out;
    for (const QString &statement : QString::fromUtf8(kMigrations[from]).split(u';', Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty())
            out.append(statement.trimmed());
    }
    return out;
}

QStringList requiredTables(int version)
{
    QStringList out;
    if (version >= 1)
        out << QStringLiteral("reports") << QStringLiteral("sections") << QStringLiteral("figures")
            << QStringLiteral("highlights");
    if (version >= 2)
        out << QStringLiteral("fill_history");
    if (version >= 4)
        out << QStringLiteral("overrides") << QStringLiteral("change_history");
    return out;
}

} // namespace Schema
