#pragma once

#include <QByteArray>
#include <QString>

// Reading a report file is the one place where bytes become text: everything after it
// works on QString, so every encoding and file problem must be caught here with a
// message an office clerk can act on.
struct ReadResult
{
    bool ok = false;
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)" or "GB18030"
    QString error;    // one line, English, when !ok
};

// Largest report accepted; real reports are well under 1 MB.
constexpr qint64 kMaxReportBytes = 20LL * 1024 * 1024;

ReadResult readReportFile(const QString &path);
ReadResult decodeReport(const QByteArray &bytes);
