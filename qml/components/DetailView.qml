pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// The drill-down of what was tapped: its value and change, the prior year derived from
// the change (marked 推算), its trend, what it is made of, and its source sentence.
Rectangle {
    id: root

    property string domainTitle
    readonly property DetailModel detail: Dashboard.detail
    readonly property bool settled: !fadeIn.running
    readonly property bool hasValue: !root.detail.pending && root.detail.value !== undefined && root.detail.value !== null
    readonly property bool hasGrowth: !root.detail.growthPending && root.detail.growth !== undefined && root.detail.growth !== null
    readonly property color accentColor: Theme.domainColor(root.detail.domain)

    function settleNow() {
        fadeIn.complete()
    }

    color: Theme.background
    onVisibleChanged: if (visible) fadeIn.restart()

    NumberAnimation {
        id: fadeIn

        target: body
        property: "opacity"
        from: 0.2
        to: 1
        duration: Theme.fadeDuration
    }

    // Swallows taps that miss every control, so nothing underneath reacts.
    TapHandler {}

    Item {
        id: bar

        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            leftMargin: Theme.margin
            rightMargin: Theme.margin
            topMargin: Theme.gap
        }
        height: Theme.touchTarget

        TouchButton {
            id: backButton

            anchors.left: parent.left
            text: qsTr("‹ 返回")
            onClicked: root.detail.back()
        }

        DetailBreadcrumb {
            anchors {
                left: backButton.right
                leftMargin: Theme.gap
                right: closeButton.left
                rightMargin: Theme.gap
            }
            height: parent.height
            domainTitle: root.domainTitle
            detail: root.detail
        }

        TouchButton {
            id: closeButton

            anchors.right: parent.right
            text: qsTr("关闭 ✕")
            onClicked: root.detail.close()
        }
    }

    Item {
        id: body

        // Parts, or else the other figures of the sentence; with neither, the paragraph
        // takes that place instead of an empty panel.
        readonly property bool hasList: root.detail.parts.count > 0 || root.detail.related.count > 0
        readonly property real listRoom: body.height - valuePanel.height - Theme.gap
        readonly property real listHeight: Math.min(body.listRoom,
            partsPanel.chromeHeight + partsPanel.list.count * Theme.touchTarget)
        // A short list leaves room for the paragraph under it, and the trend gets the
        // whole right side.
        readonly property bool sourceLeft: !body.hasList || body.listRoom - body.listHeight - Theme.gap >= body.height * 0.3

        anchors {
            left: parent.left
            right: parent.right
            top: bar.bottom
            bottom: parent.bottom
            margins: Theme.margin
            topMargin: Theme.gap
        }

        Column {
            id: left

            x: 0
            y: 0
            width: Theme.ultraWide ? body.width * 0.3 : body.width * 0.4
            spacing: Theme.gap

            Panel {
                id: valuePanel

                width: parent.width
                height: valueColumn.implicitHeight + Theme.gap * 2 + Theme.fontBody * 1.5
                title: root.detail.name
                accentColor: root.accentColor

                Column {
                    id: valueColumn

                    x: Theme.gapSmall
                    width: parent.width - 2 * Theme.gapSmall
                    spacing: Theme.gapSmall

                    Row {
                        spacing: Theme.gapSmall

                        Text {
                            id: bigValue

                            text: root.detail.pending ? root.detail.mask
                                : (root.hasValue ? root.detail.displayValue : (root.hasGrowth ? "" : "—"))
                            visible: text !== ""
                            color: root.detail.pending ? Theme.pending : Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontHuge
                            font.bold: true
                        }

                        Text {
                            anchors.baseline: bigValue.baseline
                            visible: bigValue.visible
                            text: root.detail.unit
                            color: Theme.textDim
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontLarge
                        }

                        Pill {
                            anchors.verticalCenter: bigValue.verticalCenter
                            visible: root.detail.pending
                            text: qsTr("待填报")
                            tint: Theme.pending
                            fontSize: Theme.fontSmall
                        }
                    }

                    Text {
                        visible: text !== ""
                        text: {
                            if (root.detail.growthPending)
                                return qsTr("%1 %2% 待填报").arg(Theme.kindLabel(root.detail.growthKind)).arg(root.detail.growthMask)
                            if (!root.hasGrowth)
                                return ""
                            const g = root.detail.growth
                            // 增长/增幅 as a kind would read "增长 增长 9%": the direction says it.
                            const kind = ["", "增长", "增幅"].indexOf(root.detail.growthKind) >= 0 ? ""
                                : Theme.kindLabel(root.detail.growthKind) + " "
                            return Theme.arrow(g) + " " + kind
                                + (g > 0 ? qsTr("增长") : qsTr("下降")) + " " + Math.abs(g) + Theme.changeSuffix(root.detail.growthKind)
                        }
                        color: root.detail.growthPending ? Theme.pending : Theme.changeColor(root.detail.growth)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                    }

                    Flow {
                        width: parent.width
                        spacing: Theme.gapSmall

                        Repeater {
                            model: root.detail.qualifiers

                            delegate: Pill {
                                required property string modelData

                                text: Theme.qualifierLabel(modelData)
                                tint: Theme.accent
                                fontSize: Theme.fontSmall
                            }
                        }

                        Pill {
                            visible: root.detail.rank !== ""
                            text: root.detail.rank
                            tint: Theme.gold
                            fontSize: Theme.fontSmall
                        }

                        Pill {
                            visible: root.detail.demo
                            text: qsTr("示例数据")
                            tint: Theme.demo
                            fontSize: Theme.fontSmall
                        }
                    }

                    Row {
                        visible: root.detail.priorDisplayValue !== ""
                        spacing: Theme.gapSmall

                        // A year a report states reads as reported; only a derived one is gold
                        // and says 推算.
                        Text {
                            id: priorLabel

                            text: root.detail.priorLabel
                            color: root.detail.priorDerived ? Theme.gold : Theme.textDim
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                        }

                        Text {
                            anchors.baseline: priorLabel.baseline
                            text: root.detail.priorDisplayValue + " " + root.detail.unit
                            color: root.detail.priorDerived ? Theme.gold : Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }

                        Pill {
                            visible: root.detail.priorDerived
                            anchors.verticalCenter: priorLabel.verticalCenter
                            text: qsTr("推算")
                            tint: Theme.gold
                        }
                    }
                }
            }

            Panel {
                id: partsPanel

                readonly property bool showParts: root.detail.parts.count > 0
                readonly property FigureModel list: showParts ? root.detail.parts : root.detail.related

                visible: body.hasList
                width: parent.width
                height: body.sourceLeft ? body.listHeight : body.listRoom
                title: showParts ? qsTr("构成（%1项）").arg(root.detail.parts.count)
                                 : qsTr("同句数据（%1项）").arg(root.detail.related.count)
                // Rows out of view are counted, so a list that scrolls says so.
                note: partsList.below > 0 ? qsTr("下方还有%1项，上滑查看").arg(partsList.below)
                                          : (partsList.interactive ? qsTr("已到底，下滑回到开头") : "")
                accentColor: root.accentColor

                ListView {
                    id: partsList

                    readonly property int below: Math.max(0, count - Math.round((contentY + height) / Theme.touchTarget))

                    objectName: "partsList"
                    // Whole rows only: a row cut in half reads as a broken screen; the rest
                    // scrolls under a finger.
                    width: parent.width
                    height: Math.max(Theme.touchTarget, Math.floor(parent.height / Theme.touchTarget) * Theme.touchTarget)
                    clip: true
                    model: partsPanel.list
                    interactive: contentHeight > height + 1
                    boundsBehavior: Flickable.StopAtBounds
                    // Rows out of view made ahead of time are incubated asynchronously, and a
                    // reset under one warns (Qt 6.4); a list of a few dozen rows needs none.
                    cacheBuffer: 0

                    delegate: PartRow {
                        width: ListView.view.width - (partsList.interactive ? scrollBar.width * 2 : 0)
                        onFigureRequested: id => Dashboard.detail.openFigure(id)
                    }

                    Rectangle {
                        id: scrollBar

                        visible: partsList.interactive
                        anchors.right: parent.right
                        y: partsList.visibleArea.yPosition * partsList.height
                        width: Theme.px(6)
                        height: partsList.visibleArea.heightRatio * partsList.height
                        radius: width / 2
                        color: Theme.textFaint
                    }
                }
            }
        }

        TrendChart {
            id: trend

            x: left.width + Theme.gap
            y: 0
            width: body.width - x
            height: body.sourceLeft ? body.height : body.height * 0.48
            detail: root.detail
            accentColor: root.accentColor
        }

        DetailSource {
            id: source

            x: body.sourceLeft ? 0 : trend.x
            y: body.sourceLeft ? left.height + Theme.gap : trend.height + Theme.gap
            width: body.sourceLeft ? left.width : trend.width
            height: body.height - y
            detail: root.detail
        }
    }
}
