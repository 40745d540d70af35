<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>BarListPanel</name>
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
    <name>ChartBuilder</name>
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
        <source>资金规模</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>居民收入</source>
        <translation>Resident income</translation>
    </message>
    <message>
        <source>保障标准</source>
        <translation>Support standards</translation>
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
        <source>能源</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>外资金额</source>
        <translation>Foreign capital</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>年均增速</source>
        <translation>Average annual growth</translation>
    </message>
    <message>
        <source>主要指标增速</source>
        <translation>Growth of key indicators</translation>
    </message>
    <message>
        <source>比率指标</source>
        <translation>Rates and shares</translation>
    </message>
    <message>
        <source>余额</source>
        <translation>Balances</translation>
    </message>
</context>
<context>
    <name>CurationBox</name>
    <message>
        <source>墙上显示</source>
        <translation>On the wall</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>不在墙上显示</source>
        <translation>Hide from the wall</translation>
    </message>
    <message>
        <source>固定到页面</source>
        <translation>Pin to a page</translation>
    </message>
    <message>
        <source>不固定（自动）</source>
        <translation>Not pinned (automatic)</translation>
    </message>
    <message>
        <source>前移</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>后移</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>总览头条</source>
        <translation>Overview headlines</translation>
    </message>
    <message>
        <source>移出头条</source>
        <translation>Remove from headlines</translation>
    </message>
    <message>
        <source>设为头条</source>
        <translation>Make a headline</translation>
    </message>
    <message>
        <source>未选择：墙上自动挑选头条指标</source>
        <translation>None chosen: the wall picks the headlines itself</translation>
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
    <message>
        <source>数据不一致：%1</source>
        <translation>Data inconsistent: %1</translation>
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
    <name>DomainPage</name>
    <message numerus="yes">
        <source>全部数据
%n项</source>
        <translation>
            <numerusform>All data
%n item</numerusform>
            <numerusform>All data
%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Domains</name>
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
        <source>政府建设</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>目标任务</source>
        <translation>Targets</translation>
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
    <message>
        <source>增幅 %1%</source>
        <translation>growth %1%</translation>
    </message>
</context>
<context>
    <name>FigureEditor</name>
    <message>
        <source>在左侧选择一个指标</source>
        <translation>Choose a figure on the left</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>数值（占位 %1）</source>
        <translation>Value (placeholder %1)</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>数值（%1）</source>
        <translation>Value (%1)</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>增幅（%）</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <source>“%1”在报告中首次出现于 #%2；墙上的名称、隐藏和位置在那一项上调整。</source>
        <translation>“%1” first occurs in the report as #%2; its label, visibility and position on the wall are set there.</translation>
    </message>
</context>
<context>
    <name>FigureRow</name>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>  %1%</source>
        <translation>  %1%</translation>
    </message>
    <message>
        <source>回顾</source>
        <translation>review</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>target</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>名词</source>
        <translation>glossary</translation>
    </message>
    <message>
        <source>隐藏</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>固定%1</source>
        <translation>pinned %1</translation>
    </message>
    <message>
        <source>头条%1</source>
        <translation>headline %1</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>全部页面</source>
        <translation>All pages</translation>
    </message>
    <message>
        <source>全部部分</source>
        <translation>All parts</translation>
    </message>
    <message>
        <source>当年成绩</source>
        <translation>Results of the year</translation>
    </message>
    <message>
        <source>多年回顾</source>
        <translation>Multi-year review</translation>
    </message>
    <message>
        <source>预期目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>工作安排</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>名词解释</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>搜索名称、句子或 #编号</source>
        <translation>Search name, sentence or #id</translation>
    </message>
    <message>
        <source>%1 / %2 项</source>
        <translation>%1 / %2 figures</translation>
    </message>
