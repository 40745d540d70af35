pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// The drill-down path, each step a finger-sized target: the page's title closes the detail,
// a figure returns to its level. When the path is wider than the bar its start scrolls out,
// so the current figure stays in view.
Item {
    id: root

    property string domainTitle
    property DetailModel detail

    clip: true

    Row {
        id: row

        x: Math.min(0, root.width - row.width)
        height: root.height

        Repeater {
            model: [root.domainTitle].concat(root.detail ? root.detail.breadcrumb : [])

            delegate: Item {
                id: crumb

                required property int index
                required property string modelData
                readonly property bool last: crumb.index === (root.detail ? root.detail.depth : 0)

                objectName: "crumb" + crumb.index
                width: label.implicitWidth + (crumb.last ? 0 : separator.implicitWidth)
                height: row.height

                Text {
                    id: label

                    anchors.verticalCenter: parent.verticalCenter
                    text: crumb.modelData
                    color: crumb.last ? Theme.text : (tap.pressed ? Theme.accent : Theme.textDim)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.underline: !crumb.last
                }

                Text {
                    id: separator

                    visible: !crumb.last
                    anchors.left: label.right
                    anchors.verticalCenter: parent.verticalCenter
                    text: "  ›  "
                    color: Theme.textFaint
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }

                TapHandler {
                    id: tap

                    enabled: !crumb.last
                    onTapped: root.detail.backTo(crumb.index)
                }
            }
        }
    }
}
