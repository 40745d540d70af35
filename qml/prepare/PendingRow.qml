import QtQuick
import QtQuick.Controls
import BriefingPrepare

// One placeholder: where it stands, and a field for each part still pending.
Rectangle {
    id: root

    required property int index
    required property var figureId
    required property string name
    required property string unit
    required property string mask
    required property string growthMask
    required property bool valuePending
    required property bool growthPending
    required property string growthKind
    required property string section
    required property string sentence
    required property string valueDraft
    required property string growthDraft
    required property string valueProblem
    required property string growthProblem

    implicitHeight: Math.max(content.implicitHeight, fields.implicitHeight) + 2 * Ui.padding
    color: root.index % 2 ? Ui.stripe : "transparent"

    Column {
        id: content

        anchors {
            left: parent.left
            right: fields.left
            top: parent.top
            margins: Ui.padding
        }
        spacing: Ui.spacing / 2

        Label {
            width: parent.width
            font.bold: true
            font.pixelSize: Ui.titleFont
            elide: Text.ElideRight
            text: root.name
        }

        Label {
            width: parent.width
            wrapMode: Text.Wrap
            color: Ui.dim
            font.pixelSize: Ui.smallFont
            text: root.sentence
        }

        Label {
            width: parent.width
            elide: Text.ElideRight
            color: Ui.dim
            font.pixelSize: Ui.smallFont
            text: qsTr("#%1 · %2").arg(root.figureId).arg(root.section)
        }
    }

    Column {
        id: fields

        anchors {
            right: parent.right
            top: parent.top
            margins: Ui.padding
        }
        width: Ui.editorWidth
        spacing: Ui.spacing / 2

        Row {
            spacing: Ui.spacing
            visible: root.valuePending

            Label {
                width: Ui.fieldWidth
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("数值（%1）").arg(root.unit)
            }

            TextField {
                objectName: "valueField"
                width: Ui.fieldWidth * 1.4
                placeholderText: root.mask
                text: root.valueDraft
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                color: root.valueProblem !== "" ? Ui.error : palette.text
                onTextEdited: PrepareSession.pending.setDraft(root.figureId, "value", text)
            }
        }

        Row {
            spacing: Ui.spacing
            visible: root.growthPending

            Label {
                width: Ui.fieldWidth
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("%1增幅（%）").arg(root.growthKind)
            }

            TextField {
                objectName: "growthField"
                width: Ui.fieldWidth * 1.4
                placeholderText: root.growthMask
                text: root.growthDraft
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                color: root.growthProblem !== "" ? Ui.error : palette.text
                onTextEdited: PrepareSession.pending.setDraft(root.figureId, "growth", text)
            }
        }

        Label {
            objectName: "problemLabel"
            width: parent.width
            visible: text !== ""
            wrapMode: Text.Wrap
            color: Ui.error
            text: root.valueProblem !== "" ? root.valueProblem : root.growthProblem
        }
    }
}
