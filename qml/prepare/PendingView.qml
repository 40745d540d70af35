pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BriefingPrepare

// Every placeholder of the report with its sentence, unit and mask. Typed values are
// checked as they are typed and saved together, in one transaction.
Item {
    id: root

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Ui.padding
        spacing: Ui.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Ui.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: PrepareSession.pending.count > 0
                    ? qsTr("填入统计局发布的数值；占位（如 xx.x）决定位数。下降的增幅填负数。")
                    : qsTr("这份报告没有待填报的数值。")
            }

            Label {
                visible: PrepareSession.pending.problemCount > 0
                color: Ui.error
                text: qsTr("%1 项不符合占位").arg(PrepareSession.pending.problemCount)
            }

            Button {
                objectName: "savePendingButton"
                text: qsTr("保存全部（%1 项）").arg(PrepareSession.pending.draftCount)
                enabled: PrepareSession.pending.draftCount > 0 && PrepareSession.pending.problemCount === 0
                highlighted: true
                onClicked: PrepareSession.savePending()
            }
        }

        ListView {
            id: list

            objectName: "pendingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 1
            model: PrepareSession.pending
            ScrollBar.vertical: ScrollBar {}

            delegate: PendingRow {
                width: list.width - Ui.spacing
            }
        }
    }
}
