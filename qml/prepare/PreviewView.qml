import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Briefing
import BriefingPrepare

// The wall's own pages at a chosen wall size, scaled into the window, following every edit.
Item {
    id: root

    property bool active: false
    readonly property var sizes: [
        {"title": "1920 × 1080", "w": 1920, "h": 1080},
        {"title": "3840 × 2160", "w": 3840, "h": 2160},
        {"title": "1366 × 768", "w": 1366, "h": 768},
        {"title": "1024 × 768", "w": 1024, "h": 768},
        {"title": "5760 × 1080", "w": 5760, "h": 1080}
    ]
    // The overview, the domain pages and, when the report states targets, the targets page.
    readonly property var pages: [{"name": "overview", "title": qsTr("总览")}].concat(PrepareSession.pages)
        .concat(Dashboard.targets.count > 0 ? [{"name": "targets", "title": Dashboard.targets.title}] : [])

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Ui.padding
        spacing: Ui.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Ui.spacing

            Label {
                text: qsTr("墙面尺寸")
            }

            ComboBox {
                id: sizeBox

                objectName: "previewSizeBox"
                textRole: "title"
                model: root.sizes
            }

            Label {
                text: qsTr("页面")
            }

            ComboBox {
                id: pageBox

                objectName: "previewPageBox"
                textRole: "title"
                model: root.pages
            }

            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: PrepareSession.onWall ? Ui.dim : Ui.pending
                text: PrepareSession.onWall ? qsTr("与墙上显示的内容一致，修改后自动更新")
                    : qsTr("墙上显示的是最新一份报告（%1 %2年），不是正在准备的这一份").arg(Dashboard.county).arg(Dashboard.year)
            }
        }

        WallPreview {
            objectName: "wallPreview"
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: root.active
            wallWidth: root.sizes[sizeBox.currentIndex].w
            wallHeight: root.sizes[sizeBox.currentIndex].h
            pageIndex: pageBox.currentIndex
            pageTitle: root.pages[pageBox.currentIndex].title
            pageCount: root.pages.length
            targetsIndex: root.pages.findIndex(p => p.name === "targets")
        }
    }
}
