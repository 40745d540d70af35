<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>BarChartPanel</name>
    <message>
        <location filename="../qml/components/BarChartPanel.qml" line="25"/>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/BarChartPanel.qml" line="27"/>
        <source> · 另有%1项待填报</source>
        <translation> · %1 more pending</translation>
    </message>
</context>
<context>
    <name>BarListPanel</name>
    <message>
        <location filename="../qml/components/BarListPanel.qml" line="25"/>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../src/models/Dashboard.cpp" line="130"/>
        <location filename="../src/models/Dashboard.cpp" line="182"/>
        <location filename="../src/models/Dashboard.cpp" line="186"/>
        <source>数据文件无法读取</source>
        <translation>Data file unreadable</translation>
    </message>
    <message>
        <location filename="../src/models/Dashboard.cpp" line="154"/>
        <source>数据文件不存在：%1</source>
        <translation>Data file missing: %1</translation>
    </message>
    <message>
        <location filename="../src/models/Dashboard.cpp" line="182"/>
        <location filename="../src/models/Dashboard.cpp" line="186"/>
        <source>数据文件不可用，显示上次的数据</source>
        <translation>Data file unavailable; showing last good data</translation>
    </message>
    <message>
        <location filename="../src/models/Dashboard.cpp" line="193"/>
        <source>数据读取失败，显示上次的数据</source>
        <translation>Data read failed; showing last good data</translation>
    </message>
