pragma ComponentBehavior: Bound
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
    note: {
        if (!root.detail)
            return ""
        let parts = []
        if (root.detail.unit !== "")
            parts.push(qsTr("单位：%1").arg(root.detail.unit))
        if (root.detail.trendHasDerived)
            parts.push(qsTr("○ 推算值，非报告数据"))
        else if (root.points.length === 1)
            parts.push(qsTr("仅一年：导入往年报告可见趋势"))
        return parts.join(" · ")
    }
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
            tickCount: 6
            labelFormat: max <= 5 ? "%.1f" : "%.0f"
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
            pointLabelsFont: Qt.font({ "family": Theme.fontFamily, "pixelSize": Theme.fontSmall, "bold": true })
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
            pointLabelsFont: Qt.font({ "family": Theme.fontFamily, "pixelSize": Theme.fontSmall })
        }
    }

    // A finger-sized target on every point: a reported year opens that year's figure
    // (its own report and sentence); a derived year (推算) has nothing behind it.
    Repeater {
        model: chart.visible ? root.points : []

        delegate: Item {
            id: hit

            required property int index
            required property var modelData

            objectName: "trendPoint" + hit.index
            x: chart.x + chart.plotArea.x + (hit.index + 0.5) / root.points.length * chart.plotArea.width - width / 2
            y: chart.y + chart.plotArea.y + chart.plotArea.height * (1 - hit.modelData.value / Math.max(1e-9, yAxis.max))
                - height / 2
            width: Theme.touchTarget
            height: Theme.touchTarget

            TapHandler {
                enabled: !hit.modelData.derived && !hit.modelData.current
                onTapped: Dashboard.detail.openFigure(hit.modelData.figureId)
            }
        }
    }

    PendingNotice {
        visible: root.points.length === 0
        anchors.fill: parent
    }
}
