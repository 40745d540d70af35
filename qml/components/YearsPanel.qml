pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Briefing

// A page's headline indicators across the county's reports: one group of bars per
// indicator, one bar per year, oldest first, each with its year and value written out, on
// one axis (one unit family). A year whose report explains a change of basis (口径调整,
// 剔除虚增空转) gets a dashed rule and those words, so its drop reads as a break.
Panel {
    id: root

    property SeriesModel series
    property color barColor: Theme.accent
    readonly property var names: root.series ? root.series.seriesNames : []
    readonly property var pointSeries: root.series ? root.series.pointSeries : []
    readonly property var labels: root.series ? root.series.labels : []
    readonly property int count: root.labels.length
    readonly property string shownYear: String(Dashboard.year)
    // Each indicator's group: its first point and how many years it has.
    readonly property var groups: {
        let out = []
        for (let i = 0; i < root.pointSeries.length; ++i) {
            const last = out.length > 0 ? out[out.length - 1] : null
            if (last !== null && last.name === root.pointSeries[i])
                ++last.size
            else
                out.push({ "name": root.pointSeries[i], "first": i, "size": 1 })
        }
        return out
    }
    // Rows of bars plus half a row between groups.
    readonly property real rowHeight: root.count > 0
        ? Math.min(body.height / (root.count + 0.5 * (root.groups.length - 1)), Theme.fontBody * 2.4) : 0
    readonly property real fontSize: Math.min(Theme.fontSmall, root.rowHeight * 0.55)
    readonly property real maxValue: root.series ? Math.max(root.series.maxValue, 0) : 0
    // The indicator's name stands left of its group when there are several.
    readonly property real nameWidth: {
        if (root.groups.length < 2)
            return 0
        let ems = 0
        for (let i = 0; i < root.names.length; ++i)
            ems = Math.max(ems, root.names[i].length)
        return Math.min(body.width * 0.3, (Math.min(ems, 5) + 0.5) * root.fontSize)
    }
    readonly property real yearWidth: root.fontSize * 3.6
    readonly property real barX: root.nameWidth + root.yearWidth + Theme.gapSmall
    readonly property real valueWidth: root.fontSize * 4.2
    readonly property real span: Math.max(0, body.width - root.barX - root.valueWidth)

    function groupOf(index) {
        return Math.max(0, root.names.indexOf(root.pointSeries[index]))
    }

    function colourOf(group) {
        return group === 0 ? root.barColor : Theme.palette[group % Theme.palette.length]
    }

    // The row's top: its place in the list plus half a row per group before it.
    function rowY(index) {
        return (index + 0.5 * root.groupOf(index)) * root.rowHeight
    }

    // A bar opens the indicator of the year on screen, whose detail holds every year.
    function open(index) {
        const ids = root.series.figureIds
        for (let i = 0; i < root.count; ++i) {
            if (root.pointSeries[i] === root.pointSeries[index] && root.labels[i] === root.shownYear) {
                Dashboard.detail.openFigure(ids[i])
                return
            }
        }
        Dashboard.detail.openFigure(ids[index])
    }

    note: root.count > 0 ? qsTr("单位：%1").arg(root.series.unit) : ""

    Repeater {
        model: root.groups.length > 1 ? root.groups : []

        delegate: Text {
            id: groupName

            required property int index
            required property var modelData

            x: 0
            y: root.rowY(groupName.modelData.first)
            width: root.nameWidth - Theme.gapSmall
            height: groupName.modelData.size * root.rowHeight
            text: groupName.modelData.name
            color: root.colourOf(groupName.index)
            font.family: Theme.fontFamily
            font.pixelSize: root.fontSize
            font.bold: true
            wrapMode: Text.WrapAnywhere
            maximumLineCount: Math.max(1, groupName.modelData.size)
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
    }

    Repeater {
        model: root.series

        delegate: Item {
            id: row

            required property int index
            required property string label
            required property real value
            required property string displayValue
            required property string breakNote
            readonly property bool shown: row.label === root.shownYear

            objectName: "yearRow" + row.index
            x: 0
            y: root.rowY(row.index)
            width: root.body.width
            height: root.rowHeight

            Text {
                x: root.nameWidth
                anchors.verticalCenter: parent.verticalCenter
                width: root.yearWidth
                text: qsTr("%1年").arg(row.label)
                horizontalAlignment: Text.AlignRight
                color: row.shown ? Theme.text : Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: root.fontSize
                font.bold: row.shown
            }

            Rectangle {
                id: bar

                anchors.verticalCenter: parent.verticalCenter
                x: root.barX
                width: Math.max(Theme.border, root.maxValue > 0 ? Math.max(0, row.value) / root.maxValue * root.span : 0)
                height: row.height * 0.6
                radius: Theme.radiusSmall / 2
                color: root.colourOf(root.groupOf(row.index))
                opacity: row.shown ? 1 : 0.65
            }

            Text {
                anchors.verticalCenter: parent.verticalCenter
                x: bar.x + bar.width + Theme.gapSmall
                text: row.displayValue
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: root.fontSize
                font.bold: true
            }

            // The break between this year and the one before, in the report's words.
            Item {
                objectName: "yearBreak" + row.index
                visible: row.breakNote !== ""
                anchors.fill: parent

                Shape {
                    anchors.fill: parent

                    ShapePath {
                        strokeColor: Theme.gold
                        strokeWidth: Theme.px(2)
                        strokeStyle: ShapePath.DashLine
                        dashPattern: [3, 3]
                        startX: root.barX
                        startY: 0

                        PathLine {
                            x: root.body.width
                            y: 0
                        }
                    }
                }

                Text {
                    anchors {
                        right: parent.right
                        top: parent.top
                    }
                    text: row.breakNote
                    color: Theme.gold
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTiny
                    style: Text.Outline
                    styleColor: Theme.panel
                }
            }

            TapHandler {
                onTapped: root.open(row.index)
            }
        }
    }

    PendingNotice {
        visible: root.count === 0
        anchors.fill: parent
        count: root.series ? root.series.pendingCount : 0
    }
}
