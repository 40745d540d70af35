#pragma once

#include "store/StoreTypes.h"

#include <QList>
#include <QString>

// Reads a fill file: a header naming the columns figure, value and (optionally) growth,
// then one row per figure; other columns (a template's unit, mask, sentence …) are ignored.
// The header's separator (comma, semicolon or tab, ASCII or full-width) is the file's; cells
// may be quoted. UTF-8 with or without BOM, UTF-16 with BOM, or GB18030 (what Excel and WPS
// on Chinese Windows save); CRLF or LF.
struct FillCsvResult
{
    bool ok = false;
    QList<FillRow> rows;
    QString error;
};

FillCsvResult parseFillCsv(const QByteArray &bytes);
FillCsvResult readFillCsv(const QString &path);
