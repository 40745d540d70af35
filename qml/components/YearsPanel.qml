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
    // With several indicators, each group has its name on a row of its own above its years.
    readonly property int headerRows: root.groups.length > 1 ? 1 : 0
    // Rows of bars and names, plus half a row between groups.
    readonly property real rowHeight: root.count > 0
        ? Math.min(body.height / (root.count + root.groups.length * root.headerRows + 0.5 * (root.groups.length - 1)),
                   Theme.fontBody * 2.4)
        : 0
    readonly property real fontSize: Math.min(Theme.fontSmall, root.rowHeight * 0.55)
    readonly property real maxValue: root.series ? Math.max(root.series.maxValue, 0) : 0
    // A column on the right for the words of a break (第四次经济普查), when there is one.
    readonly property real noteWidth: {
        const notes = root.series ? root.series.breakNotes : []
        let ems = 0
        for (let i = 0; i < notes.length; ++i)
            ems = Math.max(ems, notes[i].length)
        return ems > 0 ? Math.min(body.width * 0.3, (ems + 0.5) * Theme.fontTiny) : 0
    }
    readonly property real yearWidth: root.fontSize * 3.6
    readonly property real barX: root.yearWidth + Theme.gapSmall
    readonly property real valueWidth: root.fontSize * 4.2
    readonly property real span: Math.max(0, body.width - root.barX - root.valueWidth - root.noteWidth)

    function groupOf(index) {
        return Math.max(0, root.names.indexOf(root.pointSeries[index]))
    }

    // The first indicator in the page's colour, the others in palette colours unlike it.
    function colourOf(group) {
        if (group === 0)
            return root.barColor
        const others = Theme.palette.filter(c => !Qt.colorEqual(c, root.barColor))
        return others[(group - 1) % others.length]
    }

    // The row's top: its place in the list, the names above it and half a row per group before it.
    function rowY(index) {
        const group = root.groupOf(index)
        return (index + (group + 1) * root.headerRows + 0.5 * group) * root.rowHeight
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
        model: root.headerRows > 0 ? root.groups : []

        delegate: Text {
            id: groupName

            required property int index
            required property var modelData

            x: 0
            y: root.rowY(groupName.modelData.first) - root.rowHeight
            width: root.body.width
            height: root.rowHeight
            text: groupName.modelData.name
            color: root.colourOf(groupName.index)
            font.family: Theme.fontFamily
            font.pixelSize: root.fontSize
            font.bold: true
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
                x: 0
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
                            x: root.body.width - root.noteWidth
                            y: 0
                        }
                    }
                }

                Text {
                    anchors {
                        right: parent.right
                        verticalCenter: parent.top
                    }
                    width: root.noteWidth
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideRight
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
