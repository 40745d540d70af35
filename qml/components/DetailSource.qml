import QtQuick
import Briefing

// The paragraph a figure comes from: its sentence bold, its own words in gold and underlined,
// scrolled so those words sit in the middle whatever the panel's size (a long paragraph
// scrolls under a finger). Values filled since the import read as values, tinted; a tap
// shows the report's placeholders instead, and another tap the values again.
Panel {
    id: root

    property DetailModel detail
    property bool showPlaceholders: false
    readonly property var pieces: root.detail ? root.detail.source : []
    readonly property bool hasFilled: root.pieces.some(p => p.placeholder !== "")
    // Characters before the figure's own words in the shown text.
    readonly property int mentionOffset: {
        let n = 0
        for (let i = 0; i < root.pieces.length; ++i) {
            const p = root.pieces[i]
            if (p.kind === "mention")
                return n
            n += root.shownText(p).length
        }
        return -1
    }

    function shownText(piece) {
        return root.showPlaceholders && piece.placeholder !== "" ? piece.placeholder : piece.text
    }

    function htmlEscape(text) {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    }

    function html() {
        let out = ""
        for (let i = 0; i < root.pieces.length; ++i) {
            const p = root.pieces[i]
            let t = root.htmlEscape(root.shownText(p))
            if (p.placeholder !== "") {
                const tint = root.showPlaceholders ? Theme.pending : (p.demo ? Theme.demo : Theme.accent)
                t = "<span style=\"color:" + tint + "; background-color:" + Theme.panelRaised + "\">" + t + "</span>"
            }
            if (p.kind === "mention")
                t = "<u><span style=\"color:" + Theme.gold + "\">" + t + "</span></u>"
            if (p.kind !== "context")
                t = "<b><span style=\"color:" + Theme.text + "\">" + t + "</span></b>"
            out += t
        }
        return "<p style=\"white-space:pre-wrap; line-height:125%\">" + out + "</p>"
    }

    // The figure's words in the middle of the view, or as near as the text's ends allow.
    function centre() {
        if (root.mentionOffset < 0) {
            flick.contentY = 0
            return
        }
        const r = edit.positionToRectangle(root.mentionOffset)
        const max = Math.max(0, flick.contentHeight - flick.height)
        const y = Math.max(0, Math.min(max, r.y + r.height / 2 - flick.height / 2))
        // On a line's top, so no line shows cut in half.
        flick.contentY = Math.min(max, Math.round(y / flick.lineStep) * flick.lineStep)
    }

    objectName: "sourcePanel"
    title: qsTr("原文出处")
    note: root.hasFilled ? (root.showPlaceholders ? qsTr("显示原文占位 · 点按显示填报值")
                                                  : qsTr("着色为填报值 · 点按显示原文占位"))
                         : (root.detail ? root.detail.section : "")
    accentColor: Theme.gold
    onPiecesChanged: root.showPlaceholders = false

    Flickable {
        id: flick

        readonly property real lineStep: edit.lineCount > 0 ? edit.contentHeight / edit.lineCount : Theme.fontBody

        objectName: "sourceFlick"
        x: Theme.gapSmall
        y: Theme.gapSmall
        width: parent.width - 2 * Theme.gapSmall
        // Whole lines only.
        height: Math.max(flick.lineStep, Math.floor((parent.height - 2 * Theme.gapSmall) / flick.lineStep) * flick.lineStep)
        clip: true
        contentWidth: width
        contentHeight: edit.height
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        onHeightChanged: Qt.callLater(root.centre)

        TextEdit {
            id: edit

            objectName: "sourceText"
            width: flick.width
            readOnly: true
            selectByMouse: false
            activeFocusOnPress: false
            textFormat: TextEdit.RichText
            text: root.html()
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: TextEdit.Wrap
            onTextChanged: Qt.callLater(root.centre)
            onWidthChanged: Qt.callLater(root.centre)
            onContentHeightChanged: Qt.callLater(root.centre)
        }

        TapHandler {
            enabled: root.hasFilled
            onTapped: root.showPlaceholders = !root.showPlaceholders
        }
    }
}
