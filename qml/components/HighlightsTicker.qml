pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// The report's strongest sentences, scrolling upwards without end. It pauses under a finger
// (or a pressed button), under a visible pointer that moved in the last few seconds, and
// while the screen is paused (P); a tap opens the detail of the sentence's figures. A pointer
// merely resting there, or hidden in kiosk mode, does not freeze it.
// Scrolling steps ~30 times a second: smooth for slow text, half the redraws of vsync.
Panel {
    id: root

    property real offset: 0
    readonly property real cycleHeight: firstCopy.height + Theme.gap
    readonly property bool scrolling: root.visible && Dashboard.highlights.count > 0
        && firstCopy.height > viewport.height * 0.7
    // A reader's pointer: over the ticker, shown (not kiosk) and moved lately.
    readonly property bool pointerReading: hover.hovered && !AppSettings.kiosk && pointerRest.running
    readonly property bool held: touch.active || root.pointerReading

    title: qsTr("工作亮点")
    note: Dashboard.highlights.count > 0 ? qsTr("%n条", "", Dashboard.highlights.count) : ""
    accentColor: Theme.gold

    Timer {
        interval: Theme.tickerInterval
        repeat: true
        running: root.scrolling && !AppSettings.paused && !root.held
        onTriggered: {
            root.offset += Theme.tickerStep
            if (root.offset >= root.cycleHeight)
                root.offset -= root.cycleHeight
        }
    }

    Item {
        id: viewport

        anchors.fill: parent
        clip: true

        HoverHandler {
            id: hover

            property point last

            // The window re-sends hover to a resting pointer whenever the scene changes (the
            // clock ticks): only a real move counts.
            onPointChanged: {
                const p = hover.point.scenePosition
                if (Math.abs(p.x - hover.last.x) + Math.abs(p.y - hover.last.y) >= 2)
                    pointerRest.restart()
                hover.last = p
            }
        }

        // How long a pointer that stopped still holds the ticker.
        Timer {
            id: pointerRest

            interval: 3000
        }

        PointHandler {
            id: touch
        }

        Column {
            id: scroller

            width: viewport.width
            y: root.scrolling ? -Math.round(root.offset) : 0
            spacing: Theme.gap

            Column {
                id: firstCopy

                width: parent.width
                spacing: Theme.gap

                Repeater {
                    model: Dashboard.highlights
                    delegate: HighlightItem {
                        width: firstCopy.width
                        onHighlightRequested: id => Dashboard.detail.openHighlight(id)
                    }
                }
            }

            // The second copy makes the wrap-around seamless.
            Column {
                visible: root.scrolling
                width: parent.width
                spacing: Theme.gap

                Repeater {
                    model: root.scrolling ? Dashboard.highlights : null
                    delegate: HighlightItem {
                        width: firstCopy.width
                        onHighlightRequested: id => Dashboard.detail.openHighlight(id)
                    }
                }
            }
        }

        Text {
            visible: Dashboard.highlights.count === 0
            anchors.centerIn: parent
            text: qsTr("暂无亮点")
            color: Theme.textFaint
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }
}
