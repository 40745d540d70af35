pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BriefingPrepare

// The selected figure: correct its value (checked against its mask as it is typed), and
// decide how the wall shows it: label, hidden, pinned to a page in an order, headline.
Pane {
    id: root

    property var figureId: 0
    readonly property var fig: PrepareSession.revision >= 0 ? PrepareSession.figure(root.figureId) : ({})
    readonly property bool known: root.fig.figureId !== undefined
    // A later mention of a name is shown through its first one; curation happens there.
    readonly property bool curatable: root.known && root.fig.curatedId === root.fig.figureId
    readonly property var pinnedHere: PrepareSession.revision >= 0 && root.known && root.fig.pinPage !== ""
        ? PrepareSession.pinned(root.fig.pinPage) : []
    readonly property string valueProblem: root.known ? PrepareSession.check(root.figureId, "value", valueField.text) : ""
    readonly property string growthProblem: root.known ? PrepareSession.check(root.figureId, "growth", growthField.text) : ""

    padding: Ui.padding

    Label {
        visible: !root.known
        anchors.centerIn: parent
        width: parent.width
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: Ui.dim
        text: qsTr("在左侧选择一个指标")
    }

    ScrollView {
        anchors.fill: parent
        visible: root.known
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Ui.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                font.pixelSize: Ui.titleFont
                text: root.known ? root.fig.name : ""
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Ui.dim
                font.pixelSize: Ui.smallFont
                text: root.known ? qsTr("#%1 · %2 · %3").arg(root.fig.figureId).arg(root.fig.domainTitle).arg(root.fig.sentence) : ""
                maximumLineCount: 4
                elide: Text.ElideRight
            }

            GroupBox {
                Layout.fillWidth: true
                title: root.known && root.fig.mask !== "" ? qsTr("数值（占位 %1）").arg(root.fig.mask) : qsTr("数值")

                GridLayout {
                    anchors.fill: parent
                    columns: 3

                    Label {
                        text: root.known ? qsTr("数值（%1）").arg(root.fig.unit) : ""
                    }

                    TextField {
                        id: valueField

                        objectName: "correctValueField"
                        Layout.fillWidth: true
                        placeholderText: root.known ? root.fig.valueText : ""
                        color: root.valueProblem !== "" ? Ui.error : palette.text
                    }

                    Item {
                        Layout.rowSpan: 2
                        Layout.preferredWidth: correctButton.implicitWidth
                        Layout.fillHeight: true

                        Button {
                            id: correctButton

                            objectName: "correctButton"
                            anchors.centerIn: parent
                            text: qsTr("更正")
                            enabled: (valueField.text !== "" || growthField.text !== "")
                                && root.valueProblem === "" && root.growthProblem === ""
                            onClicked: {
                                if (PrepareSession.correct(root.figureId, valueField.text, growthField.text)) {
                                    valueField.clear()
                                    growthField.clear()
                                }
                            }
                        }
                    }

                    Label {
                        text: qsTr("增幅（%）")
                    }

                    TextField {
                        id: growthField

                        objectName: "correctGrowthField"
                        Layout.fillWidth: true
                        placeholderText: root.known ? (root.fig.growthMask !== "" && root.fig.growthPending
                            ? root.fig.growthMask : root.fig.growthText) : ""
                        color: root.growthProblem !== "" ? Ui.error : palette.text
                    }

                    Label {
                        objectName: "correctProblem"
                        Layout.columnSpan: 3
                        Layout.fillWidth: true
                        visible: text !== ""
                        wrapMode: Text.Wrap
                        color: Ui.error
                        text: root.valueProblem !== "" ? root.valueProblem : root.growthProblem
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                visible: root.known && !root.curatable
                wrapMode: Text.Wrap
                color: Ui.pending
                text: root.known ? qsTr("“%1”在报告中首次出现于 #%2；墙上的名称、隐藏和位置在那一项上调整。")
                    .arg(root.fig.curatedName).arg(root.fig.curatedId) : ""
            }

            CurationBox {
                Layout.fillWidth: true
                enabled: root.curatable
                fig: root.fig
                pinnedHere: root.pinnedHere
            }
        }
    }

    onFigureIdChanged: {
        valueField.clear()
        growthField.clear()
    }
}
