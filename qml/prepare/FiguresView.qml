pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BriefingPrepare

// Every figure of the report, filtered by page, role and text; the selected one is edited
// on the right.
Item {
    id: root

    property var selectedId: 0

    RowLayout {
        anchors.fill: parent
        anchors.margins: Ui.padding
        spacing: Ui.padding

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Ui.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Ui.spacing

                ComboBox {
                    id: pageFilter

                    objectName: "pageFilter"
                    textRole: "title"
                    valueRole: "name"
                    model: [{"name": "", "title": qsTr("全部页面")}].concat(PrepareSession.pages)
                    onActivated: PrepareSession.figures.domain = pageFilter.currentValue
                }

                ComboBox {
                    id: roleFilter

                    objectName: "roleFilter"
                    textRole: "title"
                    valueRole: "name"
                    model: [
                        {"name": "", "title": qsTr("全部部分")},
                        {"name": "result", "title": qsTr("当年成绩")},
                        {"name": "period", "title": qsTr("多年回顾")},
                        {"name": "target", "title": qsTr("预期目标")},
                        {"name": "plan", "title": qsTr("工作安排")},
                        {"name": "glossary", "title": qsTr("名词解释")}
                    ]
                    onActivated: PrepareSession.figures.role = roleFilter.currentValue
                }

                TextField {
                    objectName: "searchField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("搜索名称、句子或 #编号")
                    onTextChanged: PrepareSession.figures.text = text
                }

                Label {
                    color: Ui.dim
                    text: qsTr("%1 / %2 项").arg(PrepareSession.figures.count).arg(PrepareSession.figures.totalCount)
                }
            }

            ListView {
                id: list

                objectName: "figureList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: PrepareSession.figures
                ScrollBar.vertical: ScrollBar {}

                delegate: FigureRow {
                    width: list.width - Ui.spacing
                    selected: root.selectedId === figureId
                    onClicked: root.selectedId = figureId
                }
            }
        }

        FigureEditor {
            objectName: "figureEditor"
            Layout.preferredWidth: Math.min(Ui.editorWidth, root.width * 0.4)
            Layout.fillHeight: true
            figureId: root.selectedId
        }
    }
}
