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
//  - Qualifiers are comma-separated in text order of kind: 预计,累计,约,近,超,突破,
//    逼近,余,多,左右,以内,以上,大关.
class ReportParser
{
public:
    static ParsedReport parse(const QString &text);
};
