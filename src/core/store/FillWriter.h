#pragma once

#include "Figure.h"
#include "StoreTypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

// The fill rules: which figure a row means, whether its numbers may go there, and the write
// with its history, all or nothing. A name resolves only within one report (the one the
// target names, or the only one of the database); every value and growth that has a mask is
// checked against it, corrections included; two rows for one figure refuse the file.
class FillWriter
{
public:
    explicit FillWriter(QSqlDatabase db);

    bool run(const QList<FillRow> &rows, const FillOptions &options, QList<FillOutcome> *outcomes, QString *error);

private:
    bool resolveScope(const FillTarget &target, QString *error);
    // The figure a row names, or 0 with *why.
    qint64 resolve(const QString &reference, QString *why);
    std::optional<ReportInfo> reportOf(qint64 figureId);
    bool check(const FillRow &row, const Figure &figure, std::optional<double> *value,
               std::optional<double> *growth, QString *why);
    bool write(const Figure &figure, const std::optional<double> &value, const std::optional<double> &growth,
               const FillOptions &options, QString *error);

    QSqlDatabase m_db;
    QList<ReportInfo> m_reports;
    std::optional<ReportInfo> m_scope;  // the report names resolve in
    QString m_now;
};
