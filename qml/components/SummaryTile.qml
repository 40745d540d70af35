import QtQuick
import Briefing

// How complete the report's data is: figures found, pending, and where demo values stand in.
Panel {
    id: root

    title: qsTr("数据概况")

    Column {
        anchors.centerIn: parent
        width: parent.width
        spacing: Theme.gapSmall

        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.gapSmall

            Text {
                id: countText

                text: Dashboard.figureCount
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontValue
                font.bold: true
            }

            Text {
                anchors.baseline: countText.baseline
                text: qsTr("项数据")
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }

        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            // An empty database has nothing filled: the screen says 尚无数据 instead.
            visible: Dashboard.hasData
            text: Dashboard.pendingCount > 0 ? qsTr("其中%n项待填报", "", Dashboard.pendingCount) : qsTr("全部已填报")
            color: Dashboard.pendingCount > 0 ? Theme.pending : Theme.green
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width
            visible: Dashboard.isDemo
            text: qsTr("部分数值为示例数据，仅供演示")
            horizontalAlignment: Text.AlignHCenter
            color: Theme.demo
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTiny
            wrapMode: Text.Wrap
        }
    }
}