</context>
<context>
    <name>FullList</name>
    <message numerus="yes">
        <source>全部数据（%n项）</source>
        <translation>
            <numerusform>All data (%n item)</numerusform>
            <numerusform>All data (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>点按一行查看详情</source>
        <translation>Tap a row for its detail</translation>
    </message>
    <message>
        <source>按报告顺序</source>
        <translation>Report order</translation>
    </message>
    <message>
        <source>按数值大小</source>
        <translation>By size</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FullListRow</name>
    <message>
        <source>增幅 %1%</source>
        <translation>growth %1%</translation>
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
        <source>· %1年</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>往年 · 最新为%1年</source>
        <translation>Earlier year · newest is %1</translation>
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
    <message numerus="yes">
        <source>（另%n项见全部数据）</source>
        <translation>
            <numerusform> (%n more in All data)</numerusform>
            <numerusform> (%n more in All data)</numerusform>
        </translation>
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
    <name>HistoryModel</name>
    <message>
        <source>数值</source>
        <translation>value</translation>
    </message>
    <message>
        <source>增幅</source>
        <translation>change</translation>
    </message>
    <message>
        <source>显示名称</source>
        <translation>label</translation>
    </message>
    <message>
        <source>隐藏</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>固定到页面</source>
        <translation>pinned</translation>
    </message>
    <message>
        <source>总览头条</source>
        <translation>headline</translation>
    </message>
    <message>
        <source>待填报</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>（报告原名）</source>
        <translation>(the report&apos;s name)</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>shown</translation>
    </message>
    <message>
        <source>未固定</source>
        <translation>not pinned</translation>
    </message>
    <message>
        <source>%1 第%2位</source>
        <translation>%1, position %2</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>第%1位</source>
        <translation>position %1</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>%1 · %2：%3 → %4</source>
        <translation>%1 · %2: %3 → %4</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>重新导入后，以下 %1 项调整找不到对应指标（名称已变或已删除）：</source>
        <translation>After the last import, %1 wall decision(s) no longer find their figure (renamed or removed):</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>还没有修改记录。</source>
        <translation>No changes yet.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>总览</source>
        <translation>Overview</translation>
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
    <name>PageTitles</name>
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
        <source>政府建设</source>
        <translation>Governance</translation>
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
    <name>PendingModel</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>报告未给出数据</source>
        <translation>No figures in the report</translation>
    </message>
</context>
<context>
    <name>PendingRow</name>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>数值（%1）</source>
        <translation>Value (%1)</translation>
    </message>
    <message>
        <source>%1增幅（%）</source>
        <translation>%1 change (%)</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <source>填入统计局发布的数值；占位（如 xx.x）决定位数。下降的增幅填负数。</source>
        <translation>Enter the numbers the statistics bureau released; the placeholder (such as xx.x) sets the digits. A fall is a negative change.</translation>
    </message>
    <message>
        <source>这份报告没有待填报的数值。</source>
        <translation>This report has no placeholders left.</translation>
    </message>
    <message>
        <source>%1 项不符合占位</source>
        <translation>%1 do not fit their placeholder</translation>
    </message>
    <message>
        <source>保存全部（%1 项）</source>
        <translation>Save all (%1)</translation>
    </message>
</context>
<context>
    <name>PrepareSession</name>
    <message>
        <source>显示名称“%1”</source>
        <translation>label “%1”</translation>
    </message>
    <message>
        <source>隐藏</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>固定到%1</source>
        <translation>pinned to %1</translation>
    </message>
    <message>
        <source>总览头条</source>
        <translation>overview headline</translation>
    </message>
    <message>
        <source>未保存：%1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>没有要保存的数值</source>
        <translation>Nothing to save</translation>
    </message>
    <message>
        <source>已保存 %1 项，墙上几秒内更新</source>
        <translation>Saved %1; the wall follows within seconds</translation>
    </message>
    <message>
        <source>没有这个指标</source>
        <translation>No such figure</translation>
    </message>
    <message>
        <source>请输入数值或增幅</source>
        <translation>Enter a value or a change</translation>
    </message>
    <message>
        <source>已更正 %1</source>
        <translation>Corrected %1</translation>
    </message>
    <message>
        <source>已恢复报告原名</source>
        <translation>The wall shows the report&apos;s name again</translation>
    </message>
    <message>
        <source>墙上显示为“%1”</source>
        <translation>The wall shows “%1”</translation>
    </message>
    <message>
        <source>已从墙上隐藏</source>
        <translation>Hidden from the wall</translation>
    </message>
    <message>
        <source>已在墙上显示</source>
        <translation>Shown on the wall</translation>
    </message>
    <message>
        <source>已固定到%1第%2位</source>
        <translation>Pinned to %1 at position %2</translation>
    </message>
    <message>
        <source>已取消固定</source>
        <translation>Unpinned</translation>
    </message>
    <message>
        <source>已调整%1的卡片顺序</source>
        <translation>Card order of %1 changed</translation>
    </message>
    <message>
        <source>已移出总览头条</source>
        <translation>Removed from the overview headlines</translation>
    </message>
    <message>
        <source>已加入总览头条</source>
        <translation>Added to the overview headlines</translation>
    </message>
    <message>
        <source>已调整总览头条顺序</source>
        <translation>Headline order changed</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
</context>
<context>
    <name>PrepareWindow</name>
    <message>
        <source>%1 %2年 · 数据准备</source>
        <translation>%1 %2 · Preparation</translation>
    </message>
    <message>
        <source>数据准备</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>%1（不是墙上显示的最新报告）</source>
        <translation>%1 (not the newest report, which the wall shows)</translation>
    </message>
    <message>
        <source>待填报（%1）</source>
        <translation>Pending (%1)</translation>
    </message>
    <message>
        <source>全部指标</source>
        <translation>All figures</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>修改记录（%1）</source>
        <translation>History (%1)</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>墙面尺寸</source>
        <translation>Wall size</translation>
    </message>
    <message>
        <source>页面</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>与墙上显示的内容一致，修改后自动更新</source>
        <translation>As the wall shows it; follows every change</translation>
    </message>
    <message>
        <source>墙上显示的是最新一份报告（%1 %2年），不是正在准备的这一份</source>
        <translation>The wall shows the newest report (%1 %2), not the one being prepared</translation>
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
    <name>TargetGroup</name>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>预期目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>实际完成</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <source>未提及</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>✓ 达成</source>
        <translation>✓ Met</translation>
    </message>
    <message>
        <source>× 未达成</source>
        <translation>× Missed</translation>
    </message>
    <message>
        <source>— 不可比</source>
        <translation>— n/a</translation>
    </message>
</context>
<context>
    <name>TargetRows</name>
    <message>
        <source>个百分点</source>
        <translation> points</translation>
    </message>
    <message>
        <source>倍</source>
        <translation>-fold</translation>
    </message>
    <message>
        <source>增长%1</source>
        <translation>up %1</translation>
    </message>
    <message>
        <source>下降%1</source>
        <translation>down %1</translation>
    </message>
    <message>
        <source>%1以上</source>
        <translation>%1 or more</translation>
    </message>
    <message>
        <source>%1左右</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>%1以内</source>
        <translation>%1 or less</translation>
    </message>
    <message>
        <source>%1以下</source>
        <translation>below %1</translation>
    </message>
    <message>
        <source>控制在%1</source>
        <translation>kept to %1</translation>
    </message>
    <message>
        <source>达到%1</source>
        <translation>reach %1</translation>
    </message>
    <message>
        <source>待填报</source>
        <translation>pending</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>%1年目标完成情况</source>
        <translation>%1 targets: results</translation>
    </message>
    <message>
        <source>达成 %1 项 · 未达成 %2 项 · 共 %3 项</source>
        <translation>%1 met · %2 missed · %3 in all</translation>
    </message>
    <message>
        <source>%1年预期目标</source>
        <translation>%1 targets</translation>
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
    <message>
        <source>历年增速</source>
        <translation>Change by year</translation>
    </message>
    <message>
        <source>各年比上年增长，报告未列总量</source>
        <translation>Each year&apos;s change on the year before; the reports give no level</translation>
    </message>
    <message>
        <source>报告未列历年数值</source>
        <translation>The reports give no values by year</translation>
    </message>
</context>
<context>
    <name>ValueInput</name>
    <message>
        <source>不要输入千位分隔符或逗号</source>
        <translation>No thousands separators or commas</translation>
    </message>
    <message>
        <source>“%1”不是数字</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>与占位 %1 不符：应为 %2 至 %3，最多 %4 位小数</source>
        <translation>Does not fit the placeholder %1: %2 to %3, at most %4 decimal(s)</translation>
    </message>
    <message>
        <source>这个数值不带正负号</source>
        <translation>This value takes no sign</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
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
        <source>较年初</source>
        <translation>since Jan.</translation>
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
    <message>
        <source>个百分点</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>倍</source>
        <translation>×</translation>
    </message>
</context>
<context>
    <name>YearCharts</name>
    <message>
        <source>%1历年变化</source>
        <translation>%1 by year</translation>
    </message>
    <message>
        <source>主要指标历年变化</source>
        <translation>Main indicators by year</translation>
    </message>
</context>
<context>
    <name>YearsPanel</name>
    <message>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
</context>
</TS>
