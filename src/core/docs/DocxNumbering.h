#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// Word keeps the numbers of numbered paragraphs ("一、", "（二）", "3.") out of the text:
// they live in numbering.xml and Word draws them. Reports number their sections that way,
// and the parser finds sections by those markers, so the reader has to write them back in.
class DocxNumbering
{
public:
    void load(const QByteArray &numberingXml);

    // The label Word shows before the next paragraph of list numId at level ilvl
    // ("一、"), advancing the counters; empty for bullets and unknown lists.
    QString nextLabel(int numId, int ilvl);

    // One number in one of Word's formats (w:numFmt): chineseCounting 12 → 十二.
    static QString format(int value, const QString &numFmt);

private:
    struct Level
    {
        int start = 1;
        QString numFmt = QStringLiteral("decimal");
        QString text;
        bool legal = false; // w:isLgl: every level in decimal
    };
    struct Num
    {
        int abstractId = -1;
        QHash<int, int> startOverride;
        bool overridesApplied = false;
    };
    struct Counters
    {
        QList<int> value = QList<int>(9, 0);
        QList<bool> used = QList<bool>(9, false);
    };

    QHash<int, QList<Level>> m_abstract;
    QHash<int, Num> m_nums;
    QHash<int, Counters> m_counters; // by abstract id: lists of one definition count on
};
