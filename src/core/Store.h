#pragma once

#include "Figure.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

struct ReportInfo
{
    qint64 id = 0;
    QString county;
    int year = 0;
    QString title;
    QString sourceFile;
    QDateTime importedAt;
    bool demo = false;          // some of its figures carry shipped demo values
    int figureCount = 0;
    int pendingCount = 0;       // figures whose value or growth is still a placeholder
};

// One point of an indicator's trend across the reports of one county.
struct TrendPoint
{
    int year = 0;
    std::optional<double> value;
    QString unit;
    std::optional<double> growth;
    QString growthKind;
    bool derived = false;       // computed from a later year's value and growth (推算)
    qint64 figureId = 0;
};

// One line of a fill CSV: a figure named or numbered, the value, optionally the growth.
struct FillRow
{
    int line = 0;
    QString figure;             // a figure id ("#12" or "12") or its name as in the report
    QString value;              // may be empty when only the growth is given
    QString growth;
};

struct FillOutcome
{
    int line = 0;
    QString figure;
    qint64 figureId = 0;
    bool accepted = false;
    QString message;            // what was filled, or why it was refused
};

// The SQLite store. The display opens it read-only and keeps the connection; writers
// (import, fill) use one BEGIN IMMEDIATE transaction per call with a busy timeout.
class Store
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    static constexpr int SchemaVersion = 4;

    // Opens (ReadWrite: creates or migrates) a database. Returns null with a one-line
    // *error when the file is not a usable database; a refused file is never modified.
    static std::unique_ptr<Store> open(const QString &path, Mode mode, QString *error);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    Mode mode() const { return m_mode; }
    int schemaVersion();
    // Changes whenever another connection commits (PRAGMA data_version).
    qint64 dataVersion();
    // Cheap sanity check that the file is still a readable database.
    bool healthy(QString *error);

    // Writes one parsed report in one transaction, replacing an earlier import of the
    // same county and year. Returns the report id, or 0 with *error.
    qint64 saveReport(const ParsedReport &report, const QString &sourceFile, QString *error);

    // Fills or corrects figures, all or nothing: every value is checked against its mask.
    // Returns true when every row was accepted and committed.
    bool fill(const QList<FillRow> &rows, const QString &source, QList<FillOutcome> *outcomes,
              QString *error);

    QList<ReportInfo> reports();
    std::optional<ReportInfo> report(qint64 reportId);
    // The newest report (highest year, then latest import); nullopt on an empty store.
    std::optional<ReportInfo> latestReport();
    QString reportText(qint64 reportId);
    QList<Section> sections(qint64 reportId);
    QList<Figure> figures(qint64 reportId);
    std::optional<Figure> figure(qint64 figureId);
    QList<Figure> children(qint64 figureId);
    QList<Highlight> highlights(qint64 reportId);
    // Every year of the county that has the indicator (catalogue key), oldest first,
    // plus the prior year derived from the oldest reported value and its growth.
    QList<TrendPoint> trend(const QString &county, const QString &key);

    // The connection, for the store's companions that own their own tables (curation).
    QSqlDatabase database() const { return m_db; }

    // Last error of the underlying connection, for diagnostics.
    QString lastError() const { return m_lastError; }

private:
    Store(const QString &path, Mode mode);
    bool migrate(QString *error);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    Mode m_mode;
    QString m_lastError;
};
