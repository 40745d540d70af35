pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// One group of the targets page in a panel: a caption line, then a row per target, as tall
// as the panel allows up to a comfortable height.
Panel {
    id: root

    property TargetRows rows
    property bool showResult: true
    readonly property int count: root.rows ? root.rows.count : 0
    readonly property real rowHeight: root.count > 0
        ? Math.min(Theme.px(104), (root.body.height - captions.height - Theme.gapSmall) / root.count) : 0

    Item {
        id: captions

        width: parent.width
        height: Math.round(Theme.fontSmall * 1.5)

        Repeater {
            model: root.showResult ? [[0, qsTr("指标")], [0.38, qsTr("预期目标")], [0.63, qsTr("实际完成")], [0.81, qsTr("完成情况")]]
                                   : [[0, qsTr("指标")], [0.56, qsTr("预期目标")]]

            delegate: Text {
                required property var modelData

                x: Theme.gap + (captions.width - 2 * Theme.gap) * modelData[0]
                anchors.verticalCenter: parent.verticalCenter
                text: modelData[1]
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    Column {
        anchors {
            top: captions.bottom
            topMargin: Theme.gapSmall
            left: parent.left
            right: parent.right
        }

        Repeater {
            model: root.rows

            delegate: TargetRow {
                width: parent ? parent.width : 0
                height: root.rowHeight
                showResult: root.showResult
                onFigureRequested: (id, year) => Dashboard.detail.openFigureOf(id, year)
            }
        }
    }
}
