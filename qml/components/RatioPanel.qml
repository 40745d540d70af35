pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Briefing

// Percentages that are shares or rates (接种率, 失业率, 完成率) as donuts, one per figure.
Panel {
    id: root

    property SeriesModel series
    readonly property int count: root.series ? root.series.count : 0
    readonly property var grid: Theme.fitGrid(body.width, body.height, Math.max(1, root.count), Theme.gapSmall, 0.8, body.height)

    title: qsTr("比率指标")

    Repeater {
        model: root.series

        delegate: Item {
            id: cell

            required property int index
            required property var figureId
            required property string label
            required property real value
            required property string displayValue

            x: (cell.index % root.grid.columns) * (root.grid.cellWidth + Theme.gapSmall)
            y: Math.floor(cell.index / root.grid.columns) * (root.grid.cellHeight + Theme.gapSmall)
            width: root.grid.cellWidth
            height: root.grid.cellHeight

            ChartView {
                id: donut

                anchors {
                    top: parent.top
                    bottom: caption.top
                    horizontalCenter: parent.horizontalCenter
                }
                width: Math.min(parent.width, height)
                antialiasing: true
                backgroundColor: "transparent"
                legend.visible: false
                animationOptions: ChartView.NoAnimation
                margins.top: 0
                margins.bottom: 0
                margins.left: 0
                margins.right: 0

                PieSeries {
                    holeSize: 0.68
                    size: 0.95
                    onClicked: Dashboard.detail.openFigure(cell.figureId)

                    PieSlice {
                        value: cell.value
                        // While a reset tears the delegate down its index is undefined or -1: colour 0 then.
                        color: Theme.palette[Math.max(0, cell.index | 0) % Theme.palette.length]
                        borderColor: "transparent"
                    }
                    PieSlice {
                        value: Math.max(0, 100 - cell.value)
                        color: Theme.panelRaised
                        borderColor: "transparent"
                    }
                }
            }

            Text {
                anchors.centerIn: donut
                text: cell.displayValue + "%"
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Math.min(Theme.fontLarge, donut.width * 0.2)
                font.bold: true
            }

            Text {
                id: caption

                anchors {
                    bottom: parent.bottom
                    left: parent.left
                    right: parent.right
                }
                text: cell.label
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                maximumLineCount: 2
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTiny
                elide: Text.ElideRight
            }

            TapHandler {
                onTapped: Dashboard.detail.openFigure(cell.figureId)
            }
        }
    }

    PendingNotice {
        visible: root.count === 0
        anchors.fill: parent
        count: root.series ? root.series.pendingCount : 0
    }
}
