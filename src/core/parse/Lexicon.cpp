#include "Lexicon.h"

namespace parse {

namespace {

struct Token
{
    const char16_t *text;
    const char16_t *qual;
};

Words words(std::initializer_list<Token> tokens)
{
    Words out;
    for (const Token &t : tokens)
        out.append({QString::fromUtf16(t.text), t.qual ? QString::fromUtf16(t.qual) : QString()});
    return out;
}

QStringList list(std::initializer_list<const char16_t *> items)
{
    QStringList out;
    for (const char16_t *s : items)
        out << QString::fromUtf16(s);
    return out;
}

QRegularExpression re(const char16_t *pattern)
{
    return QRegularExpression(QString::fromUtf16(pattern));
}

QList<Unit> unitTable()
{
    using K = UnitKind;
    struct Row
    {
        const char16_t *surface;
        K kind;
        const char16_t *notBefore = nullptr; // a regex fragment for a negative lookahead
    };
    const Row rows[] = {
        {u"亿美元", K::Money}, {u"万美元", K::Money}, {u"美元", K::Money}, {u"亿元", K::Money},
        {u"万元", K::Money}, {u"元", K::Money}, {u"个百分点", K::Change}, {u"%", K::Change},
        {u"万亩", K::Area}, {u"亩", K::Area}, {u"亿斤", K::Other}, {u"万斤", K::Other},
        {u"万吨标准煤", K::Other}, {u"吨标准煤", K::Other}, {u"万吨", K::Other}, {u"吨", K::Other},
        {u"公斤", K::Other}, {u"千克", K::Other}, {u"万头", K::Other}, {u"头", K::Count},
        {u"万只", K::Other}, {u"万羽", K::Other}, {u"万株", K::Other}, {u"株", K::Other},
        {u"万棵", K::Other}, {u"棵", K::Other}, {u"万公顷", K::Other}, {u"公顷", K::Other},
        {u"万平方公里", K::Other}, {u"平方公里", K::Area}, {u"平方千米", K::Other},
        {u"万平方米", K::Area}, {u"平方米", K::Area}, {u"亿立方米", K::Other}, {u"万立方米", K::Other},
        {u"立方米", K::Other}, {u"公里", K::Other}, {u"千米", K::Other}, {u"米", K::Other},
        {u"亿千瓦时", K::Other}, {u"万千瓦时", K::Other}, {u"千瓦时", K::Other}, {u"万千瓦", K::Other},
        {u"千瓦", K::Other}, {u"兆瓦", K::Other}, {u"万标箱", K::Other}, {u"标箱", K::Other},
        {u"台套", K::Count}, {u"万台", K::Other}, {u"台", K::Count}, {u"万户", K::Count}, {u"户", K::Count},
        {u"亿人次", K::Other}, {u"万人次", K::Other}, {u"人次", K::Other}, {u"万剂次", K::Other},
        {u"剂次", K::Other}, {u"万人", K::Count},
        {u"人", K::Count, u"[民均大口]"}, {u"个", K::Count, u"百分点"}, {u"座", K::Count}, {u"万家", K::Other},
        {u"家", K::Count}, {u"项", K::Count}, {u"栋", K::Count}, {u"处", K::Count}, {u"条", K::Count},
        {u"所", K::Count}, {u"万件", K::Other}, {u"件", K::Count}, {u"部", K::Count, u"门"}, {u"次", K::Other},
        {u"份", K::Count}, {u"万名", K::Other}, {u"名", K::Count}, {u"万辆", K::Other}, {u"辆", K::Count},
        {u"万套", K::Other}, {u"套", K::Count}, {u"间", K::Count}, {u"张", K::Count}, {u"批", K::Count},
        {u"万册", K::Other}, {u"册", K::Other}, {u"倍", K::Change},
        // Days: 优良天数248天, 审批时限压缩至3天 (not 天然气, 天府…).
        {u"天", K::Other, u"[然府津下]"},
    };
    QList<Unit> out;
    for (const Row &r : rows)
        out.append({QString::fromUtf16(r.surface), r.kind, r.notBefore ? QString::fromUtf16(r.notBefore) : QString()});
    return out;
}

Units units()
{
    Units u;
    u.all = unitTable();
    QStringList alternatives;
    for (const Unit &unit : std::as_const(u.all))
        alternatives << unit.surface + (unit.notBefore.isEmpty() ? QString() : QStringLiteral("(?!%1)").arg(unit.notBefore));
    u.pattern = alternatives.join(u'|');
    for (int i = 0; i < u.all.size(); ++i)
        u.bySurface.insert(u.all.at(i).surface, i);
    return u;
}

NameWords names()
{
    NameWords n;
    n.leading = words({
        {u"以及", nullptr}, {u"、", nullptr}, {u"和", nullptr}, {u"及", nullptr}, {u"与", nullptr},
        {u"并", nullptr}, {u"其中", nullptr}, {u"同时", nullptr}, {u"另外", nullptr}, {u"此外", nullptr},
        {u"全年", nullptr}, {u"今年", nullptr}, {u"当年", nullptr}, {u"年内", nullptr}, {u"全县", nullptr},
        {u"全区", nullptr}, {u"全市", nullptr}, {u"全旗", nullptr}, {u"全镇", nullptr}, {u"我县", nullptr},
        {u"我区", nullptr}, {u"我市", nullptr}, {u"共计", nullptr}, {u"合计", nullptr}, {u"累计", u"累计"},
        {u"预计", u"预计"}, {u"实现", nullptr}, {u"完成", nullptr}, {u"上半年", nullptr},
        {u"前三季度", nullptr}, {u"“", nullptr}, {u"”", nullptr}, {u"力争", nullptr}, {u"确保", nullptr},
        {u"预期", nullptr}, {u"年末", nullptr}, {u"年底", nullptr}, {u"截至目前", nullptr}, {u"目前", nullptr},
        {u"首次", u"首次"},
    });
    // Longer verbs first: the first token that ends the name is taken.
    n.trailing = words({
        {u"每人每月", nullptr}, {u"每人每年", nullptr}, {u"每月", nullptr}, {u"每年", nullptr},
        {u"提高到", nullptr}, {u"提高至", nullptr}, {u"提升到", nullptr}, {u"提升至", nullptr},
        {u"增加到", nullptr}, {u"增加至", nullptr}, {u"增长到", nullptr}, {u"增长至", nullptr},
        {u"扩大到", nullptr}, {u"扩大至", nullptr}, {u"上升到", nullptr}, {u"上升至", nullptr},
        {u"下降到", nullptr}, {u"下降至", nullptr}, {u"降低到", nullptr}, {u"降低至", nullptr},
        {u"减少到", nullptr}, {u"减少至", nullptr}, {u"缩小到", nullptr}, {u"缩小至", nullptr},
        {u"压减至", nullptr}, {u"压减到", nullptr}, {u"压缩至", nullptr}, {u"压缩到", nullptr},
        {u"降至", nullptr}, {u"增至", nullptr}, {u"调整为", nullptr}, {u"调整到", nullptr},
        {u"实现了", nullptr}, {u"完成了", nullptr}, {u"达到了", nullptr}, {u"实现", nullptr},
        {u"完成", nullptr}, {u"达到", nullptr}, {u"已达", nullptr}, {u"达", nullptr}, {u"为", nullptr},
        {u"是", nullptr}, {u"至", nullptr}, {u"到", nullptr}, {u"分别", nullptr}, {u"共计", nullptr},
        {u"合计", nullptr}, {u"总计", nullptr}, {u"共", nullptr}, {u"累计", u"累计"}, {u"预计", u"预计"},
        {u"逼近", u"逼近"}, {u"接近", u"近"}, {u"约", u"约"}, {u"近", u"近"}, {u"超过", u"超"},
        {u"超", u"超"}, {u"突破", u"突破"}, {u"控制在", nullptr}, {u"保持在", nullptr}, {u"稳定在", nullptr},
        {u"同比", nullptr}, {u"比上年", nullptr}, {u"年均", nullptr}, {u"已", nullptr}, {u"有", nullptr},
        {u"均", nullptr}, {u"，", nullptr}, {u"、", nullptr}, {u"首次", u"首次"}, {u"首度", u"首次"},
        {u"再次", nullptr}, {u"一举", nullptr}, {u"成功", nullptr},
    });
    n.leadingVerbs = words({
        {u"升级新建", nullptr}, {u"新改建", nullptr}, {u"排查整治", nullptr}, {u"检查指导", nullptr},
        {u"集体研究", nullptr}, {u"带头讲", nullptr}, {u"建设", nullptr}, {u"新建", nullptr},
        {u"建成", nullptr}, {u"改造", nullptr}, {u"更新", nullptr}, {u"治理", nullptr},
        {u"引进", nullptr}, {u"建立", nullptr}, {u"落实", nullptr}, {u"发放", nullptr},
        {u"清理", nullptr}, {u"清查", nullptr}, {u"梳理", nullptr}, {u"敷设", nullptr},
        {u"改建", nullptr}, {u"抢修", nullptr}, {u"修建", nullptr}, {u"硬化", nullptr},
        {u"维修", nullptr}, {u"施划", nullptr}, {u"拆除", nullptr}, {u"培育", nullptr},
        {u"打造", nullptr}, {u"开展", nullptr}, {u"组织", nullptr}, {u"召开", nullptr},
        {u"办理", nullptr}, {u"办复", nullptr}, {u"发布", nullptr}, {u"下发", nullptr},
        {u"排查", nullptr}, {u"整治", nullptr}, {u"参加", nullptr}, {u"学习", nullptr},
        {u"实施", nullptr}, {u"深入", nullptr}, {u"升级", nullptr}, {u"提升", nullptr}, {u"改扩建", nullptr},
        {u"扩建", nullptr}, {u"修缮", nullptr}, {u"铺设", nullptr}, {u"栽植", nullptr}, {u"整修", nullptr},
    });
    n.nounStops = list({u"完成", u"实现", u"投产", u"开工", u"建成", u"达到", u"正在", u"逐项", u"分解", u"获批",
                        u"落地", u"入驻", u"全面", u"顺利", u"通过", u"已", u"被", u"均", u"共", u"的", u"等", u"在",
                        u"累计", u"年产值", u"整体", u"出列", u"摘帽", u"竣工", u"完工", u"投用", u"挂牌", u"签约",
                        u"落户", u"获评", u"列入", u"纳入", u"验收", u"成功", u"稳定", u"得到", u"获得", u"荣获",
                        u"参与", u"受益", u"和", u"及"});
    n.nounTails = list({u"建设", u"全部", u"改造", u"提升"});
    n.parallel = list({u"存栏", u"出栏", u"出口", u"进口", u"存款", u"贷款", u"收入", u"支出", u"产量", u"产值"});
    n.pairs = {{QStringLiteral("存贷款"), {QStringLiteral("存款"), QStringLiteral("贷款")}},
               {QStringLiteral("进出口"), {QStringLiteral("进口"), QStringLiteral("出口")}},
               {QStringLiteral("收支"), {QStringLiteral("收入"), QStringLiteral("支出")}}};
    n.listSeparator = re(u"以及|[、和及与]");
    n.basis = re(u"按(?:可比价格?|现价|可比口径|同口径)(?:计算)?");
    n.together = re(u"^(?:全年|全县)?(?:共|总共|共计|合计)(?=接待|实施|完成|建成|引进|发放|落实|争取|新增|投入|组织|举办|开展|培训|办理|签约|帮助|救助|解决)");
    n.streak = re(u"连续[一二三四五六七八九十两\\d]{1,3}年");
    n.aside = re(u"（[^（）]{0,14}）|(?:过去|近|这)?[二三四五六七八九十]年(?:来|间|中)?(?![级度行计规])|“?十[一二三四五]五”?(?:期间|时期|以来)?");
    n.innerVerb = re(u"(?<=..)(?:实现|完成|达到)(?=(?:总?产值|营业收入|主营业务收入|销售收入|利润|利税|税收|增加值|交易额|销售额)$)");
    n.verbOrPlace = re(
        u"(?:推进|实施|开展|完成|建设|建成|引进|培育|壮大|打造|落实|组织|举办|争取|谋划|储备|启动|开工|"
        u"招引|创建|认定|申报|解决|帮助|带动|吸纳|安置|培训|救助|资助|走访|排查|化解|办结|受理|查处|"
        u"处理|发放|覆盖|惠及|服务|新建|改造|提升|整治|治理|获批|入选|获评|新增|分解|聚集|集聚|"
        u"吸引|入驻|扶持|支持|推动|完善|筹建|在建|续建|荣获|获得|到|至|向|对|为|给|等|小镇|乡镇|园区|产业园|开发区)$");
    n.total = re(u"^(?:总数|总量|总计|总规模|总面积|总里程|总产值|总产量|总户数|总人数|总数量|数量|总)$");
    n.fresh = re(u"^(?:新增|净增|新建|新培育|新认定|新引进|新开工|引进|培育|认定|新)|(?:新增|净增|新认定)$");
    n.ofPlan = re(u"^(?:年度|全年|年初)(?:计划|目标|任务)的?$");
    n.delta = re(u"^(?:比|较|同比)(?:上年|去年|年初|上年同期|\\d{4}年)?(?:末|底|同期)?净?(?:增加|减少|多增|少增|增长|下降)$");
    n.planExcess = re(u"(?:超额完成|超过|超出|多完成)(?:年度|全年)?(?:任务|目标|计划)$");
    n.level = re(u"^(?:国家|省|市|县|区|州|盟|镇)级$");
    n.measure = re(u"^(?:总?产值|营业收入|主营业务收入|销售收入|营收|利润|利税|税收|产量|总产值|年产值|交易额|销售额)$");
    n.when = re(u"(?:\\d{4}|[xX]{4})年(?:底|末)?|年底|年末|当年|目前");
    n.predicate = re(u"首次|首度|历史性|再次|一举|成功|顺利|继续|持续|稳步|保持|实现|突破|跨越|迈上|站上|跃上|跃居|达到|超过|完成|迈入|进入");
    n.investName = re(u"^(?:累计|总|共)?(?:(?:投入|投资|筹措|争取|整合)(?:资金)?|投入[\\x{3400}-\\x{9FFF}]{1,4}资金)$");
    n.investObject = re(u"^，?(用于|实施|建设|建立|推进|开展|打造|的)?([^，。；！？：（\\n]{1,24})");
    return n;
}

ChangeWords changes()
{
    ChangeWords c;
    c.growthTail = re(
        u"(?:同比|[比较与](?:上年|去年|\\d{4}年)(?:末|底|同期)?|年均|平均|分别|自然|均|基本|保持|可比|名义|实际|现价)*"
        u"(?:负增长|增长|下降|减少|增幅|增速|提高|提升|降低|回落|下滑|上涨|上升|增加|持平)"
        u"了?(?:分别)?(?:为|达|达到)?$");
    c.fromTail = re(u"(?:由|从)(?:(\\d{4})年(?:的|底|末)?)?$");
    c.toHead = re(u"^(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|发展|跃升|降|增|减|升)?(?:到|至)(?:\\d{4}年(?:的|底|末)?)?$");
    c.comparison = re(u"高于|低于|快于|慢于|超过|超出|高出|领先|拉动");
    c.connector = re(u"^(?:[、和及与]|以及)$");
    c.timesOf = re(u"(?:是|为|相当于)[^，。；]{0,16}的$");
    c.down = re(u"(?:下降|减少|降低|回落|下滑|负增长)");
    c.lastYear = re(u"[比较与]上年|[比较与]去年|上年同期");
    c.baseYear = re(u"[比较与](\\d{4})年");
    c.estimated = re(u"^(?:(?:\\d{4}|[xX]{4})年，?)?预计");
    c.rank = re(
        u"(?:(?:增速|增幅|总量|总面积|总额|规模)?(?:位列|位居|居于|居|排名|排在|排|列)(?:全国|全省|全市|全州|全盟|全区|省|市|同类县市?|同类)"
        u"[^，。；！？、]{0,8}?(?:第[一二三四五六七八九十\\d]+(?:位|名)?|前列|前[一二三四五六七八九十\\d]+(?:位|名)?|首位|榜首))"
        u"|(?:(?:全国|全省|全市|全盟|全州)[^，。；！？、\\d]{0,6}?(?:最快|最高|最多|最好|第一))");
    c.rankMore = re(u"^(?:、|和|及|以及)(第[一二三四五六七八九十\\d]+(?:位|名)?|前列|首位)");
    c.rankOrdinal = re(u"第[一二三四五六七八九十\\d]+(?:位|名)?$|前列$|首位$");
    return c;
}

QuantityWords quantities(const Units &units)
{
    QuantityWords q;
    q.quantity = QRegularExpression(
        QStringLiteral("(?<![0-9A-Za-z.])(-?)(\\d+(?:\\.\\d+)?|[xX]+(?:\\.[xX]+)?)(余|多)?(%1)(余|多)?(左右|以内|以上|之内|大关)?")
            .arg(units.pattern));
    q.flat = re(u"持平");
    q.bare = re(u"(?:降至|降到|下降到|下降至|降低到|降低至|减少到|减少至|减至|增至|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至)"
                u"(\\d+(?:\\.\\d+)?)(?![\\d.%xXA-Za-z\\x{3400}-\\x{9FFF}])");
    q.attributeGap = re(u"^的?[\\x{3400}-\\x{9FFF}]{1,8}$");
    q.attributeThings = re(u"^的?(?:项目|企业|工程|工业项目|产业项目|重大项目|重点项目)");
    return q;
}

HeaderWords header()
{
    HeaderWords h;
    h.level1 = re(u"^([一二三四五六七八九十]{1,3})、(.*)$");
    h.level2 = re(u"^（([一二三四五六七八九十]{1,3})）(.*)$");
    h.level3 = re(u"^([一二三四五六七八九十]{1,3})是(.*)$");
    // "1.聚焦项目建设" / "1、…" / "（1）…" as a heading line of its own, never "1.5亿元…".
    h.arabic = re(u"^[（]?(\\d{1,2})[、.）](?![\\d%])(.{2,40})$");
    h.arabicLead = re(u"^(\\d{1,2})[、.](?![\\d%])([^。；！？\\d]{4,30})[。！]");
    h.notHeading = re(u"会议上|\\d{1,2}月\\d{1,2}日|各位代表|县长|区长|市长|旗长");
    h.congress = re(u"在([\\p{Han}]{2,12}?)第[一二三四五六七八九十\\d]+届");
    h.government = re(u"((?!年)[\\p{Han}xX]{1,6}?[县区旗])(?:人民)?政府");
    h.titleCounty = re(u"^([\\p{Han}]{2,6}?[县区旗市])(?:人民政府)?\\d{4}年");
    h.selfReference = re(u"我([县区旗市])");
    h.placeNouns = list({u"园区", u"城区", u"社区", u"景区", u"辖区", u"片区", u"矿区", u"老区", u"全区",
                         u"本区", u"该区", u"各区", u"市区", u"郊区", u"小区", u"新区", u"发区", u"范区", u"验区",
                         u"能区", u"护区", u"聚区", u"业区", u"全县", u"本县", u"该县", u"各县", u"全旗", u"全市",
                         u"本市", u"城市", u"县市", u"省市", u"各市", u"超市", u"夜市", u"股市", u"楼市", u"集市"});
    h.placeLeads = QStringLiteral("在为把将让使对是的了和与及等全动进助向从到给于至由入");
    h.titleReport = re(u"(\\d{4})年[^\\n]{0,10}?政府工作报告");
    h.cityPrefix = re(u"^[\\p{Han}]{2,4}?市(?=[\\p{Han}]{2,}[县区旗]$)");
    h.review = re(u"(\\d{4})年(?:度)?(?:(?:和|及|暨|以及)“?十[一二三四五六七八九]五”?(?:时期|期间)?)?"
                  u"(?:上半年|前三季度|一季度|前三个季度)?(?:主要)?(?:工作|经济社会发展)(?:回顾|总结|情况)");
    h.leadYear = re(u"(?:^|\\n)[^\\n]{0,6}?(\\d{4})年，");
    h.pastYears = re(u"过去(?:的)?(?:一|五)年|“?十[一二三四五六七八九]五”?(?:时期|期间)?(?:主要)?工作回顾|本届政府(?:工作)?回顾");
    h.sessionDate = re(u"(\\d{4})年\\d{1,2}月(?:\\d{1,2}日)?");
    h.hanDate = re(u"([〇○零一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月");
    h.date = re(u"(\\d{4})年\\d{1,2}月\\d{1,2}日");
    h.titleYear = re(u"(\\d{4})年[^\\n]{0,12}(?:工作总结|工作报告)");
    h.titleTail = re(u"[—\\-－]+全文$");
    return h;
}

HighlightWords highlights()
{
    HighlightWords h;
    h.first = re(u"首次|首个|首家|第一|率先|填补[^，。；]{0,16}空白|零的突破");
    h.national = re(u"国家级|全国");
    h.provincial = re(u"省级|全省");
    h.record = re(u"历史新高|新高|创[^，。；]{0,8}纪录|倍增|翻番");
    return h;
}

} // namespace

const Unit *Units::find(const QString &surface) const
{
    const auto it = bySurface.constFind(surface);
    return it == bySurface.constEnd() ? nullptr : &all.at(*it);
}

bool Units::is(const QString &surface, UnitKind kind) const
{
    const Unit *u = find(surface);
    return u && u->kind == kind;
}

Lexicon::Lexicon()
    : units(parse::units())
    , names(parse::names())
    , changes(parse::changes())
    , quantities(parse::quantities(units))
    , header(parse::header())
    , highlights(parse::highlights())
{
}

} // namespace parse
