// The file name as the last resort for a report's county and year.
#include "parse/FileNameHints.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(FileNameHints, CountyFromTheStartAfterAYearOrASeparator)
{
    EXPECT_EQ(FileNameHint::read(u"/tmp/君山区2023年政府工作报告.docx"_s).county, u"君山区"_s);
    EXPECT_EQ(FileNameHint::read(u"2023年高唐县政府工作报告.pdf"_s).county, u"高唐县"_s);
    EXPECT_EQ(FileNameHint::read(u"报告-米易县-定稿.txt"_s).county, u"米易县"_s);
    EXPECT_EQ(FileNameHint::read(u"2024年鄂温克族自治旗政府工作报告.docx"_s).county, u"鄂温克族自治旗"_s);
}

TEST(FileNameHints, GenericWordsAndPlaceholdersAreNoCounty)
{
    EXPECT_TRUE(FileNameHint::read(u"2023年政府工作报告.docx"_s).county.isEmpty());
    EXPECT_TRUE(FileNameHint::read(u"2023年市政府工作报告.docx"_s).county.isEmpty());
    EXPECT_TRUE(FileNameHint::read(u"xx县2023年工作总结.txt"_s).county.isEmpty());
    EXPECT_TRUE(FileNameHint::read(u"本县工作报告.txt"_s).county.isEmpty());
    EXPECT_TRUE(FileNameHint::read(u"county-work-report-draft.txt"_s).county.isEmpty());
}

TEST(FileNameHints, AWorkReportReviewsTheYearBeforeASummaryItsOwn)
{
    const FileNameHints report = FileNameHint::read(u"君山区2023年政府工作报告.docx"_s);
    EXPECT_EQ(report.year, 2022);
    EXPECT_FALSE(report.yearWhy.isEmpty());
    EXPECT_EQ(FileNameHint::read(u"米易县2022年工作总结.txt"_s).year, 2022);
    // A bare year could be either.
    EXPECT_EQ(FileNameHint::read(u"高唐县2023.pdf"_s).year, 0);
    EXPECT_EQ(FileNameHint::read(u"高唐县政府工作报告.pdf"_s).year, 0);
    EXPECT_EQ(FileNameHint::read(u"报告20231.txt"_s).year, 0);
}
