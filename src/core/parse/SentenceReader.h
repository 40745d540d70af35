#pragma once

#include "Document.h"
#include "Drafts.h"
#include "Quantities.h"

// The only per-sentence loop: reads the quantities of one sentence in order and runs the
// registered rules on each, stage by stage (Skip → Change → ChangeName → ChangeAttach for
// changes; Attach → Name → Unnamed for values; Group when a list closes; Finish at the end).
// What is not a phrasing — clause boundaries, the sign of a change, lists joined by 、和 —
// lives here; everything that is one lives in parse/rules/.
namespace parse {

class SentenceReader
{
public:
    static void read(const Document &doc, Drafts &drafts, int si, QList<Quantity> &qs);
};

} // namespace parse
