#include "WholeName.h"

#include <QRegularExpression>

namespace WholeName {

namespace {

const QRegularExpression &strayMarks()
{
    static const QRegularExpression stray(QStringLiteral("[0-9０-９、，,。；;：:+＋()（）…“”\"等]"));
    return stray;
}

} // namespace

bool isSentencePiece(const QString &name)
{
    return strayMarks().match(name).hasMatch();
}

bool looksWhole(const QString &label)
{
    // A name of one or two characters is a place or a scope word (村, 镇, 省级, 项目).
    constexpr int kMinChars = 3;
    constexpr int kMaxChars = 16;
    if (label.size() < kMinChars || label.size() > kMaxChars)
        return false;
    // Digits, list marks and stray symbols: a sentence piece, not a name (17.八抓, 网格长+).
    if (isSentencePiece(label))
        return false;
    // Openings that belong to a clause: a comparison (较年初), a preposition or conjunction
    // (在全省, 并实行, 及), a verb of doing (加快, 推动, 构建, 做大, 争取, 持续, 成为, 兜牢).
    static const QRegularExpression clauseStart(QStringLiteral(
        "^(?:较|比|同比|在|并|及|和|与|对|把|将|以|于|为|由|从|向|指|其|该|这|此|等|"
        "加快|推动|推进|构建|做大|做强|做优|争取|持续|成为|兜牢|实现|完成|开展|建立|"
        "打造|提升|加强|深化|全面|积极|共|累计|新建成|已|又|再|均|分别|谋划|规划建设|"
        "创建|争创|获评|评选|入选|打掉|涉及|列入|拉动|纳入|研制|聘任|组建|推行|投放|配发|安装|"
        "开通|认证|认定|培训|培育|引进|实施|申报|更换|带动|稳定|出台|制定)"));
    if (clauseStart.match(label).hasMatch())
        return false;
    // Endings that leave a word unfinished or a clause open (…创, …治, …振, …及, …的).
    static const QRegularExpression openEnd(QStringLiteral("(?:及|和|与|的|或|并|为|创|治|振|公|实|省|市|县|至少|以上|以下|达到|超过)$"));
    if (openEnd.match(label).hasMatch())
        return false;
    // A level or a place on its own, however it is padded (省级以上, 县镇级, 示范村).
    static const QRegularExpression bare(QStringLiteral(
        "^(?:国家级|省级|市级|县级|镇级|村级|省市级|县镇级|[省市县镇乡村]级以上|乡镇|村庄|社区|"
        "项目|企业|道路|路段|产品|示范村|自然村|行政村|帮扶户|脱贫人口|问题|隐患|点位|线路|"
        "成长型产业|提升型产业|以上的重点项目|投资额|年度投资|经济指标)$"));
    return !bare.match(label).hasMatch();
}

} // namespace WholeName
