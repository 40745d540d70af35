import QtQuick
import QtQuick.Controls
import BriefingPrepare

// One figure in the list: its name (and the label the wall shows instead), value, page and
// what the staff decided about it.
Rectangle {
    id: root

    required property int index
    required property var figureId
    required property string name
    required property string label
    required property string domainTitle
    required property string figureRole
    required property string valueText
    required property string growthText
    required property string unit
    required property bool pending
    required property bool hidden
    required property string pinPage
    required property int pinOrder
    required property int headlineOrder
    required property bool isPart
    property bool selected: false

    signal clicked

    implicitHeight: Ui.rowHeight
    color: root.selected ? Ui.selected : (root.index % 2 ? Ui.stripe : "transparent")

    Label {
        id: nameLabel

        anchors {
            left: parent.left
            leftMargin: Ui.spacing + (root.isPart ? Ui.padding * 2 : 0)
            right: valueLabel.left
            rightMargin: Ui.spacing
            verticalCenter: parent.verticalCenter
        }
        elide: Text.ElideRight
        font.strikeout: root.hidden
        color: root.hidden ? Ui.dim : palette.text
        text: root.label !== "" ? qsTr("%1 ← %2").arg(root.label).arg(root.name) : root.name
    }

    Label {
        id: valueLabel

        anchors {
            right: tags.left
            rightMargin: Ui.padding
            verticalCenter: parent.verticalCenter
        }
        width: Ui.fieldWidth * 1.3
        horizontalAlignment: Text.AlignRight
        color: root.pending ? Ui.pending : palette.text
        text: (root.valueText !== "" ? root.valueText + root.unit : "")
            + (root.growthText !== "" ? qsTr("  %1%").arg(root.growthText) : "")
    }

    Label {
        id: tags

        anchors {
            right: parent.right
            rightMargin: Ui.spacing
            verticalCenter: parent.verticalCenter
        }
        width: Ui.fieldWidth * 1.6
        elide: Text.ElideRight
        color: Ui.dim
        font.pixelSize: Ui.smallFont
        text: {
            const roles = {"period": qsTr("回顾"), "target": qsTr("目标"), "plan": qsTr("计划"), "glossary": qsTr("名词")}
            let t = [root.domainTitle]
            if (roles[root.figureRole] !== undefined)
                t.push(roles[root.figureRole])
            if (root.hidden)
                t.push(qsTr("隐藏"))
            if (root.pinPage !== "")
                t.push(qsTr("固定%1").arg(root.pinOrder + 1))
            if (root.headlineOrder >= 0)
                t.push(qsTr("头条%1").arg(root.headlineOrder + 1))
            return t.join(" · ")
        }
    }

    TapHandler {
        onTapped: root.clicked()
    }
}
