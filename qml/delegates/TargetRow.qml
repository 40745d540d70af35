import QtQuick
import Briefing

// One target: the indicator, the target as the report states it and, in the review, the
// result and a mark that says met, missed or not comparable in a word and a symbol, not by
// colour alone. Tapping the target or the result asks for it (figureRequested).
Rectangle {
    id: root

    required property int index
    required property var figureId
    required property int reportYear
    required property string label
    required property string target
    required property var resultId
    required property int resultYear
    required property string result
    required property string mark
    property bool showResult: true

    // A tap on the target or on the result asks for that figure, of the report of that year.
    signal figureRequested(var id, int year)
    readonly property real fontSize: Math.min(Theme.fontLarge, root.height * 0.42)
    readonly property real inner: root.width - 2 * Theme.gap
    readonly property color markColor: root.mark === "met" ? Theme.green
        : (root.mark === "missed" ? Theme.warning : Theme.textDim)

    radius: Theme.radiusSmall
    color: root.index % 2 === 0 ? Theme.panelRaised : "transparent"

    Text {
        id: labelText

        x: Theme.gap
        width: root.inner * (root.showResult ? 0.37 : 0.56) - Theme.gapSmall
        anchors.verticalCenter: parent.verticalCenter
        text: root.label
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: root.fontSize
        font.bold: true
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: root.fontSize * 0.7
        elide: Text.ElideRight
    }

    Text {
        id: targetText

        x: Theme.gap + root.inner * (root.showResult ? 0.38 : 0.56)
        width: root.inner * (root.showResult ? 0.24 : 0.44)
        anchors.verticalCenter: parent.verticalCenter
        text: root.target
        color: Theme.gold
        font.family: Theme.fontFamily
        font.pixelSize: root.fontSize
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: root.fontSize * 0.6
        elide: Text.ElideRight
    }

    // The indicator and target open the target; the result cell beside it opens the result.
    Item {
        id: targetCell

        width: root.showResult ? resultCell.x : root.width
        height: root.height

        TapHandler {
            onTapped: root.figureRequested(root.figureId, root.reportYear)
        }
    }

    Item {
        id: resultCell

        visible: root.showResult
        x: Theme.gap + root.inner * 0.63
        width: root.inner * 0.18
        height: root.height

        Text {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - Theme.gapSmall
            text: root.result !== "" ? root.result : qsTr("未提及")
            color: root.result !== "" ? Theme.text : Theme.textFaint
            font.family: Theme.fontFamily
            font.pixelSize: root.fontSize
            font.bold: root.result !== ""
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: root.fontSize * 0.6
            elide: Text.ElideRight
        }

        TapHandler {
            enabled: root.resultId > 0
            onTapped: root.figureRequested(root.resultId, root.resultYear)
        }
    }

    Rectangle {
        id: markBadge

        visible: root.showResult && root.mark !== ""
        x: Theme.gap + root.inner * 0.81
        width: Math.min(root.inner * 0.19, root.fontSize * 6)
        height: Math.round(root.fontSize * 1.45)
        anchors.verticalCenter: parent.verticalCenter
        radius: height / 2
        color: Qt.rgba(root.markColor.r, root.markColor.g, root.markColor.b, root.mark === "incomparable" ? 0.08 : 0.2)
        border.color: root.markColor
        border.width: Theme.border

        Text {
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.width - root.fontSize * 0.4)
            text: root.mark === "met" ? qsTr("✓ 达成") : (root.mark === "missed" ? qsTr("× 未达成") : qsTr("— 不可比"))
            color: root.markColor
            font.family: Theme.fontFamily
            font.pixelSize: root.fontSize * 0.9
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: root.fontSize * 0.5
        }
    }
}
