#pragma once

#include "ReportReader.h"

#include <QByteArray>

// The text of a Word document (.docx), as a reader sees it with all changes accepted:
// one line a paragraph in document order, list numbers written out ("一、"), a heading
// followed by an empty line so it never runs into the next paragraph, a table as one
// line a row with its cells separated by tabs. Footnotes, comments, headers, footers and
// deleted text (w:del, w:moveFrom) are left out.
class DocxReader
{
public:
    static ReadResult read(const QByteArray &zipBytes);
};
