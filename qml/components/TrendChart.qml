import QtQuick
import QtCharts
import Briefing

// The indicator across the years in the store, oldest first. Reported years are solid
// points; years derived from a later year's change (推算) are hollow and marked so.
Panel {
    id: root

    property DetailModel detail
    readonly property var points: root.detail ? root.detail.trend : []

    function refill() {
        const old = xAxis.categoriesLabels
        for (let i = 0; i < old.length; ++i)
            xAxis.remove(old[i])
        line.clear()
        reported.clear()
        derived.clear()
        for (let i = 0; i < root.points.length; ++i) {
            const p = root.points[i]
            xAxis.append(p.label, i)
            line.append(i, p.value)
            if (p.derived)
                derived.append(i, p.value)
            else
                reported.append(i, p.value)
        }
    }

    title: qsTr("历年趋势")
    note: root.detail && root.detail.unit !== "" ? qsTr("单位：%1").arg(root.detail.unit) : ""
    onPointsChanged: root.refill()
    Component.onCompleted: root.refill()

    ChartView {
        id: chart

        visible: root.points.length > 0
        anchors.fill: parent
        antialiasing: true
        backgroundColor: "transparent"
        plotAreaColor: "transparent"
        legend.visible: false
        animationOptions: ChartView.NoAnimation
        margins.top: Theme.gapSmall
        margins.bottom: 0
        margins.left: 0
        margins.right: Theme.gap

        CategoryAxis {
            id: xAxis

            min: -0.5
            max: Math.max(0.5, root.points.length - 0.5)
            labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
            labelsColor: Theme.text
            labelsFont.family: Theme.fontFamily
            labelsFont.pixelSize: Theme.fontSmall
            gridVisible: false
            lineVisible: false
        }

        ValueAxis {
            id: yAxis

            min: 0
            max: Theme.niceMax(root.detail ? root.detail.trendMax : 1)
            tickCount: 5
            labelFormat: "%.0f"
            labelsColor: Theme.textDim
            labelsFont.family: Theme.fontFamily
            labelsFont.pixelSize: Theme.fontTiny
            gridLineColor: Theme.panelBorder
            lineVisible: false
        }

        LineSeries {
            id: line

            axisX: xAxis
            axisY: yAxis
            color: Theme.accent
            width: Theme.px(4)
            pointLabelsVisible: false
        }

        ScatterSeries {
            id: reported

            axisX: xAxis
            axisY: yAxis
            color: Theme.accent
            borderColor: Theme.text
            borderWidth: Theme.px(2)
            markerSize: Theme.px(22)
            pointLabelsVisible: true
            pointLabelsFormat: "@yPoint"
            pointLabelsColor: Theme.text
            pointLabelsFont.family: Theme.fontFamily
            pointLabelsFont.pixelSize: Theme.fontSmall
            pointLabelsFont.bold: true
        }

        ScatterSeries {
            id: derived

            axisX: xAxis
            axisY: yAxis
            color: Theme.panel
            borderColor: Theme.gold
            borderWidth: Theme.px(3)
            markerSize: Theme.px(22)
            pointLabelsVisible: true
            pointLabelsFormat: "@yPoint"
            pointLabelsColor: Theme.gold
            pointLabelsFont.family: Theme.fontFamily
            pointLabelsFont.pixelSize: Theme.fontSmall
        }
    }

    Text {
        anchors {
            left: parent.left
            bottom: parent.bottom
        }
        visible: root.detail !== null && root.detail.trendHasDerived
        text: qsTr("○ 推算：由下一年数值与增幅反推，非报告数据")
        color: Theme.gold
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTiny
    }

    PendingNotice {
        visible: root.points.length === 0
        anchors.fill: parent
    }
}
