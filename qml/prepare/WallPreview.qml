import QtQuick
import Briefing

// One page of the wall, built from the wall's own QML at the wall's size and scaled down to
// fit. Input is off: this is a picture of the wall, not a second wall to drive.
Item {
    id: root

    property bool active: false
    property int wallWidth: 1920
    property int wallHeight: 1080
    property int pageIndex: 0
    property string pageTitle
    property int pageCount: 6
    // Where the targets page stands in the console's page list; -1 without one.
    property int targetsIndex: -1

    clip: true

    // The wall's sizes all derive from these; the console is the only window of Theme here.
    Binding {
        target: Theme
        property: "windowWidth"
        value: root.wallWidth
    }

    Binding {
        target: Theme
        property: "windowHeight"
        value: root.wallHeight
    }

    Rectangle {
        id: wall

        width: root.wallWidth
        height: root.wallHeight
        x: (root.width - root.wallWidth * wall.scale) / 2
        scale: Math.min(root.width / root.wallWidth, root.height / root.wallHeight)
        transformOrigin: Item.TopLeft
        enabled: false
        color: Theme.background

        Header {
            id: header

            anchors {
                left: parent.left
                right: parent.right
                top: parent.top
            }
            pageTitle: root.pageTitle
            pageCount: root.pageCount
            currentIndex: root.pageIndex
            paused: false
        }

        Item {
            anchors {
                left: parent.left
                right: parent.right
                top: header.bottom
                bottom: parent.bottom
            }

            OverviewPage {
                anchors.fill: parent
                current: root.active && root.pageIndex === 0
            }

            DomainPage {
                anchors.fill: parent
                current: root.active && root.pageIndex === 1
                domainData: Dashboard.economy
            }

            DomainPage {
                anchors.fill: parent
                current: root.active && root.pageIndex === 2
                domainData: Dashboard.agriculture
            }

            DomainPage {
                anchors.fill: parent
                current: root.active && root.pageIndex === 3
                domainData: Dashboard.industry
            }

            DomainPage {
                anchors.fill: parent
                current: root.active && root.pageIndex === 4
                domainData: Dashboard.urban
                showProjects: true
            }

            DomainPage {
                anchors.fill: parent
                current: root.active && root.pageIndex === 5
                domainData: Dashboard.social
            }

            TargetsPage {
                anchors.fill: parent
                current: root.active && root.targetsIndex >= 0 && root.pageIndex === root.targetsIndex
            }
        }
    }
}
