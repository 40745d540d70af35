pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// A domain's lead figures as a short list of name and value, for a domain with no chart:
// figures in unlike units are listed, never drawn on one axis.
Panel {
    id: root

    property FigureModel model
    property int maxRows: 5
    readonly property int rows: root.model ? Math.min(root.model.count, root.maxRows) : 0
    readonly property real rowHeight: root.rows > 0 ? Math.min(body.height / root.rows, Theme.fontBody * 2.2) : 0

    Repeater {
        model: root.model

        delegate: Item {
            id: row

            required property int index
            required property var figureId
            required property string label
            required property string displayValue
            required property string unit
            required property bool pending
            required property var growth
            required property string displayGrowth
            required property string growthKind

            visible: row.index < root.rows
            y: row.index * root.rowHeight
            width: root.body.width
            height: root.rowHeight

            Text {
                anchors {
                    left: parent.left
                    right: valueText.left
                    rightMargin: Theme.gapSmall
                    verticalCenter: parent.verticalCenter
                }
                height: parent.height
                text: row.label
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Math.min(Theme.fontSmall, root.rowHeight * 0.5)
                // A long name is read whole: on two lines and smaller, not cut with "…".
                wrapMode: Text.Wrap
                maximumLineCount: 2
                fontSizeMode: Text.Fit
                minimumPixelSize: Math.round(Theme.fontTiny * 0.85)
                verticalAlignment: Text.AlignVCenter
                lineHeight: 0.95
                elide: Text.ElideRight
            }

            Text {
                id: valueText

                anchors {
                    right: parent.right
                    verticalCenter: parent.verticalCenter
                }
                // A figure stated only as a change shows the change.
                text: row.displayValue !== "" ? row.displayValue + " " + row.unit
                    : (row.growth !== undefined && row.growth !== null
                       ? (row.growth > 0 ? "+" : (row.growth < 0 ? "-" : "")) + row.displayGrowth + Theme.changeSuffix(row.growthKind) : "—")
                color: row.pending ? Theme.pending
                    : (row.displayValue === "" ? Theme.changeColor(row.growth) : Theme.text)
                font.family: Theme.fontFamily
                font.pixelSize: Math.min(Theme.fontSmall, root.rowHeight * 0.5)
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
    }
}
