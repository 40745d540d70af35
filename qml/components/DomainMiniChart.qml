import QtQuick
import Briefing

// A domain's lead chart in small, for the overview, titled with the domain. A domain
// whose figures compare with nothing shows its lead figures as a list instead.
Item {
    id: root

    property DomainData domainData
    readonly property bool hasChart: root.domainData !== null && root.domainData.chartCount > 0
    readonly property color accentColor: Theme.domainColor(root.domainData ? root.domainData.domain : "")

    ChartSlot {
        anchors.fill: parent
        active: root.hasChart
        compact: true
        titleOverride: root.domainData ? root.domainData.title : ""
        series: root.hasChart ? root.domainData.charts[0] : null
        accentColor: root.accentColor
    }

    KeyFigures {
        anchors.fill: parent
        visible: !root.hasChart
        title: root.domainData ? root.domainData.title : ""
        model: root.hasChart || !root.domainData ? null : root.domainData.figures
        accentColor: root.accentColor
    }
}
