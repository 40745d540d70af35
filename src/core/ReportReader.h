#pragma once

#include <QByteArray>
#include <QString>

// Reading a report file is the one place where bytes become text: everything after it
// works on QString, so every encoding, format and file problem must be caught here with
// a message an office clerk can act on. The text returned is what gets parsed and
// stored, so the offsets of every figure point into it.
struct ReadResult
{
    bool ok = false;
    QString text;
    QString format;   // "text", "docx" or "pdf"
    QString encoding; // text only: "UTF-8", "UTF-8 (BOM)" or "GB18030"
    QString error;    // one line, English, when !ok
};

// Largest text report accepted; real reports are well under 1 MB.
constexpr qint64 kMaxReportBytes = 20LL * 1024 * 1024;
// Word files and PDFs carry pictures: a published report with photos runs to tens of MB.
constexpr qint64 kMaxDocumentBytes = 200LL * 1024 * 1024;

// A report file of any format read: text, .docx or .pdf, told apart by their content.
ReadResult readReportFile(const QString &path);
// The same for bytes already in memory.
ReadResult readReport(const QByteArray &bytes);
// Text only: UTF-8 (with or without BOM) or GB18030.
ReadResult decodeReport(const QByteArray &bytes);
