import QtQuick
import Briefing

// A small rounded tag: 待填报, 示例数据, 预计, 推算, a rank.
Rectangle {
    id: root

    property alias text: label.text
    property color tint: Theme.accent
    property real fontSize: Theme.fontTiny
    property bool filled: false
    property real maximumWidth: implicitWidth

    implicitWidth: label.implicitWidth + 2 * Math.round(root.fontSize * 0.5)
    implicitHeight: Math.round(root.fontSize * 1.5)
    width: Math.min(implicitWidth, root.maximumWidth)
    height: implicitHeight
    radius: height / 2
    color: root.filled ? root.tint : Qt.rgba(root.tint.r, root.tint.g, root.tint.b, 0.16)
    border.color: root.tint
    border.width: Math.max(1, Math.round(root.fontSize / 16))

    Text {
        id: label

        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - root.fontSize * 0.6)
        color: root.filled ? Theme.background : root.tint
        font.family: Theme.fontFamily
        font.pixelSize: root.fontSize
        font.bold: true
        elide: Text.ElideRight
    }
}
