pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BriefingPrepare

// How the wall shows one figure: the label on its card, hidden or not, pinned to a page at
// a position, and whether it is one of the overview's headline cards (in their order).
ColumnLayout {
    id: root

    property var fig: ({})
    property var pinnedHere: []
    readonly property var figureId: root.fig.figureId !== undefined ? root.fig.figureId : 0
    readonly property int headlineIndex: {
        const list = PrepareSession.headlines
        for (let i = 0; i < list.length; ++i) {
            if (list[i].figureId === root.figureId)
                return i
        }
        return -1
    }

    spacing: Ui.spacing

    GroupBox {
        Layout.fillWidth: true
        title: qsTr("墙上显示")

        ColumnLayout {
            anchors.fill: parent

            RowLayout {
                Layout.fillWidth: true

                TextField {
                    id: labelField

                    objectName: "labelField"
                    Layout.fillWidth: true
                    placeholderText: root.fig.name !== undefined ? root.fig.name : ""
                    text: root.fig.label !== undefined ? root.fig.label : ""
                    onAccepted: PrepareSession.rename(root.figureId, text)
                }

                Button {
                    objectName: "renameButton"
                    text: qsTr("改名")
                    enabled: labelField.text.trim() !== (root.fig.label !== undefined ? root.fig.label : "")
                    onClicked: PrepareSession.rename(root.figureId, labelField.text)
                }
            }

            CheckBox {
                objectName: "hiddenBox"
                text: qsTr("不在墙上显示")
                checked: root.fig.hidden === true
                onToggled: PrepareSession.setHidden(root.figureId, checked)
            }
        }
    }

    GroupBox {
        Layout.fillWidth: true
        title: qsTr("固定到页面")

        ColumnLayout {
            anchors.fill: parent

            RowLayout {
                Layout.fillWidth: true

                ComboBox {
                    id: pageBox

                    objectName: "pinPageBox"
                    Layout.fillWidth: true
                    textRole: "title"
                    valueRole: "name"
                    model: [{"name": "", "title": qsTr("不固定（自动）")}].concat(PrepareSession.pages)
                    currentIndex: Math.max(0, pageBox.indexOfValue(root.fig.pinPage !== undefined ? root.fig.pinPage : ""))
                    onActivated: {
                        if (pageBox.currentValue === "")
                            PrepareSession.unpin(root.figureId)
                        else
                            PrepareSession.pin(root.figureId, pageBox.currentValue)
                    }
                }

                Button {
                    objectName: "pinUpButton"
                    text: qsTr("前移")
                    enabled: root.fig.pinPage !== "" && root.fig.pinOrder > 0
                    onClicked: PrepareSession.movePinned(root.figureId, -1)
                }

                Button {
                    objectName: "pinDownButton"
                    text: qsTr("后移")
                    enabled: root.fig.pinPage !== "" && root.fig.pinOrder < root.pinnedHere.length - 1
                    onClicked: PrepareSession.movePinned(root.figureId, 1)
                }
            }

            Repeater {
                model: root.pinnedHere

                delegate: Label {
                    required property int index
                    required property var modelData

                    font.bold: modelData.figureId === root.figureId
                    text: qsTr("%1. %2").arg(index + 1).arg(modelData.name)
                }
            }
        }
    }

    GroupBox {
        Layout.fillWidth: true
        title: qsTr("总览头条")

        ColumnLayout {
            anchors.fill: parent

            RowLayout {
                Button {
                    objectName: "headlineButton"
                    text: root.headlineIndex >= 0 ? qsTr("移出头条") : qsTr("设为头条")
                    onClicked: PrepareSession.toggleHeadline(root.figureId)
                }

                Button {
                    text: qsTr("前移")
                    enabled: root.headlineIndex > 0
                    onClicked: PrepareSession.moveHeadline(root.figureId, -1)
                }

                Button {
                    text: qsTr("后移")
                    enabled: root.headlineIndex >= 0 && root.headlineIndex < PrepareSession.headlines.length - 1
                    onClicked: PrepareSession.moveHeadline(root.figureId, 1)
                }
            }

            Label {
                visible: PrepareSession.headlines.length === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Ui.dim
                text: qsTr("未选择：墙上自动挑选头条指标")
            }

            Repeater {
                model: PrepareSession.headlines

                delegate: Label {
                    required property int index
                    required property var modelData

                    font.bold: modelData.figureId === root.figureId
                    text: qsTr("%1. %2").arg(index + 1).arg(modelData.name)
                }
            }
        }
    }
}
