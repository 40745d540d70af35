pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Briefing

// The indicator across the years, oldest first. Reported years are solid points; years
// derived from the next year's change (推算) are hollow gold with a dashed line; a year its
// report leaves pending is a grey point (at its derived place, or on the axis); where a report
// explains a change of basis (口径调整 …) the line breaks and says so instead of falling.
// Drawn by hand rather than with Qt Charts: every label is placed inside the plot with its
// head-room reserved in pixels, so nothing is ever clipped at any size.
Panel {
    id: root

    property DetailModel detail
    readonly property var points: root.detail ? root.detail.trend : []
    readonly property real axisMax: Theme.niceMax(root.detail ? root.detail.trendMax : 1)
    readonly property real axisMin: root.detail && root.detail.trendMin < 0 ? -Theme.niceMax(-root.detail.trendMin) : 0
    readonly property bool hasPending: root.points.some(p => p.pending)
    readonly property bool hasBreak: root.points.some(p => p.breakNote !== "")
    // An indicator the reports give as changes only (生产总值 增长5%): the years' changes.
    readonly property bool ofChanges: root.points.length > 0 && root.points[0].growth

    function hasValue(p) {
        return p.value !== undefined && p.value !== null
    }

    function pointLabel(p) {
        if (p.pending)
            return root.hasValue(p) ? qsTr("%1 待填报").arg(p.displayValue) : qsTr("待填报")
        return p.displayValue
    }

    title: root.ofChanges ? qsTr("历年增速") : qsTr("历年趋势")
    note: {
        if (!root.detail)
            return ""
        let parts = []
        if (root.ofChanges)
            parts.push(qsTr("各年比上年增长，报告未列总量"))
        else if (root.detail.unit !== "")
            parts.push(qsTr("单位：%1").arg(root.detail.unit))
        if (root.detail.trendHasDerived)
            parts.push(qsTr("○ 推算值，非报告数据"))
        if (root.hasBreak)
            parts.push(qsTr("┆ 口径变化，前后不可直接比较"))
        if (root.points.length === 1)
            parts.push(qsTr("仅一年：导入往年报告可见趋势"))
        return parts.join(" · ")
    }

    Item {
        id: plot

        readonly property real marker: Theme.px(22)
        readonly property real axisWidth: Theme.fontTiny * 3.2
        // Room above the highest point for its marker and its label; below the axis for two
        // lines of year labels.
        readonly property real plotTop: plot.marker / 2 + metrics.height + Theme.gapSmall
        readonly property real plotBottom: plot.height - 2 * metrics.height - Theme.gapSmall
        readonly property real slot: (plot.width - plot.axisWidth) / Math.max(1, root.points.length)

        function xAt(index) {
            return plot.axisWidth + (index + 0.5) * plot.slot
        }

        function yAt(value) {
            const span = Math.max(1e-9, root.axisMax - root.axisMin)
            return plot.plotTop + (plot.plotBottom - plot.plotTop) * (1 - (value - root.axisMin) / span)
        }

        function yOf(p) {
            return root.hasValue(p) ? plot.yAt(p.value) : plot.yAt(Math.max(0, root.axisMin))
        }

        objectName: "trendPlot"
        visible: root.points.length > 0
        anchors.fill: parent

        FontMetrics {
            id: metrics

            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        // Grid and value axis: six ticks from the axis minimum to its maximum.
        Repeater {
            model: 6

            delegate: Item {
                id: tick

                required property int index
                readonly property real value: root.axisMin + (root.axisMax - root.axisMin) * tick.index / 5

                width: plot.width
                height: 1
                y: plot.yAt(tick.value)

                Rectangle {
                    x: plot.axisWidth
                    width: plot.width - plot.axisWidth
                    height: Math.max(1, Theme.border / 2)
                    color: Theme.panelBorder
                }

                Text {
                    anchors {
                        right: parent.left
                        rightMargin: -plot.axisWidth + Theme.gapSmall
                        verticalCenter: parent.top
                    }
                    text: Theme.formatNumber(tick.value, root.axisMax - root.axisMin <= 5 ? 1 : 0)
                    color: Theme.textDim
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTiny
                }
            }
        }

        // The line from each point to the one before: solid between reported years, dashed
        // to or from a derived one, none across a break, to a year without a value, or across
        // a year no report states a change for.
        Repeater {
            model: root.points

            delegate: Shape {
                id: segment

                required property int index
                required property var modelData
                readonly property var previous: segment.index > 0 ? root.points[segment.index - 1] : null

                // Changes of years apart are not joined: the year between has none stated.
                visible: segment.previous !== null && root.hasValue(segment.modelData)
                    && root.hasValue(segment.previous) && segment.modelData.breakNote === ""
                    && (!segment.modelData.growth || segment.modelData.year - segment.previous.year === 1)
                anchors.fill: parent

                ShapePath {
                    strokeColor: Theme.accent
                    strokeWidth: Theme.px(4)
                    fillColor: "transparent"
                    strokeStyle: segment.previous && (segment.previous.derived || segment.modelData.derived)
                        ? ShapePath.DashLine : ShapePath.SolidLine
                    dashPattern: [2, 2]
                    startX: plot.xAt(segment.index - 1)
                    startY: segment.previous ? plot.yOf(segment.previous) : 0

                    PathLine {
                        x: plot.xAt(segment.index)
                        y: plot.yOf(segment.modelData)
                    }
                }
            }
        }

        // A break the report explains: a dashed rule between the two years and its words.
        Repeater {
            model: root.points

            delegate: Item {
                id: breakMark

                required property int index
                required property var modelData

                objectName: "trendBreak" + breakMark.index
                visible: breakMark.modelData.breakNote !== ""
                x: plot.xAt(breakMark.index) - plot.slot / 2
                y: plot.plotTop
                width: 1
                height: plot.plotBottom - plot.plotTop

                Shape {
                    anchors.fill: parent

                    ShapePath {
                        strokeColor: Theme.gold
                        strokeWidth: Theme.px(2)
                        strokeStyle: ShapePath.DashLine
                        dashPattern: [3, 3]
                        startX: 0
                        startY: 0

                        PathLine {
                            x: 0
                            y: breakMark.height
                        }
                    }
                }

                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    width: Math.min(implicitWidth, plot.slot * 0.9)
                    text: breakMark.modelData.breakNote
                    color: Theme.gold
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTiny
                    wrapMode: Text.WrapAnywhere
                    horizontalAlignment: Text.AlignHCenter
                    style: Text.Outline
                    styleColor: Theme.panel
                }
            }
        }

        // Points, their labels, the year under each, and a finger-sized target: a reported or
        // pending year opens that year's figure (its own report and sentence); a year only
        // derived (推算) has nothing behind it.
        Repeater {
            model: root.points

            delegate: Item {
                id: point

                required property int index
                required property var modelData
                readonly property color tint: point.modelData.pending ? Theme.pending
                    : (point.modelData.derived ? Theme.gold : Theme.accent)

                objectName: "trendPoint" + point.index
                x: plot.xAt(point.index) - width / 2
                y: plot.yOf(point.modelData) - height / 2
                width: Theme.touchTarget
                height: Theme.touchTarget

                Rectangle {
                    anchors.centerIn: parent
                    width: point.modelData.current ? plot.marker * 1.3 : plot.marker
                    height: width
                    radius: width / 2
                    color: point.modelData.derived || point.modelData.pending ? Theme.panel : Theme.accent
                    border.color: point.modelData.derived || point.modelData.pending ? point.tint : Theme.text
                    border.width: Theme.px(3)
                }

                Text {
                    objectName: "trendLabel" + point.index
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: (parent.height - plot.marker) / 2 - height
                    width: Math.min(implicitWidth, Math.max(plot.slot, plot.marker))
                    text: root.pointLabel(point.modelData)
                    color: point.modelData.derived || point.modelData.pending ? point.tint : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: labelMetrics.width > plot.slot ? Theme.fontTiny : Theme.fontSmall
                    font.bold: !point.modelData.derived && !point.modelData.pending
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignHCenter
                }

                // The label at full size, to tell whether it fits its slot.
                TextMetrics {
                    id: labelMetrics

                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    text: root.pointLabel(point.modelData)
                }

                TapHandler {
                    enabled: point.modelData.figureId > 0 && !point.modelData.current
                    onTapped: Dashboard.detail.openFigure(point.modelData.figureId)
                }
            }
        }

        Repeater {
            model: root.points

            delegate: Text {
                id: yearLabel

                required property int index
                required property var modelData

                x: plot.xAt(yearLabel.index) - width / 2
                y: plot.plotBottom + Theme.gapSmall
                width: plot.slot
                text: yearLabel.modelData.label
                color: yearLabel.modelData.derived ? Theme.gold : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WrapAnywhere
                maximumLineCount: 2
            }
        }
    }

    // No year to draw: pending only when the figure is; else the reports give no level or change.
    PendingNotice {
        visible: root.points.length === 0 && root.detail !== null && root.detail.pending
        anchors.fill: parent
        pending: true
    }

    Text {
        objectName: "trendEmpty"
        visible: root.points.length === 0 && !(root.detail !== null && root.detail.pending)
        anchors.centerIn: parent
        width: parent.width * 0.8
        text: qsTr("报告未列历年数值")
        color: Theme.textFaint
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
