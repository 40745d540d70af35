import QtQuick
import Briefing

// A framed area with a title line; children go into the body below the title.
Rectangle {
    id: root

    property string title
    property string note
    property color accentColor: Theme.accent
    default property alias content: body.data
    readonly property alias body: body
    // Height taken by the frame and title, for a panel sized to its content.
    readonly property real chromeHeight: (root.title !== "" ? titleText.height + Theme.gapSmall : 0) + 2 * Theme.gapSmall

    radius: Theme.radius
    color: Theme.panel
    border.color: Theme.panelBorder
    border.width: Theme.border

    Rectangle {
        id: titleMark

        visible: root.title !== ""
        x: Theme.gap
        anchors.verticalCenter: titleText.verticalCenter
        width: Theme.px(6)
        height: titleText.font.pixelSize
        radius: width / 2
        color: root.accentColor
    }

    Text {
        id: titleText

        visible: root.title !== ""
        anchors {
            left: titleMark.right
            leftMargin: Theme.gapSmall
            right: noteText.left
            rightMargin: Theme.gapSmall
            top: parent.top
            topMargin: Theme.gapSmall
        }
        text: root.title
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        elide: Text.ElideRight
    }

    Text {
        id: noteText

        anchors {
            right: parent.right
            rightMargin: Theme.gap
            baseline: titleText.baseline
        }
        width: Math.min(implicitWidth, root.width * 0.55)
        text: root.note
        elide: Text.ElideLeft
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTiny
    }

    Item {
        id: body

        anchors {
            top: root.title !== "" ? titleText.bottom : parent.top
            left: parent.left
            right: parent.right
            bottom: parent.bottom
            margins: Theme.gapSmall
        }
    }
}
