pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// 全部数据: every figure of a domain, scrollable, in the report's order or largest first;
// a row opens the figure's detail. Nothing a report states is lost for being off the cards.
Panel {
    id: root

    property FigureModel model

    signal closeRequested()

    title: qsTr("全部数据（%n项）", "", root.model ? root.model.count : 0)
    note: qsTr("点按一行查看详情")

    TouchButton {
        id: sortButton

        anchors {
            right: closeButton.left
            rightMargin: Theme.gapSmall
            top: parent.top
        }
        text: root.model && root.model.sortBySize ? qsTr("按报告顺序") : qsTr("按数值大小")
        onClicked: {
            if (root.model)
                root.model.sortBySize = !root.model.sortBySize
        }
    }

    TouchButton {
        id: closeButton

        anchors {
            right: parent.right
            top: parent.top
        }
        text: qsTr("关闭")
        onClicked: root.closeRequested()
    }

    ListView {
        id: list

        anchors {
            left: parent.left
            right: parent.right
            top: sortButton.bottom
            topMargin: Theme.gapSmall
            bottom: parent.bottom
        }
        clip: true
        // Rows only while the list is shown: a hidden list kept its rows incubating, and a
        // model reset (another year) cancelled them with a warning.
        model: root.visible ? root.model : null
        boundsBehavior: Flickable.StopAtBounds

        delegate: FullListRow {
            width: list.width
            onFigureRequested: id => Dashboard.detail.openFigure(id)
        }
    }

    // A scroll mark: the list is longer than the panel.
    Rectangle {
        visible: list.contentHeight > list.height
        anchors.right: list.right
        y: list.y + list.visibleArea.yPosition * list.height
        width: Theme.px(6)
        height: Math.max(Theme.px(24), list.visibleArea.heightRatio * list.height)
        radius: width / 2
        color: Theme.textFaint
    }
}
