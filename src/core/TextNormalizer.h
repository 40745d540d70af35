#pragma once

#include <QList>
#include <QString>

// Brings a report into one canonical form the parser can match with simple patterns,
// while remembering where every character came from: figures must point at the
// original text, not at the normalised copy.
//
// The normalisation only replaces or drops characters (never inserts), so each
// normalised character maps to exactly one original character:
//  - punctuation to one width: ，；：（）！？ full-width, % and digits ASCII;
//  - radical code points a PDF copy gives for ideographs ("⻓" for 长) mapped back;
//  - thousands separators in numbers (12,345.6, 25 780) dropped;
//  - spaces dropped unless they separate two ASCII words (PDF copies put spaces inside
//    words and numbers: "政 府 工 作 报 告", "394.8 亿元"); tabs kept as a separator;
//  - dash leaders drawn as rules ("──", "— —", "--") made "——";
//  - page numbers, running headers beside them and contents entries dropped;
//  - hard line breaks inside a sentence joined: after a clause mark, inside a number
//    or amount ("46" + "8亿元"), at the end of a line filled to the typeset width of a
//    hard-wrapped copy, a title set over two lines; a break after 。 or after a
//    heading, or before a numbered heading, kept.
class TextNormalizer
{
public:
    struct Result
    {
        QString text;
        // map[i] = offset in the original of text[i]; map[text.size()] = original size.
        QList<int> map;

        int originalStart(int normalisedStart) const;
        // End offset (exclusive) in the original of a normalised range ending at normalisedEnd.
        int originalEnd(int normalisedEnd) const;
    };

    static Result normalize(const QString &original);

    // True for lines that open a numbered section: 一、 （一） 一是 ——
    static bool startsWithHeadingMarker(QStringView line);

    // Whether a line break between these two texts, once the lines are joined, stands
    // for a space: between two ASCII words ("Windows" + "10") yes; inside a number or a
    // placeholder ("37" + "757元", "x" + "x.x亿元") or Chinese text no.
    static bool lineBreakIsSpace(const QString &before, const QString &after);
};
