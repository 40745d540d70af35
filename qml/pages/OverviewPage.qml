pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// The overview: headline counters, one small chart per domain, the highlights ticker.
PageBase {
    id: root

    readonly property int counterColumns: Theme.ultraWide ? 10 : (Theme.narrow ? 3 : 6)
    readonly property int counterRows: Theme.narrow ? 2 : 1
    readonly property var domains: Dashboard.domains

    signal domainRequested(string domain)

    Item {
        id: content

        anchors {
            fill: parent
            leftMargin: Theme.margin
            rightMargin: Theme.margin
            topMargin: Theme.gap
            bottomMargin: Theme.gap
        }

        FigureGrid {
            id: counters

            x: 0
            y: 0
            width: content.width
            height: Math.min(content.height * (Theme.narrow ? 0.36 : 0.3), root.counterRows * Theme.cardMaxHeight + (root.counterRows - 1) * Theme.gap)
            model: Dashboard.headlines
            maxCount: root.counterColumns * root.counterRows
            reveal: root.reveal
            minAspect: 1.3
        }

        Item {
            id: charts

            readonly property int cells: root.domains.length + 1
            readonly property var grid: Theme.fitGrid(width, height, cells, Theme.gap, Theme.ultraWide ? 0.9 : (Theme.narrow ? 0.9 : 1.2), height)

            x: 0
            y: counters.usedHeight + Theme.gap
            width: content.width - ticker.width - Theme.gap
            height: content.height - y

            Repeater {
                model: root.domains.length

                delegate: DomainMiniChart {
                    required property int index

                    x: (index % charts.grid.columns) * (charts.grid.cellWidth + Theme.gap)
                    y: Math.floor(index / charts.grid.columns) * (charts.grid.cellHeight + Theme.gap)
                    width: charts.grid.cellWidth
                    height: charts.grid.cellHeight
                    domainData: root.domains[index]
                }
            }

            SummaryTile {
                x: (root.domains.length % charts.grid.columns) * (charts.grid.cellWidth + Theme.gap)
                y: Math.floor(root.domains.length / charts.grid.columns) * (charts.grid.cellHeight + Theme.gap)
                width: charts.grid.cellWidth
                height: charts.grid.cellHeight
            }
        }

        HighlightsTicker {
            id: ticker

            x: content.width - width
            y: charts.y
            width: content.width * (Theme.ultraWide ? 0.24 : (Theme.narrow ? 0.36 : 0.3))
            height: content.height - y
        }
    }
}
