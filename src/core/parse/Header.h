#pragma once

#include "Document.h"
#include "Figure.h"

// The report's county, the year it reviews and its title, read from the preamble (title,
// date line, session line, signature) and the first heading. County and year each come
// from an ordered table of rules (Header.cpp): the first that finds one wins.
namespace parse {

class Header
{
public:
    // firstHeadingEnd: normalised end of the first heading line, -1 when there is none.
    static void read(const Document &doc, int firstHeadingEnd, ParsedReport &out);

private:
    static QString county(const QString &t);
    static int year(const QString &t, const QString &head);
    static QString title(const Document &doc, const ParsedReport &out);
};

} // namespace parse
