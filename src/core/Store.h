#pragma once

#include "Figure.h"
#include "store/StoreTypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

// The SQLite store, a facade over its parts in store/: the dialect (file checks, PRAGMAs,
// locking), the schema, the report writer, the reader and the fill rules. The display opens
// it read-only and keeps the connection; writers (import, fill) use one write transaction
// per call with a busy timeout.
class Store
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    static constexpr int SchemaVersion = 4;

    // Opens (ReadWrite: creates or migrates) a database. Returns null with a one-line
    // *error when the file is not a usable database; a refused file is never modified.
    static std::unique_ptr<Store> open(const QString &path, Mode mode, QString *error);

    // True when the file exists but holds nothing of ours: empty, or an SQLite file without
    // tables and schema — what an interrupted creation leaves behind.
    static bool isBlank(const QString &path);

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

    // Writes one parsed report in one transaction, replacing an earlier import of the same
    // county and year and keeping the values filled into it that still match. Returns the
    // report id, or 0 with *error.
    qint64 saveReport(const ParsedReport &report, const QString &sourceFile, QString *error);
    // The same with what it did; dryRun: what it would do, nothing written.
    bool saveReport(const ParsedReport &report, const QString &sourceFile, bool dryRun, SaveOutcome *outcome,
                    QString *error);

    // Fills or corrects figures, all or nothing: every value is checked against its mask.
    // Returns true when every row was accepted (and, unless a dry run, committed).
    bool fill(const QList<FillRow> &rows, const FillOptions &options, QList<FillOutcome> *outcomes, QString *error);
    bool fill(const QList<FillRow> &rows, const QString &source, QList<FillOutcome> *outcomes, QString *error);

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
    // Every year of the county that reports the indicator (catalogue key), oldest first;
    // reported rows only (withDerivedPriorYears in PriorYear.h adds the derived ones).
    QList<TrendPoint> trend(const QString &county, const QString &key);

    // The connection, for the store's companions that own their own tables (curation).
    QSqlDatabase database() const { return m_db; }

    // Last error of the underlying connection, for diagnostics.
    QString lastError() const { return m_lastError; }

private:
    Store(const QString &path, Mode mode);
    // open() for a postgresql:// URL (store/PgStoreOpen.cpp).
    static std::unique_ptr<Store> openServer(const QString &url, Mode mode, QString *error);
    bool recogniseServer(int *version, QString *error);
    // Refusals both backends share: a newer schema; an older one for a reader, which never upgrades.
    bool versionKnown(int version, QString *error) const;
    bool readerAccepts(int version, QString *error) const;
    bool recognise(bool existed, int *version, QString *error);
    bool migrate(QString *error);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    Mode m_mode;
    QString m_lastError;
};
