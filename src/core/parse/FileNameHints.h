#pragma once

#include <QString>

// What a report's file name says about it, the last resort when the text names no county
// or no year: "君山区2023年政府工作报告.docx", "2023年高唐县政府工作报告.pdf", "米易县2022年工作总结.txt".
struct FileNameHints
{
    QString county;   // 君山区; empty when the name gives none
    int year = 0;     // the year the report reviews; 0 when the name does not say
    QString yearWhy;  // how the year was read, for the import's note
};

namespace FileNameHint {

// A 政府工作报告 is delivered early in the year after the one it reviews, so "2023年政府工作报告"
// reviews 2022; a 工作总结 (or 工作回顾) of 2023 reviews 2023. A bare year says nothing.
FileNameHints read(const QString &filePath);

} // namespace FileNameHint
