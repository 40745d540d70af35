pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// A project with its investment and what it delivered (its parts, each tappable).
Rectangle {
    id: root

    required property var figureId
    required property string label
    required property var value
    required property string displayValue
    required property int decimals
    required property string unit
    required property bool pending
    required property string mask
    required property var parts
    property real reveal: 1
    property color accentColor: Theme.accent

    // A tap on the project or one of its parts asks for that figure's detail.
    signal figureRequested(var id)
    readonly property real rowHeight: Math.max(Theme.fontSmall * 1.6,
        Math.min(Theme.touchTarget, (partsArea.height) / Math.max(1, root.parts.length)))

    radius: Theme.radius
    color: headTap.pressed ? Theme.panelRaised : Theme.panel
    border.color: root.pending ? Theme.pending : Theme.panelBorder
    border.width: Theme.border

    Item {
        id: head

        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: Theme.gap
        }
        height: Theme.fontValue * 1.9

        Text {
            id: nameText

            width: parent.width
            text: root.label
            color: root.accentColor
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            elide: Text.ElideRight
        }

        Text {
            id: valueText

            anchors {
                top: nameText.bottom
                left: parent.left
            }
            text: {
                if (root.pending)
                    return root.mask
                if (root.value === undefined || root.value === null)
                    return "—"
                return root.reveal >= 1 ? root.displayValue : Theme.formatNumber(root.value * root.reveal, root.decimals)
            }
            color: root.pending ? Theme.pending : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontValue
            font.bold: true
        }

        Text {
            anchors {
                left: valueText.right
                leftMargin: Theme.gapSmall / 2
                baseline: valueText.baseline
            }
            text: root.unit
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        Pill {
            anchors {
                right: parent.right
                verticalCenter: valueText.verticalCenter
            }
            visible: root.pending
            text: qsTr("待填报")
            tint: Theme.pending
        }

        TapHandler {
            id: headTap

            onTapped: root.figureRequested(root.figureId)
        }
    }

    Rectangle {
        id: rule

        anchors {
            left: head.left
            right: head.right
            top: head.bottom
            topMargin: Theme.gapSmall
        }
        height: Math.max(1, Theme.border / 2)
        color: Theme.panelBorder
    }

    Item {
        id: partsArea

        anchors {
            left: head.left
            right: head.right
            top: rule.bottom
            topMargin: Theme.gapSmall
            bottom: parent.bottom
            bottomMargin: Theme.gapSmall
        }
        clip: true

        Column {
            width: parent.width

            Repeater {
                model: root.parts

                delegate: Item {
                    id: part

                    required property var modelData

                    width: partsArea.width
                    height: root.rowHeight

                    Text {
                        anchors {
                            left: parent.left
                            right: partValue.left
                            rightMargin: Theme.gapSmall
                            verticalCenter: parent.verticalCenter
                        }
                        text: part.modelData.name
                        color: Theme.textDim
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }

                    Text {
                        id: partValue

                        anchors {
                            right: parent.right
                            verticalCenter: parent.verticalCenter
                        }
                        text: part.modelData.pending
                            ? qsTr("%1%2 待填报").arg(part.modelData.displayValue).arg(part.modelData.unit)
                            : part.modelData.displayValue + " " + part.modelData.unit
                        color: part.modelData.pending ? Theme.pending : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: !part.modelData.pending
                    }

                    TapHandler {
                        onTapped: root.figureRequested(part.modelData.figureId)
                    }
                }
            }
        }
    }
}
