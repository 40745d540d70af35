#pragma once

#include "Document.h"

#include <QList>
#include <QString>
#include <QStringList>

// The quantities of a report: a number (or a placeholder mask) with its unit and the
// qualifiers written around it (余, 多, 左右, 以内, 以上, 大关), ranges ("3-5个" reads as
// 3 with qualifier 区间), 持平 (a change of zero written as a word) and the bare number
// a 由…降至 phrase ends on. Amounts that only say which things are counted ("500万元
// 以上项目") are dropped. Offsets are normalised.
namespace parse {

struct Quantity
{
    int numStart = 0;
    int numEnd = 0;
    int unitEnd = 0;
    int end = 0; // after trailing qualifiers (and a consumed noun)
    QString numText;
    bool masked = false;
    double value = 0;
    QString unit;
    QStringList quals;
    int clause = 0;   // within its sentence (Document's definition)
    int segment = 0;
    bool growth = false;   // decided by the sentence reader
    bool negative = false;
    bool flat = false;     // 持平: a growth of zero with no number written
    bool bareUnit = false; // a number with no unit of its own ("降至0")
};

class Quantities
{
public:
    // The quantities of each sentence of doc, in text order, with clause and segment numbers.
    static QList<QList<Quantity>> bySentence(const Document &doc);

private:
    explicit Quantities(const QString &normalised);
    QList<Quantity> scan() const;
    int rangeSeparatorStart(int numStart) const;
    bool rangeLowerBound(Quantity &q, int sep) const;
    void dropAttributeAmounts(QList<Quantity> &all) const;
    void addUnwrittenQuantities(QList<Quantity> &all) const;
    void numberClauses(const SentenceSpan &s, QList<Quantity> &qs) const;

    const QString &m_t;
};

} // namespace parse
