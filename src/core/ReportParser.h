#pragma once

#include "Figure.h"

#include <QString>

// Turns the decoded text of a county work report into its structure (sections), its
// figures and the sentences worth a place on the highlights ticker. A pure function of
// the text: all offsets it returns point into that same text.
//
// Naming conventions (what the store and the screens rely on):
//  - Figure::name is the report's own noun phrase, with the verbs around it removed
//    (实现/完成/达到/为, 建设/改造/…) and leading scope words (全县/全年) dropped.
//  - 城乡/城镇和农村 … 分别 lists become one figure per item: 城镇居民… and 农村居民….
//  - "投入N实施X工程" is named "X工程投入"; the counts that follow in the same sentence
//    are its children (parentIndex), a second measure of the same item gets "面积".
//  - Five-year reviews (从2010年的X增加到2015年的Y / 由X增加到Y): the figure carries Y;
//    X is a child figure named "<name>（2010年）" (or "<name>（起点）" without a year)
//    with qualifier 基期.
//  - Qualifiers are comma-separated: 预计,累计,约,近,超,突破,逼近,余,多,左右,以内,以上,
//    大关, plus 首次, 连续N年 ("连续三年") and 区间 (a range "3-5个" / "6%-7%", whose
//    value is its lower bound).
//  - Changes: growth in percent with growthKind 同比/比上年/比2015年/年均/自然增幅/增幅/增长;
//    "提高1.2个百分点" is growth 1.2 with growthKind 百分点; "增长1.5倍" and "是…的1.8倍"
//    keep the number as written with growthKind 倍 (the sentence says which); 持平 is
//    growth 0. A comparison ("高于全省1.2个百分点") is neither a change nor a figure.
//  - A count named by a verb phrase or a place takes the noun it counts
//    ("加快推进38项重点工作建设" → 重点工作, "xx小镇x家水企业" → 水企业); a bare total or
//    share takes its subject ("…企业24家，总数达到159家" → …企业总数, "完成投资…，占年度计划
//    的112%" → …投资占年度计划).
class ReportParser
{
public:
    static ParsedReport parse(const QString &text);
};
