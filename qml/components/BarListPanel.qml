pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// A series as a plain list of labelled bars, crisp at any size and never eliding a label
// to nothing. Signed (growth rates): bars diverge from zero, up in the "up" colour to the
// right, down in the "down" colour to the left (red up by default). Unsigned: one colour.
Panel {
    id: root

    property SeriesModel series
    property bool signed: false
    property color barColor: Theme.accent
    property int maxBars: 12
    readonly property real maxMagnitude: root.series
        ? Math.max(1, Math.abs(root.series.maxValue), Math.abs(root.series.minValue)) : 1
    readonly property bool anyDown: root.series !== null && root.series.minValue < 0
    readonly property int rows: root.series ? Math.min(root.series.count, root.maxBars) : 0
    readonly property real rowHeight: rows > 0 ? Math.min(body.height / rows, Theme.fontBody * 2.4) : 0
    // The longest label in ems.
    readonly property real labelEms: {
        const labels = root.series ? root.series.labels.slice(0, root.maxBars) : []
        let ems = 2
        for (let i = 0; i < labels.length; ++i)
            ems = Math.max(ems, Theme.textEms(labels[i]))
        return ems
    }
    // Labels are read whole: within half of the panel (so the bars keep room) the type
    // shrinks until the longest fits, down to the smallest size legible across the room.
    readonly property real fontSize: Math.max(Theme.fontTiny * 0.85,
        Math.min(Theme.fontSmall, root.rowHeight * 0.5, (body.width * 0.5 - Theme.gapSmall * 2) / root.labelEms))
    readonly property real labelWidth: Math.min(body.width * 0.5, root.labelEms * root.fontSize + Theme.gapSmall * 2)
    readonly property real valueWidth: Theme.fontSmall * 4.2
    readonly property real zeroX: root.labelWidth + (root.anyDown ? (body.width - root.labelWidth) * 0.3 : 0)
    readonly property real span: body.width - root.zeroX - root.valueWidth

    note: {
        if (!root.series || root.series.count === 0)
            return ""
        let text = qsTr("单位：%1").arg(root.series.unit)
        if (root.series.pendingCount > 0)
            text += qsTr(" · 另有%1项待填报").arg(root.series.pendingCount)
        return text
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

            visible: row.index < root.rows
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
                font.pixelSize: root.fontSize
                elide: Text.ElideRight
            }

            Rectangle {
                id: bar

                anchors.verticalCenter: parent.verticalCenter
                x: row.value >= 0 ? root.zeroX : root.zeroX - width
                width: Math.max(Theme.border, row.barLength)
                height: row.height * 0.56
                radius: Theme.radiusSmall / 2
                color: root.signed ? Theme.changeColor(row.value) : root.barColor
            }

            Text {
                anchors.verticalCenter: parent.verticalCenter
                x: row.value >= 0 ? bar.x + bar.width + Theme.gapSmall : root.zeroX + Theme.gapSmall
                text: root.signed ? (row.value > 0 ? "+" : "") + row.displayValue + "%" : row.displayValue
                color: root.signed ? Theme.changeColor(row.value) : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: root.fontSize
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
