import QtQuick
import Briefing

// A domain's main chart in small, for the overview: its totals if it has two or more in
// one unit, else its growth rates, else what is pending.
Item {
    id: root

    property DomainData domainData
    property string title
    readonly property bool useBars: root.domainData !== null
        && (root.domainData.primary.count > 0 || root.domainData.growth.count === 0)
    readonly property color accentColor: Theme.domainColor(root.domainData ? root.domainData.domain : "")

    signal titleTapped()

    BarListPanel {
        anchors.fill: parent
        visible: root.useBars
        maxBars: 5
        title: root.title
        series: root.domainData ? root.domainData.primary : null
        barColor: root.accentColor
        accentColor: root.accentColor
    }

    GrowthPanel {
        anchors.fill: parent
        visible: !root.useBars
        title: root.title
        series: root.domainData && !root.useBars ? root.domainData.growth : null
        accentColor: root.accentColor
    }
}
