import QtQuick
import Briefing

// One row of a page's full list: name, value with unit (or its placeholder), change.
Rectangle {
    id: root

    required property int index
    required property var figureId
    required property string name
    required property string displayValue
    required property string unit
    required property var growth
    required property string displayGrowth
    required property string growthKind
    required property bool pending
    required property bool growthPending

    signal figureRequested(var id)

    height: Theme.fontBody * 2.2
    color: tap.pressed ? Theme.panelRaised : (root.index % 2 === 0 ? "transparent" : Qt.rgba(1, 1, 1, 0.03))

    Text {
        id: nameText

        anchors {
            left: parent.left
            leftMargin: Theme.gapSmall
            verticalCenter: parent.verticalCenter
        }
        width: parent.width * 0.55
        text: root.name
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }

    Text {
        id: valueText

        anchors {
            left: nameText.right
            leftMargin: Theme.gapSmall
            verticalCenter: parent.verticalCenter
        }
        width: parent.width * 0.22
        horizontalAlignment: Text.AlignRight
        text: root.displayValue !== "" ? root.displayValue + " " + root.unit : ""
        color: root.pending ? Theme.pending : Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.bold: true
        elide: Text.ElideLeft
    }

    Text {
        anchors {
            left: valueText.right
            leftMargin: Theme.gap
            right: parent.right
            verticalCenter: parent.verticalCenter
        }
        text: {
            if (root.growthPending)
                return qsTr("增幅 %1%").arg(root.displayGrowth)
            if (root.growth === undefined || root.growth === null)
                return ""
            return Theme.arrow(root.growth) + " " + root.displayGrowth + Theme.changeSuffix(root.growthKind)
        }
        color: root.growthPending ? Theme.pending : Theme.changeColor(root.growth)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }

    TapHandler {
        id: tap

        onTapped: root.figureRequested(root.figureId)
    }
}
