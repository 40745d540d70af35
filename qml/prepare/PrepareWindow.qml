import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BriefingPrepare

// The staff's window: choose the report (county, year), then fill its placeholders, correct
// and curate its figures, preview the wall and look back at (and undo) every change.
ApplicationWindow {
    id: root

    property alias currentTab: tabs.currentIndex

    objectName: "prepareWindow"
    width: 1366
    height: 768
    minimumWidth: 1024
    minimumHeight: 640
    title: PrepareSession.county !== ""
        ? qsTr("%1 %2年 · 数据准备").arg(PrepareSession.county).arg(PrepareSession.year) : qsTr("数据准备")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Ui.padding
            anchors.rightMargin: Ui.padding
            spacing: Ui.spacing

            Label {
                text: qsTr("县")
            }

            ComboBox {
                id: countyBox

                objectName: "countyBox"
                model: PrepareSession.counties
                currentIndex: PrepareSession.counties.indexOf(PrepareSession.county)
                onActivated: PrepareSession.selectReport(countyBox.currentText, PrepareSession.year)
            }

            Label {
                text: qsTr("年度")
            }

            ComboBox {
                id: yearBox

                objectName: "yearBox"
                model: PrepareSession.years
                currentIndex: PrepareSession.years.indexOf(PrepareSession.year)
                onActivated: PrepareSession.selectReport(PrepareSession.county, Number(yearBox.currentText))
            }

            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: PrepareSession.onWall ? PrepareSession.reportTitle
                    : qsTr("%1（不是墙上显示的最新报告）").arg(PrepareSession.reportTitle)
            }

            Label {
                objectName: "statusMessage"
                Layout.maximumWidth: root.width * 0.45
                elide: Text.ElideRight
                text: PrepareSession.message
                color: PrepareSession.messageIsError ? Ui.error : Ui.ok
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs

            Layout.fillWidth: true

            TabButton {
                text: qsTr("待填报（%1）").arg(PrepareSession.pending.count)
            }

            TabButton {
                text: qsTr("全部指标")
            }

            TabButton {
                text: qsTr("预览")
            }

            TabButton {
                text: qsTr("修改记录（%1）").arg(PrepareSession.history.count)
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            PendingView {
                objectName: "pendingView"
            }

            FiguresView {
                objectName: "figuresView"
            }

            PreviewView {
                objectName: "previewView"
                active: tabs.currentIndex === 2
            }

            HistoryView {
                objectName: "historyView"
            }
        }
    }
}
