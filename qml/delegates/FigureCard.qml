import QtQuick
import Briefing

// One figure as a card: name, value and unit, change with arrow. A pending figure shows
// its mask greyed with 待填报 — never a number. Tapping opens the figure's detail.
Rectangle {
    id: root

    required property var figureId
    required property string label
    required property var value
    required property string displayValue
    required property int decimals
    required property string unit
    required property var growth
    required property string growthKind
    required property bool pending
    required property string mask
    required property bool growthPending
    required property string growthMask
    required property string displayGrowth
    required property string qualifier
    required property string rank
    required property bool hasParts
    property real reveal: 1
    property color accentColor: Theme.accent

    // A tap asks for the figure's detail; the page decides what opens it.
    signal figureRequested(var id)

    readonly property bool hasValue: !root.pending && root.value !== undefined && root.value !== null
    readonly property bool hasGrowth: !root.growthPending && root.growth !== undefined && root.growth !== null
    // A figure the report states only as a change (粮食总产 同比增长 …) shows the change big.
    readonly property bool growthOnly: !root.pending && !root.hasValue && root.hasGrowth
    readonly property real unitSize: Math.max(Theme.fontTiny * 0.8, root.height * 0.13)

    radius: Theme.radius
    color: tap.pressed ? Theme.panelRaised : Theme.panel
    border.color: root.pending ? Theme.pending : Theme.panelBorder
    border.width: Theme.border

    Rectangle {
        anchors {
            left: parent.left
            top: parent.top
            bottom: parent.bottom
            margins: root.border.width
        }
        width: Theme.px(5)
        radius: width / 2
        color: root.pending ? Theme.pending : root.accentColor
    }

    Text {
        id: nameText

        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            leftMargin: root.height * 0.1
            rightMargin: root.height * 0.08
            topMargin: root.height * 0.07
        }
        // A name is read whole: on one line while it fits at 72 % of the size, else on two
        // lines, smaller only as far as two lines need.
        readonly property real ems: Math.max(1, Theme.textEms(root.label))
        readonly property real oneLineSize: nameText.width / nameText.ems

        text: root.label
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: nameText.oneLineSize >= root.unitSize * 0.72
            ? Math.min(root.unitSize, nameText.oneLineSize)
            : Math.max(Theme.fontTiny * 0.8, Math.min(root.unitSize * 0.8, nameText.oneLineSize * 2 * 0.95))
        wrapMode: Text.Wrap
        maximumLineCount: 2
        lineHeight: 0.9
        elide: Text.ElideRight
    }

    Text {
        id: valueText

        anchors {
            left: nameText.left
            verticalCenter: parent.verticalCenter
            verticalCenterOffset: root.height * 0.02
        }
        // The room left beside the unit. Not min(implicitWidth, …): with HorizontalFit the
        // implicit width follows the fitted size, and the two would chase each other every frame.
        width: root.width - root.height * 0.18 - unitText.implicitWidth - Theme.gapSmall
        text: {
            if (root.pending)
                return root.mask
            if (root.growthOnly)
                return (root.growth > 0 ? "+" : (root.growth < 0 ? "-" : "")) + (root.reveal >= 1 ? root.displayGrowth
                    : Theme.formatNumber(Math.abs(root.growth) * root.reveal, root.displayGrowth.indexOf(".") < 0 ? 0
                        : root.displayGrowth.length - root.displayGrowth.indexOf(".") - 1))
            if (!root.hasValue)
                return "—"
            if (root.reveal >= 1)
                return root.displayValue
            return Theme.formatNumber(root.value * root.reveal, root.decimals)
        }
        color: root.pending ? Theme.pending : (root.growthOnly ? Theme.changeColor(root.growth) : Theme.text)
        font.family: Theme.fontFamily
        font.pixelSize: root.height * 0.34
        font.bold: true
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.fontTiny
    }

    Text {
        id: unitText

        anchors {
            left: valueText.left
            leftMargin: valueText.contentWidth + Theme.gapSmall / 2
            baseline: valueText.baseline
        }
        text: root.growthOnly ? Theme.changeSuffix(root.growthKind) : root.unit
        color: root.pending ? Theme.pending : Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: root.unitSize
    }

    Row {
        id: footer

        anchors {
            left: nameText.left
            right: nameText.right
            bottom: parent.bottom
            bottomMargin: root.height * 0.07
        }
        spacing: Theme.gapSmall

        Pill {
            visible: root.pending
            text: qsTr("待填报")
            tint: Theme.pending
            fontSize: root.unitSize * 0.85
        }

        Text {
            id: changeText

            visible: text !== ""
            text: {
                if (root.growthOnly)
                    return root.growthKind !== "" ? Theme.kindLabel(root.growthKind) : qsTr("增长")
                // The 待填报 pill already says it when the value is pending too.
                if (root.growthPending)
                    return root.pending ? qsTr("增幅 %1%").arg(root.growthMask) : qsTr("增幅 %1% 待填报").arg(root.growthMask)
                if (!root.hasGrowth)
                    return ""
                return Theme.arrow(root.growth) + " " + root.displayGrowth + Theme.changeSuffix(root.growthKind)
            }
            color: root.growthPending ? Theme.pending : (root.growthOnly ? Theme.textDim : Theme.changeColor(root.growth))
            font.family: Theme.fontFamily
            font.pixelSize: root.unitSize
            font.bold: !root.growthPending && !root.growthOnly
        }

        Text {
            visible: !root.growthOnly && root.hasGrowth && root.growthKind !== ""
            anchors.baseline: changeText.baseline
            text: Theme.kindLabel(root.growthKind)
            color: Theme.textFaint
            font.family: Theme.fontFamily
            font.pixelSize: root.unitSize * 0.85
        }

        Pill {
            // Shown only where it fits whole, like the rank.
            visible: root.qualifier !== "" && implicitWidth <= footer.width - x
            anchors.verticalCenter: changeText.verticalCenter
            text: Theme.qualifiersText(root.qualifier)
            tint: Theme.accent
            fontSize: root.unitSize * 0.8
        }

        Pill {
            // Shown only where it fits whole: a clipped rank reads as a different claim.
            visible: root.rank !== "" && implicitWidth <= footer.width - x
            anchors.verticalCenter: changeText.verticalCenter
            text: root.rank
            tint: Theme.gold
            fontSize: root.unitSize * 0.8
        }
    }

    TapHandler {
        id: tap

        onTapped: root.figureRequested(root.figureId)
    }
}
