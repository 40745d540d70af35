<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>BarChartPanel</name>
    <message>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source> · 另有%1项待填报</source>
        <translation> · %1 more pending</translation>
    </message>
</context>
<context>
    <name>BarListPanel</name>
    <message>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>数据文件无法读取</source>
        <translation>Data file unreadable</translation>
    </message>
    <message>
        <source>数据文件不存在：%1</source>
        <translation>Data file missing: %1</translation>
    </message>
    <message>
        <source>数据文件不可用，显示上次的数据</source>
        <translation>Data file unavailable; showing last good data</translation>
    </message>
    <message>
        <source>数据读取失败，显示上次的数据</source>
        <translation>Data read failed; showing last good data</translation>
    </message>
    <message>
        <source>数据库服务器不可用，显示上次的数据</source>
        <translation>Database server unavailable; showing the last data</translation>
    </message>
    <message>
        <source>无法连接数据库服务器</source>
        <translation>Cannot connect to the database server</translation>
    </message>
</context>
<context>
    <name>DetailModel</name>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>上年</source>
        <translation>Prior year</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>%1（推算）</source>
        <translation>%1 (derived)</translation>
    </message>
    <message>
        <source>%1（%2年）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DetailSource</name>
    <message>
        <source>原文出处</source>
        <translation>Source text</translation>
    </message>
    <message>
        <source>显示原文占位 · 点按显示填报值</source>
        <translation>Placeholders as in the report · tap for the filled values</translation>
    </message>
    <message>
        <source>着色为填报值 · 点按显示原文占位</source>
        <translation>Tinted: filled values · tap for the placeholders</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>‹ 返回</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>关闭 ✕</source>
        <translation>Close ✕</translation>
    </message>
    <message>
        <source>待填报</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>%1 %2% 待填报</source>
        <translation>%1 %2% pending</translation>
    </message>
    <message>
        <source>增长</source>
        <translation>up</translation>
    </message>
    <message>
        <source>下降</source>
        <translation>down</translation>
    </message>
    <message>
        <source>示例数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>推算</source>
        <translation>Derived</translation>
    </message>
    <message>
        <source>构成（%1项）</source>
        <translation>Made of (%1)</translation>
    </message>
    <message>
        <source>同句数据（%1项）</source>
        <translation>Same sentence (%1)</translation>
    </message>
    <message>
        <source>下方还有%1项，上滑查看</source>
        <translation>%1 more below, swipe up</translation>
    </message>
    <message>
        <source>已到底，下滑回到开头</source>
        <translation>End of list, swipe down for the start</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>待填报</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>增长</source>
        <translation>up</translation>
    </message>
    <message>
        <source>增幅 %1% 待填报</source>
        <translation>Change %1% pending</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>工程投资</source>
        <translation>Project investment</translation>
    </message>
    <message>
        <source>投资额</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>经济总量</source>
        <translation>Economic output</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <source>居民收入</source>
        <translation>Resident income</translation>
    </message>
    <message>
        <source>人均金额</source>
        <translation>Per-capita amounts</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>畜禽数量</source>
        <translation>Livestock</translation>
    </message>
    <message>
        <source>面积</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>产量</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>里程</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>外资金额</source>
        <translation>Foreign capital</translation>
    </message>
    <message>
        <source>设施数量</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Counts</translation>
    </message>
</context>
<context>
    <name>GrowthPanel</name>
    <message>
        <source>增长速度</source>
        <translation>Growth</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>县情</source>
        <translation>County</translation>
    </message>
    <message>
        <source>%1 · %2年</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>政府工作报告数据看板</source>
        <translation>Government work report briefing</translation>
    </message>
    <message numerus="yes">
        <source>%n项待填报</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>已暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>示例数据</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>HighlightItem</name>
    <message>
        <source>报告摘录</source>
        <translation>From the report</translation>
    </message>
</context>
<context>
    <name>HighlightsTicker</name>
    <message>
        <source>工作亮点</source>
        <translation>Highlights</translation>
    </message>
    <message numerus="yes">
        <source>%n条</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>暂无亮点</source>
        <translation>No highlights yet</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>经济运行</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>现代农业</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>产业项目</source>
        <translation>Industry &amp; projects</translation>
    </message>
    <message>
        <source>城乡建设</source>
        <translation>Urban renewal</translation>
    </message>
    <message>
        <source>社会事业</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>%1 · 数据看板</source>
        <translation>%1 · Briefing</translation>
    </message>
    <message>
        <source>县情数据看板</source>
        <translation>County Briefing Screen</translation>
    </message>
    <message>
        <source>数据溯源</source>
        <translation>Drill-down</translation>
    </message>
    <message>
        <source>尚无数据：请先导入政府工作报告</source>
        <translation>No data yet: import a government work report first</translation>
    </message>
