pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// Year-on-year change of a page's figures as diverging bars around zero: up in the "up"
// colour to the right, down in the "down" colour to the left (red up by default).
Panel {
    id: root

    property SeriesModel series
    readonly property real maxMagnitude: root.series
        ? Math.max(1, Math.abs(root.series.maxValue), Math.abs(root.series.minValue)) : 1
    readonly property bool anyDown: root.series !== null && root.series.minValue < 0
    readonly property int rows: root.series ? root.series.count : 0
    readonly property real rowHeight: rows > 0 ? Math.min(body.height / rows, Theme.fontBody * 2.4) : 0
    readonly property real labelWidth: body.width * 0.34
    readonly property real valueWidth: Theme.fontSmall * 4.2
    readonly property real zeroX: root.labelWidth + (root.anyDown ? (body.width - root.labelWidth) * 0.3 : 0)
    readonly property real span: body.width - root.zeroX - root.valueWidth

    title: qsTr("增长速度")
    note: {
        if (!root.series || root.series.count === 0)
            return ""
        return root.series.pendingCount > 0 ? qsTr("单位：% · 另有%1项待填报").arg(root.series.pendingCount) : qsTr("单位：%")
    }

    Rectangle {
        visible: root.rows > 0
        x: root.zeroX
        y: 0
        width: Theme.border
        height: root.rowHeight * root.rows
        color: Theme.textFaint
    }

    Repeater {
        model: root.series

        delegate: Item {
            id: row

            required property int index
            required property var figureId
            required property string label
            required property real value
            required property string displayValue

            readonly property real barLength: Math.abs(row.value) / root.maxMagnitude
                * (row.value >= 0 ? root.span : root.zeroX - root.labelWidth)

            x: 0
            y: row.index * root.rowHeight
            width: root.body.width
            height: root.rowHeight

            Text {
                anchors.verticalCenter: parent.verticalCenter
                width: root.labelWidth - Theme.gapSmall
                text: row.label
                horizontalAlignment: Text.AlignRight
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Math.min(Theme.fontSmall, row.height * 0.5)
                elide: Text.ElideRight
            }

            Rectangle {
                id: bar

                anchors.verticalCenter: parent.verticalCenter
                x: row.value >= 0 ? root.zeroX : root.zeroX - width
                width: Math.max(Theme.border, row.barLength)
                height: row.height * 0.56
                radius: Theme.radiusSmall / 2
                color: Theme.changeColor(row.value)
            }

            Text {
                anchors.verticalCenter: parent.verticalCenter
                x: row.value >= 0 ? bar.x + bar.width + Theme.gapSmall : root.zeroX + Theme.gapSmall
                text: (row.value > 0 ? "+" : "") + row.displayValue + "%"
                color: Theme.changeColor(row.value)
                font.family: Theme.fontFamily
                font.pixelSize: Math.min(Theme.fontSmall, row.height * 0.5)
                font.bold: true
            }

            TapHandler {
                onTapped: Dashboard.detail.openFigure(row.figureId)
            }
        }
    }

    PendingNotice {
        visible: root.rows === 0
        anchors.fill: parent
        count: root.series ? root.series.pendingCount : 0
    }
}
