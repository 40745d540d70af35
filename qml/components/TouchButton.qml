import QtQuick
import Briefing

// A button big enough for a finger on a wall screen (Theme.touchTarget high).
Rectangle {
    id: root

    property alias text: label.text

    signal clicked()

    implicitWidth: label.implicitWidth + Theme.gap * 2
    implicitHeight: Theme.touchTarget
    width: Math.max(implicitWidth, Theme.touchTarget * 1.6)
    height: implicitHeight
    radius: Theme.radius
    color: tap.pressed ? Theme.panelBorder : Theme.panelRaised
    border.color: Theme.accent
    border.width: Theme.border

    Text {
        id: label

        anchors.centerIn: parent
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
    }

    TapHandler {
        id: tap

        onTapped: root.clicked()
    }
}