</context>
<context>
    <name>PartRow</name>
    <message>
        <source>%1%2 待填报</source>
        <translation>%1 %2 pending</translation>
    </message>
    <message>
        <source>增长%1%</source>
        <translation>up %1%</translation>
    </message>
    <message>
        <source>下降%1%</source>
        <translation>down %1%</translation>
    </message>
</context>
<context>
    <name>PendingNotice</name>
    <message>
        <source>待填报</source>
        <translation>Pending</translation>
    </message>
    <message numerus="yes">
        <source>%n项数据待统计部门发布</source>
        <translation>
            <numerusform>%n figure awaiting the statistics bureau</numerusform>
            <numerusform>%n figures awaiting the statistics bureau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message>
        <source>待填报</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>%1%2 待填报</source>
        <translation>%1 %2 pending</translation>
    </message>
</context>
<context>
    <name>RatioPanel</name>
    <message>
        <source>比率指标</source>
        <translation>Rates</translation>
    </message>
</context>
<context>
    <name>SummaryTile</name>
    <message>
        <source>数据概况</source>
        <translation>Data status</translation>
    </message>
    <message>
        <source>项数据</source>
        <translation>figures</translation>
    </message>
    <message numerus="yes">
        <source>其中%n项待填报</source>
        <translation>
            <numerusform>%n of them pending</numerusform>
            <numerusform>%n of them pending</numerusform>
        </translation>
    </message>
    <message>
        <source>全部已填报</source>
        <translation>All filled in</translation>
    </message>
    <message>
        <source>部分数值为示例数据，仅供演示</source>
        <translation>Some values are demo data, for demonstration only</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>个百分点</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>倍</source>
        <translation>×</translation>
    </message>
    <message>
        <source>同比</source>
        <translation>YoY</translation>
    </message>
    <message>
        <source>比上年</source>
        <translation>vs. last year</translation>
    </message>
    <message>
        <source>年均</source>
        <translation>yearly avg.</translation>
    </message>
    <message>
        <source>增长</source>
        <translation>growth</translation>
    </message>
    <message>
        <source>增幅</source>
        <translation>growth</translation>
    </message>
    <message>
        <source>自然增幅</source>
        <translation>natural growth</translation>
    </message>
    <message>
        <source>同口径</source>
        <translation>like-for-like</translation>
    </message>
    <message>
        <source>百分点</source>
        <translation>pts</translation>
    </message>
    <message>
        <source>倍数</source>
        <translation>multiple</translation>
    </message>
    <message>
        <source>预计</source>
        <translation>est.</translation>
    </message>
    <message>
        <source>累计</source>
        <translation>cumulative</translation>
    </message>
    <message>
        <source>约</source>
        <translation>about</translation>
    </message>
    <message>
        <source>近</source>
        <translation>nearly</translation>
    </message>
    <message>
        <source>超</source>
        <translation>over</translation>
    </message>
    <message>
        <source>突破</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>逼近</source>
        <translation>approaching</translation>
    </message>
    <message>
        <source>余</source>
        <translation>over</translation>
    </message>
    <message>
        <source>多</source>
        <translation>over</translation>
    </message>
    <message>
        <source>左右</source>
        <translation>approx.</translation>
    </message>
    <message>
        <source>以内</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>以上</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>大关</source>
        <translation>milestone</translation>
    </message>
    <message>
        <source>首次</source>
        <translation>first time</translation>
    </message>
    <message>
        <source>区间</source>
        <translation>range</translation>
    </message>
    <message>
        <source>基期</source>
        <translation>base year</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>历年趋势</source>
        <translation>Trend by year</translation>
    </message>
    <message>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>○ 推算值，非报告数据</source>
        <translation>○ derived, not reported</translation>
    </message>
    <message>
        <source>仅一年：导入往年报告可见趋势</source>
        <translation>One year only: import earlier reports for a trend</translation>
    </message>
    <message>
        <source>%1 待填报</source>
        <translation>%1 pending</translation>
    </message>
    <message>
        <source>待填报</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>┆ 口径变化，前后不可直接比较</source>
        <translation>┆ basis changed, not comparable across</translation>
    </message>
</context>
</TS>
