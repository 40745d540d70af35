pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// A domain page: the domain's figures as cards, and beside or below them the charts its
// data suits (totals in one unit, growth rates, shares). Projects with parts get project
// cards. Wide walls put charts beside the cards; 16:9 and 4:3 stack them.
PageBase {
    id: root

    property DomainData domainData
    property bool showProjects: false
    readonly property color accentColor: Theme.domainColor(root.domainData ? root.domainData.domain : "")
    readonly property bool projectMode: root.showProjects && root.domainData !== null && root.domainData.projects.count > 0
    readonly property int cardCount: root.domainData
        ? (root.projectMode ? root.domainData.projects.count : root.domainData.figures.count) : 0
    readonly property int maxCharts: Theme.narrow ? 2 : (Theme.ultraWide ? 4 : 3)
    readonly property var charts: {
        if (!root.domainData)
            return ["primary"]
        const d = root.domainData
        let list = []
        if (d.primary.count > 0 || (d.growth.count === 0 && d.ratios.count === 0))
            list.push("primary")
        if (d.growth.count > 0)
            list.push("growth")
        if (d.ratios.count > 0)
            list.push("ratios")
        if (d.secondary.count > 0)
            list.push("secondary")
        return list.slice(0, root.maxCharts)
    }
    readonly property bool sideBySide: Theme.ultraWide
    readonly property real cardsShare: {
        if (root.sideBySide)
            return 0.42
        if (root.projectMode)
            return 0.5
        return root.cardCount <= 4 ? 0.3 : (root.cardCount <= 10 ? 0.42 : 0.52)
    }

    // On a wide wall the cards take as many columns as let them fill the height in whole
    // rows, so no block beside the charts stays empty; the charts get the rest.
    function wideCardsWidth(width, height) {
        const cards = root.cardCount
        if (cards <= 0 || root.projectMode)
            return width * root.cardsShare
        const minHeight = Theme.cardMaxHeight * 0.75
        let best = null
        for (let rows = 1; rows <= cards; ++rows) {
            const cellHeight = Math.min(Theme.cardMaxHeight, (height - (rows - 1) * Theme.gap) / rows)
            if (cellHeight < minHeight)
                break
            const columns = Math.ceil(cards / rows)
            const empty = rows * columns - cards
            const used = rows * cellHeight
            if (best === null || empty < best.empty || (empty === best.empty && used > best.used))
                best = { "columns": columns, "cellHeight": cellHeight, "empty": empty, "used": used }
        }
        if (best === null)
            return width * root.cardsShare
        const wanted = best.columns * best.cellHeight * 1.7 + (best.columns - 1) * Theme.gap
        // Few charts cannot fill a wall at a sane shape: the cards take what they leave.
        const n = Math.max(1, root.charts.length)
        const chartsWidth = n * height * Theme.chartMaxAspect + (n - 1) * Theme.gap
        return Math.max(width * 0.22, width - chartsWidth - Theme.gap, Math.min(width * 0.6, wanted))
    }

    function slotOf(name) {
        return root.charts.indexOf(name)
    }

    Item {
        id: content

        anchors {
            fill: parent
            leftMargin: Theme.margin
            rightMargin: Theme.margin
            topMargin: Theme.gap
            bottomMargin: Theme.gap
        }

        Item {
            id: cardsArea

            x: 0
            y: 0
            width: root.sideBySide ? root.wideCardsWidth(content.width, content.height) : content.width
            height: root.sideBySide ? content.height : content.height * root.cardsShare

            FigureGrid {
                id: figureGrid

                anchors.fill: parent
                visible: !root.projectMode
                model: root.domainData && !root.projectMode ? root.domainData.figures : null
                reveal: root.reveal
                accentColor: root.accentColor
            }

            Repeater {
                id: projectRepeater

                readonly property var grid: Theme.fitGrid(cardsArea.width, cardsArea.height, root.cardCount, Theme.gap, 0.9, cardsArea.height)

                model: root.projectMode ? root.domainData.projects : null

                delegate: ProjectCard {
                    required property int index

                    x: (index % projectRepeater.grid.columns) * (projectRepeater.grid.cellWidth + Theme.gap)
                    y: Math.floor(index / projectRepeater.grid.columns) * (projectRepeater.grid.cellHeight + Theme.gap)
                    width: projectRepeater.grid.cellWidth
                    height: projectRepeater.grid.cellHeight
                    reveal: root.reveal
                    accentColor: root.accentColor
                }
            }
        }

        Item {
            id: chartsArea

            readonly property int n: Math.max(1, root.charts.length)
            // Charts keep a sane shape on a wide wall: the row is centred, not stretched.
            readonly property real slotWidth: Math.min((width - (n - 1) * Theme.gap) / n, height * Theme.chartMaxAspect)
            readonly property real rowWidth: n * slotWidth + (n - 1) * Theme.gap
            readonly property real firstX: (width - rowWidth) / 2

            function slotX(slot) {
                return chartsArea.firstX + slot * (chartsArea.slotWidth + Theme.gap)
            }

            x: root.sideBySide ? cardsArea.width + Theme.gap : 0
            y: root.sideBySide ? 0 : (root.projectMode ? cardsArea.height : figureGrid.usedHeight) + Theme.gap
            width: content.width - x
            height: content.height - y

            BarChartPanel {
                readonly property int slot: root.slotOf("primary")

                visible: slot >= 0
                x: chartsArea.slotX(slot)
                width: chartsArea.slotWidth
                height: chartsArea.height
                title: root.domainData ? root.domainData.primary.title : ""
                series: root.domainData ? root.domainData.primary : null
                barColor: root.accentColor
                accentColor: root.accentColor
            }

            GrowthPanel {
                readonly property int slot: root.slotOf("growth")

                visible: slot >= 0
                x: chartsArea.slotX(slot)
                width: chartsArea.slotWidth
                height: chartsArea.height
                series: root.domainData ? root.domainData.growth : null
                accentColor: root.accentColor
            }

            RatioPanel {
                readonly property int slot: root.slotOf("ratios")

                visible: slot >= 0
                x: chartsArea.slotX(slot)
                width: chartsArea.slotWidth
                height: chartsArea.height
                series: root.domainData ? root.domainData.ratios : null
                accentColor: root.accentColor
            }

            BarChartPanel {
                readonly property int slot: root.slotOf("secondary")

                visible: slot >= 0
                x: chartsArea.slotX(slot)
                width: chartsArea.slotWidth
                height: chartsArea.height
                title: root.domainData ? root.domainData.secondary.title : ""
                series: root.domainData ? root.domainData.secondary : null
                barColor: Theme.palette[1]
                accentColor: Theme.palette[1]
            }
        }
    }
}
