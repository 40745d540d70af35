import QtQuick
import QtQuick.Controls
import BriefingPrepare

// One recorded change: when, who, which figure and field, old → new, and its undo button.
Rectangle {
    id: root

    required property int index
    required property var changeId
    required property string time
    required property string user
    required property string figureName
    required property string fieldTitle
    required property string oldText
    required property string newText
    required property bool undone

    implicitHeight: Ui.rowHeight
    color: root.index % 2 ? Ui.stripe : "transparent"

    Label {
        id: when

        anchors {
            left: parent.left
            leftMargin: Ui.spacing
            verticalCenter: parent.verticalCenter
        }
        width: Ui.fieldWidth * 2.2
        color: Ui.dim
        text: root.time
    }

    Label {
        id: who

        anchors {
            left: when.right
            leftMargin: Ui.spacing
            verticalCenter: parent.verticalCenter
        }
        width: Ui.fieldWidth
        elide: Text.ElideRight
        color: Ui.dim
        text: root.user
    }

    Label {
        anchors {
            left: who.right
            leftMargin: Ui.spacing
            right: undoButton.left
            rightMargin: Ui.spacing
            verticalCenter: parent.verticalCenter
        }
        elide: Text.ElideRight
        font.strikeout: root.undone
        color: root.undone ? Ui.dim : palette.text
        text: qsTr("%1 · %2：%3 → %4").arg(root.figureName).arg(root.fieldTitle).arg(root.oldText).arg(root.newText)
    }

    Button {
        id: undoButton

        objectName: "undoButton"
        anchors {
            right: parent.right
            rightMargin: Ui.spacing
            verticalCenter: parent.verticalCenter
        }
        text: root.undone ? qsTr("已撤销") : qsTr("撤销")
        enabled: !root.undone
        onClicked: PrepareSession.undo(root.changeId)
    }
}
