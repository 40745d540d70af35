#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

// What a printed page adds around the text and a copy out of a PDF brings along:
// page numbers, the running header or footer beside them, the entries of a table of
// contents. None of it is report text; left in, it splits sentences at every page break.
class PageFurniture
{
public:
    // "— 3 —", "-3-", "- 12 -", "第3页", "第 3 页 共 20 页", "3/20", a bare "7" or "iv";
    // at most maxDigits digits, so that a year standing alone ("2023") is no page number.
    static bool isPageNumber(QStringView line, int maxDigits = 3);

    // "一、2023年工作回顾……………3", "目录".
    static bool isContentsEntry(QStringView line);

    // Which of these lines are furniture: page numbers, a line repeated beside page
    // numbers (running header or footer), contents entries, and blank lines next to them.
    static QList<bool> find(const QStringList &lines);
};
