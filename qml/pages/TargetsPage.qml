import QtQuick
import Briefing

// The targets page (目标): last year's targets beside what came of them, then the targets
// for the coming year. 16:9 and wider walls put the two groups side by side, 4:3 stacks them.
PageBase {
    id: root

    property TargetsData targets: Dashboard.targets
    readonly property bool hasReview: root.targets !== null && root.targets.review.count > 0
    readonly property bool hasComing: root.targets !== null && root.targets.coming.count > 0
    readonly property bool both: root.hasReview && root.hasComing
    readonly property bool stacked: Theme.narrow
    // The review needs room for results and marks; the coming year only for two columns.
    readonly property real reviewShare: root.both ? (root.stacked ? root.reviewRowsShare : 0.6) : 1
    // On a wide wall the rows keep a readable length and the groups stand centred.
    readonly property real reviewMaxWidth: Theme.px(1700)
    readonly property real comingMaxWidth: Theme.px(1100)
    readonly property real reviewRowsShare: root.both
        ? (root.targets.review.count + 1) / (root.targets.review.count + root.targets.coming.count + 2) : 1

    Item {
        id: content

        anchors {
            fill: parent
            leftMargin: Theme.margin
            rightMargin: Theme.margin
            topMargin: Theme.gap
            bottomMargin: Theme.gap
        }

        TargetGroup {
            id: review

            visible: root.hasReview
            x: root.stacked ? 0 : Math.max(0, (content.width - review.width - (root.both ? Theme.gap + coming.width : 0)) / 2)
            y: 0
            width: Math.min(root.stacked || !root.both ? content.width : (content.width - Theme.gap) * root.reviewShare,
                            root.stacked ? content.width : root.reviewMaxWidth)
            height: root.stacked && root.both ? (content.height - Theme.gap) * root.reviewShare : content.height
            title: root.targets ? qsTr("%1年目标完成情况").arg(root.targets.reviewYear) : ""
            note: root.targets ? qsTr("达成 %1 项 · 未达成 %2 项 · 共 %3 项").arg(root.targets.metCount)
                                     .arg(root.targets.missedCount).arg(root.targets.review.count) : ""
            accentColor: Theme.gold
            rows: root.targets ? root.targets.review : null
        }

        TargetGroup {
            id: coming

            visible: root.hasComing
            x: root.both && !root.stacked ? review.x + review.width + Theme.gap
                : (root.stacked ? 0 : Math.max(0, (content.width - coming.width) / 2))
            y: root.both && root.stacked ? review.height + Theme.gap : 0
            width: root.stacked ? content.width
                : Math.min(root.both ? content.width - (content.width - Theme.gap) * root.reviewShare - Theme.gap : content.width,
                           root.comingMaxWidth)
            height: content.height - y
            title: root.targets ? qsTr("%1年预期目标").arg(root.targets.comingYear) : ""
            accentColor: Theme.accent
            rows: root.targets ? root.targets.coming : null
            showResult: false
        }
    }
}