</context>
<context>
    <name>DetailModel</name>
    <message>
        <location filename="../src/models/DetailModel.cpp" line="248"/>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/models/DetailModel.cpp" line="250"/>
        <source>上年</source>
        <translation>Prior year</translation>
    </message>
    <message>
        <location filename="../src/models/DetailModel.cpp" line="252"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../src/models/DetailModel.cpp" line="253"/>
        <source>%1（推算）</source>
        <translation>%1 (derived)</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../qml/components/DetailView.qml" line="54"/>
        <source>‹ 返回</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../qml/components/DetailView.qml" line="77"/>
        <source>关闭 ✕</source>
        <translation>Close ✕</translation>
    </message>
    <message>
        <location filename="../qml/components/DetailView.qml" line="146"/>
        <source>待填报</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../qml/components/DetailView.qml" line="156"/>
        <source>%1 %2% 待填报</source>
        <translation>%1 %2% pending</translation>
    </message>
    <message>
        <location filename="../qml/components/DetailView.qml" line="161"/>
        <source>增长</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../qml/components/DetailView.qml" line="161"/>
        <source>下降</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../qml/components/DetailView.qml" line="194"/>
        <source>示例数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../qml/components/DetailView.qml" line="224"/>
        <source>推算</source>
        <translation>Derived</translation>
    </message>
    <message>
        <location filename="../qml/components/DetailView.qml" line="239"/>
        <source>构成（%1项）</source>
        <translation>Made of (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/DetailView.qml" line="240"/>
        <source>同句数据（%1项）</source>
        <translation>Same sentence (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/DetailView.qml" line="258"/>
        <source>无细分数据</source>
        <translation>No breakdown</translation>
    </message>
    <message>
        <location filename="../qml/components/DetailView.qml" line="284"/>
        <source>原文出处</source>
        <translation>Source text</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <location filename="../qml/pages/DomainPage.qml" line="12"/>
        <source>主要指标</source>
        <translation>Main indicators</translation>
    </message>
    <message>
        <location filename="../qml/pages/DomainPage.qml" line="13"/>
        <source>其他指标</source>
        <translation>Other indicators</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../qml/delegates/FigureCard.qml" line="125"/>
        <source>待填报</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../qml/delegates/FigureCard.qml" line="136"/>
        <source>增长</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../qml/delegates/FigureCard.qml" line="138"/>
        <source>增幅 %1% 待填报</source>
        <translation>Change %1% pending</translation>
    </message>
</context>
<context>
    <name>GrowthPanel</name>
    <message>
        <location filename="../qml/components/GrowthPanel.qml" line="7"/>
        <source>增长速度</source>
        <translation>Growth</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../qml/components/Header.qml" line="68"/>
        <source>县情</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../qml/components/Header.qml" line="69"/>
        <source>%1 · %2年</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/components/Header.qml" line="80"/>
        <source>政府工作报告数据看板</source>
        <translation>Government work report briefing</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/Header.qml" line="173"/>
        <source>%n项待填报</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/Header.qml" line="184"/>
        <source>已暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../qml/components/Header.qml" line="191"/>
        <source>示例数据</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>HighlightItem</name>
    <message>
        <location filename="../qml/delegates/HighlightItem.qml" line="19"/>
        <source>报告摘录</source>
        <translation>From the report</translation>
    </message>
</context>
<context>
    <name>HighlightsTicker</name>
    <message>
        <location filename="../qml/components/HighlightsTicker.qml" line="16"/>
        <source>工作亮点</source>
        <translation>Highlights</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/HighlightsTicker.qml" line="17"/>
        <source>%n条</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/HighlightsTicker.qml" line="84"/>
        <source>暂无亮点</source>
        <translation>No highlights yet</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="12"/>
        <source>总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="12"/>
        <source>经济运行</source>
        <translation>Economy</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="12"/>
        <source>现代农业</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="12"/>
        <source>产业项目</source>
        <translation>Industry &amp; projects</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="13"/>
        <source>城乡建设</source>
        <translation>Urban renewal</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="13"/>
        <source>社会事业</source>
        <translation>Social services</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="103"/>
        <source>%1 · 数据看板</source>
        <translation>%1 · Briefing</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="103"/>
        <source>县情数据看板</source>
        <translation>County Briefing Screen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="161"/>
        <source>数据溯源</source>
        <translation>Drill-down</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="207"/>
        <source>主要经济指标</source>
        <translation>Key economic indicators</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="208"/>
        <source>其他经济指标</source>
        <translation>Other economic indicators</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="215"/>
        <source>农业生产规模</source>
        <translation>Farm production</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="216"/>
        <source>农业其他指标</source>
        <translation>Other farm indicators</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="223"/>
        <source>园区与项目</source>
        <translation>Parks and projects</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="224"/>
        <source>产业规模</source>
        <translation>Industry scale</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="232"/>
        <source>五大工程投资</source>
        <translation>Five projects: investment</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="233"/>
        <source>建设成果</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="240"/>
        <source>民生投入</source>
        <translation>Social spending</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="241"/>
        <source>社会保障</source>
        <translation>Social security</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="272"/>
        <source>尚无数据：请先导入政府工作报告</source>
        <translation>No data yet: import a government work report first</translation>
    </message>
</context>
<context>
    <name>PartRow</name>
    <message>
        <location filename="../qml/delegates/PartRow.qml" line="42"/>
        <source>%1%2 待填报</source>
        <translation>%1 %2 pending</translation>
    </message>
    <message>
        <location filename="../qml/delegates/PartRow.qml" line="44"/>
        <source>增长%1%</source>
        <translation>up %1%</translation>
    </message>
</context>
<context>
    <name>PendingNotice</name>
    <message>
        <location filename="../qml/components/PendingNotice.qml" line="16"/>
        <source>待填报</source>
        <translation>Pending</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/PendingNotice.qml" line="26"/>
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
        <location filename="../qml/delegates/ProjectCard.qml" line="89"/>
        <source>待填报</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../qml/delegates/ProjectCard.qml" line="162"/>
        <source>%1%2 待填报</source>
        <translation>%1 %2 pending</translation>
    </message>
</context>
<context>
    <name>RatioPanel</name>
    <message>
        <location filename="../qml/components/RatioPanel.qml" line="14"/>
        <source>比率指标</source>
        <translation>Rates</translation>
    </message>
</context>
<context>
    <name>SummaryTile</name>
    <message>
        <location filename="../qml/components/SummaryTile.qml" line="8"/>
        <source>数据概况</source>
        <translation>Data status</translation>
    </message>
    <message>
        <location filename="../qml/components/SummaryTile.qml" line="31"/>
        <source>项数据</source>
        <translation>figures</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/SummaryTile.qml" line="40"/>
        <source>其中%n项待填报</source>
        <translation>
            <numerusform>%n of them pending</numerusform>
            <numerusform>%n of them pending</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/SummaryTile.qml" line="40"/>
        <source>全部已填报</source>
        <translation>All filled in</translation>
    </message>
    <message>
        <location filename="../qml/components/SummaryTile.qml" line="50"/>
        <source>部分数值为示例数据，仅供演示</source>
        <translation>Some values are demo data, for demonstration only</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../qml/components/TrendChart.qml" line="31"/>
        <source>历年趋势</source>
        <translation>Trend by year</translation>
    </message>
    <message>
        <location filename="../qml/components/TrendChart.qml" line="37"/>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/TrendChart.qml" line="39"/>
        <source>○ 推算值，非报告数据</source>
        <translation>○ derived, not reported</translation>
    </message>
</context>
</TS>
