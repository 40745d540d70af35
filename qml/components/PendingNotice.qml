import QtQuick
import Briefing

// What a chart shows before its figures are filled in: how many are pending, never a 0.
Item {
    id: root

    property int count: 0

    Column {
        anchors.centerIn: parent
        spacing: Theme.gapSmall

        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("待填报")
            color: Theme.pending
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }

        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: root.count > 0
            text: qsTr("%n项数据待统计部门发布", "", root.count)
            color: Theme.textFaint
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}
