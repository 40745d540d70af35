#pragma once

#include "Store.h"

#include <QList>
#include <QString>

// Reads a fill file: a header naming the columns figure, value and (optionally) growth,
// then one row per figure. Commas or semicolons, full-width or ASCII, quotes allowed.
struct FillCsvResult
{
    bool ok = false;
    QList<FillRow> rows;
    QString error;
};

FillCsvResult parseFillCsv(const QByteArray &bytes);
FillCsvResult readFillCsv(const QString &path);
