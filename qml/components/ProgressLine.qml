import QtQuick
import Briefing

// The thin line that fills up until the next page. It advances in steps rather than every
// frame: a rotating screen should not keep the CPU busy redrawing a line.
Item {
    id: root

    property int periodMs: 30000
    property bool running: false
    property real progress: 0
    readonly property int steps: 150

    signal elapsed()

    // Starts the period again. The stepper's own running binding decides whether it ticks:
    // Timer.restart() would start it even with rotation off or paused.
    function restart() {
        root.progress = 0
    }

    height: Theme.progressHeight
    onRunningChanged: root.restart()
    onPeriodMsChanged: root.restart()

    Timer {
        id: stepper

        interval: Math.max(50, root.periodMs / root.steps)
        repeat: true
        running: root.running && root.periodMs > 0
        onTriggered: {
            root.progress = Math.min(1, root.progress + stepper.interval / root.periodMs)
            if (root.progress >= 1) {
                root.progress = 0
                root.elapsed()
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.panel
        visible: root.running
    }

    Rectangle {
        visible: root.running
        width: parent.width * root.progress
        height: parent.height
        color: Theme.accent
    }
}
