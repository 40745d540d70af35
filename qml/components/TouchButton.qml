import QtQuick
import Briefing

// A button big enough for a finger on a wall screen (Theme.touchTarget high).
Rectangle {
    id: root

    property alias text: label.text
    // A width to wrap the text at (one character a line for a tall, slim tab); 0: one line.
    property real wrapWidth: 0

    signal clicked()

    implicitWidth: label.implicitWidth + Theme.gap * 2
    implicitHeight: Theme.touchTarget
    width: Math.max(implicitWidth, Theme.touchTarget * 1.6)
    height: root.wrapWidth > 0 ? Math.max(implicitHeight, label.implicitHeight + Theme.gap * 2) : implicitHeight
    radius: Theme.radius
    color: tap.pressed ? Theme.panelBorder : Theme.panelRaised
    border.color: Theme.accent
    border.width: Theme.border

    Text {
        id: label

        anchors.centerIn: parent
        width: root.wrapWidth > 0 ? root.wrapWidth : implicitWidth
        wrapMode: root.wrapWidth > 0 ? Text.Wrap : Text.NoWrap
        horizontalAlignment: Text.AlignHCenter
        lineHeight: 1.1
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
