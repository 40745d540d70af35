import QtQuick
import Briefing

// One part (or sibling) of the figure in the detail; a tap drills into it.
Rectangle {
    id: root

    required property var figureId
    required property string name
    required property string displayValue
    required property string unit
    required property bool pending
    required property var growth
    required property bool hasParts

    signal figureRequested(var id)

    height: Theme.touchTarget
    color: tap.pressed ? Theme.panelRaised : "transparent"

    Text {
        anchors {
            left: parent.left
            leftMargin: Theme.gapSmall
            right: valueText.left
            rightMargin: Theme.gap
            verticalCenter: parent.verticalCenter
        }
        text: root.name + (root.hasParts ? " ›" : "")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        elide: Text.ElideRight
    }

    Text {
        id: valueText

        anchors {
            right: parent.right
            rightMargin: Theme.gapSmall
            verticalCenter: parent.verticalCenter
        }
        text: root.pending ? qsTr("%1%2 待填报").arg(root.displayValue).arg(root.unit)
                           : (root.displayValue !== "" ? root.displayValue + " " + root.unit
                                                       : (root.growth !== undefined && root.growth !== null
                                                          ? (root.growth < 0 ? qsTr("下降%1%").arg(-root.growth)
                                                                             : qsTr("增长%1%").arg(root.growth))
                                                          : "—"))
        color: root.pending ? Theme.pending : Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: !root.pending
    }

    Rectangle {
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
        }
        height: Math.max(1, Theme.border / 2)
        color: Theme.panelBorder
    }

    TapHandler {
        id: tap

        onTapped: root.figureRequested(root.figureId)
    }
}
