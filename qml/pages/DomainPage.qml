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
    // The composer decided the charts for this screen; the page draws them in order.
    readonly property int chartCount: root.domainData ? root.domainData.chartCount : 0
    readonly property bool listOpen: fullList.visible
    readonly property bool sideBySide: Theme.ultraWide
    readonly property real cardsShare: {
        if (root.sideBySide)
            return 0.42
        if (root.projectMode)
            return 0.5
        // Without charts the cards take the page and grow.
        if (root.chartCount === 0)
            return 1
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
        const n = Math.max(1, root.chartCount)
        const chartsWidth = n * height * Theme.chartMaxAspect + (n - 1) * Theme.gap
        return Math.max(width * 0.22, width - chartsWidth - Theme.gap, Math.min(width * 0.6, wanted))
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
            // Without charts the list's tab stands at the right of the cards.
            width: root.sideBySide && root.chartCount > 0 ? root.wideCardsWidth(content.width, content.height)
                : content.width - (root.chartCount > 0 ? 0 : listBar.width + Theme.gap)
            height: root.sideBySide ? content.height : content.height * root.cardsShare

            FigureGrid {
                id: figureGrid

                anchors.fill: parent
                visible: !root.projectMode
                model: root.domainData && !root.projectMode ? root.domainData.figures : null
                reveal: root.reveal
                accentColor: root.accentColor
                // Without charts the cards are the page: they grow to fill it.
                maxCellHeight: root.chartCount === 0 ? cardsArea.height : Theme.cardMaxHeight
            }

            Repeater {
                id: projectRepeater

                readonly property var grid: Theme.fitGrid(cardsArea.width, cardsArea.height, root.cardCount, Theme.gap, 0.9, cardsArea.height)
                readonly property real usedHeight: grid.rows * grid.cellHeight + (grid.rows - 1) * Theme.gap

                model: root.projectMode ? root.domainData.projects : null

                delegate: ProjectCard {
                    required property int index

                    onFigureRequested: id => Dashboard.detail.openFigure(id)

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

            readonly property int n: Math.max(1, root.chartCount)
            // Charts keep a sane shape on a wide wall: the row is centred, not stretched. Under
            // the cards the row spans the page, so a lone chart leaves no empty bands beside it.
            readonly property real slotWidth: {
                const even = (width - (n - 1) * Theme.gap) / n
                return root.sideBySide ? Math.min(even, height * Theme.chartMaxAspect) : even
            }
            readonly property real rowWidth: n * slotWidth + (n - 1) * Theme.gap
            readonly property real firstX: (width - rowWidth) / 2

            visible: root.chartCount > 0
            x: root.sideBySide ? cardsArea.width + Theme.gap : 0
            // The charts start under the rows in use, so no empty band stays between them.
            y: root.sideBySide ? 0 : (root.projectMode ? projectRepeater.usedHeight : figureGrid.usedHeight) + Theme.gap
            // The list's tab takes a slim column at the row's end, never a strip of height.
            width: content.width - x - listBar.width - Theme.gap
            height: content.height - y

            Repeater {
                model: root.chartCount

                delegate: ChartSlot {
                    required property int index

                    x: chartsArea.firstX + index * (chartsArea.slotWidth + Theme.gap)
                    width: chartsArea.slotWidth
                    height: chartsArea.height
                    series: root.domainData ? root.domainData.charts[index] : null
                    accentColor: index === 0 ? root.accentColor : Theme.palette[index % Theme.palette.length]
                }
            }
        }

        // The way to the rest of the domain (全部数据): a slim tab at the end of the charts'
        // row, or beside the cards when there are no charts, so it takes no height of its own.
        TouchButton {
            id: listBar

            objectName: "fullListButton"
            x: content.width - width
            y: root.chartCount > 0 ? chartsArea.y : cardsArea.y
            width: Theme.touchTarget * 1.5
            height: root.chartCount > 0 ? chartsArea.height : Math.max(Theme.touchTarget, figureGrid.usedHeight)
            text: qsTr("全部数据\n%n项", "", root.domainData ? root.domainData.all.count : 0)
            wrapWidth: Theme.fontBody * 2.2
            onClicked: fullList.visible = true
        }

        FullList {
            id: fullList

            objectName: "fullList"
            anchors.fill: parent
            visible: false
            model: root.domainData ? root.domainData.all : null
            accentColor: root.accentColor
            onCloseRequested: fullList.visible = false
        }
    }

    // A page that is left closes its list: the next visit starts with the cards.
    onCurrentChanged: {
        if (!root.current)
            fullList.visible = false
    }
}
