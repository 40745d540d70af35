import QtQuick
import Briefing

// What a panel shows in place of figures: how many are pending, never a 0; a panel with
// nothing pending says the report gives nothing here, not 待填报.
Item {
    id: root

    property int count: 0
    property bool pending: root.count > 0
    property string emptyText: qsTr("报告未给出数据")

    Column {
        anchors.centerIn: parent
        width: parent.width
        spacing: Theme.gapSmall

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.pending ? qsTr("待填报") : root.emptyText
            color: root.pending ? Theme.pending : Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: root.pending ? Theme.fontLarge : Theme.fontBody
            font.bold: root.pending
            wrapMode: Text.Wrap
        }

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: root.count > 0
            text: qsTr("%n项数据待统计部门发布", "", root.count)
            color: Theme.textFaint
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
