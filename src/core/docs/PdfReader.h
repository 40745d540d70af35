#pragma once

#include "ReportReader.h"

#include <QByteArray>

// The text of a PDF that has a text layer (one saved from Word or WPS, or typeset),
// in reading order with its lines joined into paragraphs (see PdfLayout). A scanned
// PDF, only pictures of pages, is refused with a message: there is no OCR.
class PdfReader
{
public:
    static ReadResult read(const QByteArray &pdfBytes);
};
