pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BriefingPrepare

// Every change to the report, newest first, with who made it; any one can be taken back.
// Above them, the wall decisions that found no figure in the newest import of the report.
Item {
    id: root

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Ui.padding
        spacing: Ui.spacing

        Frame {
            Layout.fillWidth: true
            visible: PrepareSession.unmatched.length > 0

            ColumnLayout {
                anchors.fill: parent

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Ui.pending
                    font.bold: true
                    text: qsTr("重新导入后，以下 %1 项调整找不到对应指标（名称已变或已删除）：")
                        .arg(PrepareSession.unmatched.length)
                }

                Repeater {
                    model: PrepareSession.unmatched

                    delegate: Label {
                        required property var modelData

                        objectName: "unmatchedLabel"
                        text: qsTr("%1：%2").arg(modelData.name).arg(modelData.what)
                    }
                }
            }
        }

        Label {
            visible: PrepareSession.history.count === 0
            color: Ui.dim
            text: qsTr("还没有修改记录。")
        }

        ListView {
            id: list

            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: PrepareSession.history
            ScrollBar.vertical: ScrollBar {}

            delegate: HistoryRow {
                width: list.width - Ui.spacing
            }
        }
    }
}
