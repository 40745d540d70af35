import QtQuick
import QtCharts
import Briefing

// Horizontal bars of one SeriesModel, largest on top, all in the series' one unit.
// The ChartView and its series live as long as the panel; new data rebinds the values.
// Tapping a bar opens that figure's detail. With nothing stated yet it shows what is
// pending instead of an empty chart.
Panel {
    id: root

    property SeriesModel series
    property color barColor: Theme.accent
    property bool compact: false
    property int maxBars: 12
    // The series' values top-down: Qt Charts lists categories bottom-up.
    readonly property var barValues: root.series ? root.series.values.slice(0, root.maxBars).reverse() : []
    readonly property var barLabels: root.series ? root.series.labels.slice(0, root.maxBars).reverse() : []
    readonly property var barIds: root.series ? root.series.figureIds.slice(0, root.maxBars).reverse() : []
    readonly property real labelSize: root.compact ? Theme.fontTiny : Theme.fontSmall

    note: {
        if (!root.series || root.series.count === 0)
            return ""
        let text = qsTr("单位：%1").arg(root.series.unit)
        if (root.series.pendingCount > 0)
            text += qsTr(" · 另有%1项待填报").arg(root.series.pendingCount)
        return text
    }

    ChartView {
        id: chart

        visible: root.series !== null && root.series.count > 0
        anchors.fill: parent
        antialiasing: true
        backgroundColor: "transparent"
        plotAreaColor: "transparent"
        legend.visible: false
        animationOptions: ChartView.NoAnimation
        margins.top: 0
        margins.bottom: 0
        margins.left: 0
        margins.right: Theme.gapSmall
        backgroundRoundness: 0

        HorizontalBarSeries {
            id: bars

            barWidth: 0.62
            labelsVisible: true
            labelsPosition: AbstractBarSeries.LabelsOutsideEnd
            labelsFormat: "@value"
            axisY: BarCategoryAxis {
                categories: root.barLabels
                labelsColor: Theme.text
                labelsFont.family: Theme.fontFamily
                labelsFont.pixelSize: root.labelSize
                gridVisible: false
                lineVisible: false
            }
            axisX: ValueAxis {
                min: 0
                max: Theme.niceMax(root.series ? root.series.maxValue : 1)
                labelsVisible: !root.compact
                labelsColor: Theme.textDim
                labelsFont.family: Theme.fontFamily
                labelsFont.pixelSize: Theme.fontTiny
                labelFormat: max <= 5 ? "%.1f" : "%.0f"
                tickCount: 6
                gridLineColor: Theme.panelBorder
                lineVisible: false
            }
            onClicked: (index, barset) => Dashboard.detail.openFigure(root.barIds[index])

            BarSet {
                values: root.barValues
                color: root.barColor
                borderColor: root.barColor
                labelColor: Theme.text
                labelFont.family: Theme.fontFamily
                labelFont.pixelSize: root.labelSize
                labelFont.bold: true
            }
        }
    }

    PendingNotice {
        visible: !chart.visible
        anchors.fill: parent
        count: root.series ? root.series.pendingCount : 0
    }
}
