import QtQuick
import Briefing

// What every page shares: it is shown only while current, and when it appears its
// numbers count up (one animation per page drives every card on it).
Item {
    id: root

    property bool current: false
    property string title
    property real reveal: 1
    readonly property bool settled: !revealAnimation.running

    function settleNow() {
        revealAnimation.complete()
        root.reveal = 1
    }

    visible: current
    onCurrentChanged: {
        if (current) {
            root.reveal = 0
            revealAnimation.restart()
        }
    }
    Component.onCompleted: {
        if (current) {
            root.reveal = 0
            revealAnimation.restart()
        }
    }

    NumberAnimation {
        id: revealAnimation

        target: root
        property: "reveal"
        from: 0
        to: 1
        duration: Theme.revealDuration
        easing.type: Easing.OutCubic
    }
}
