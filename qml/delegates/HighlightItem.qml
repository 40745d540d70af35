import QtQuick
import Briefing

// One highlight sentence, tagged with its section; a tap opens its figures' detail.
Item {
    id: root

    required property var highlightId
    required property string sentence
    required property string displaySentence
    required property string section
    required property string domain

    signal highlightRequested(var id)

    implicitHeight: tag.height + Theme.gapSmall + sentenceText.implicitHeight + Theme.gapSmall

    Pill {
        id: tag

        text: root.section !== "" ? root.section : qsTr("报告摘录")
        tint: Theme.domainColor(root.domain)
        fontSize: Theme.fontTiny
        maximumWidth: root.width
    }

    Text {
        id: sentenceText

        anchors {
            top: tag.bottom
            topMargin: Theme.gapSmall
            left: parent.left
            right: parent.right
        }
        // Placeholders still to be filled read as pending, not as words.
        text: root.displaySentence.replace(/<pending>/g, "<font color=\"" + Theme.pending + "\">")
            .replace(/<\/pending>/g, "</font>")
        textFormat: Text.StyledText
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        lineHeight: 1.15
        wrapMode: Text.Wrap
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
        onTapped: root.highlightRequested(root.highlightId)
    }
}
