pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// The band on top of every page: county and report, page title and dots, pending count,
// 示例数据 when demo values are shown, a data warning, and the date and time.
Rectangle {
    id: root

    property string pageTitle
    property int pageCount: 0
    property int currentIndex: 0
    property bool paused: false
    property var now: new Date()

    signal pageRequested(int index)
    // A tap on the year or the county name: show the county's previous year, the next county.
    signal yearRequested()
    signal countyRequested()

    function tick() {
        root.now = new Date()
        // Wake once a minute, just after it turns, so a static page stays idle.
        clock.interval = 60500 - (root.now.getSeconds() * 1000 + root.now.getMilliseconds())
        clock.restart()
    }

    height: Theme.headerHeight
    gradient: Gradient {
        GradientStop { position: 0; color: Theme.backgroundTop }
        GradientStop { position: 1; color: Theme.background }
    }
    Component.onCompleted: root.tick()

    Timer {
        id: clock

        repeat: false
        onTriggered: root.tick()
    }

    Rectangle {
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
        }
        height: Theme.border
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: "transparent" }
            GradientStop { position: 0.5; color: Theme.accent }
            GradientStop { position: 1; color: "transparent" }
        }
    }

    Column {
        id: identity

        anchors {
            left: parent.left
            leftMargin: Theme.margin
            verticalCenter: parent.verticalCenter
        }
        width: (root.width - center.width) / 2 - Theme.margin - Theme.gap
        spacing: Theme.px(2)

        // County and year; each a touch target where there is another to switch to (▾).
        Row {
            width: parent.width
            spacing: Theme.gapSmall

            Text {
                id: countyText

                objectName: "headerCounty"
                width: Math.min(implicitWidth, parent.width * 0.5)
                text: (Dashboard.county !== "" ? Dashboard.county : qsTr("县情"))
                    + (Dashboard.counties.length > 1 ? " ▾" : "")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideRight

                TapHandler {
                    enabled: Dashboard.counties.length > 1
                    onTapped: root.countyRequested()
                }
            }

            Text {
                id: yearText

                objectName: "headerYear"
                visible: Dashboard.year > 0
                text: qsTr("· %1年").arg(Dashboard.year) + (Dashboard.years.length > 1 ? " ▾" : "")
                color: Dashboard.showingNewest ? Theme.text : Theme.gold
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true

                TapHandler {
                    enabled: Dashboard.years.length > 1
                    onTapped: root.yearRequested()
                }
            }

            // An older year on screen says so, and which is the newest.
            Pill {
                objectName: "headerOlderYear"
                anchors.verticalCenter: yearText.verticalCenter
                visible: Dashboard.year > 0 && !Dashboard.showingNewest
                // What the county and year leave of the column: a long name elides the pill.
                maximumWidth: Math.max(0, parent.width - countyText.width - yearText.width - 2 * parent.spacing)
                text: qsTr("往年 · 最新为%1年").arg(Dashboard.newestYear)
                tint: Theme.gold
                fontSize: Theme.fontSmall
            }
        }

        Text {
            width: parent.width
            text: Dashboard.title !== "" ? Dashboard.title : qsTr("政府工作报告数据看板")
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    // The page title over the page dots. Each dot sits in a touch-sized, invisible cell,
    // so the dots stay small but a finger hits them; the cells reach up behind the title.
    Item {
        id: center

        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.max(titleText.implicitWidth, dots.width)
        height: parent.height

        Text {
            id: titleText

            anchors {
                horizontalCenter: parent.horizontalCenter
                bottom: dots.verticalCenter
                bottomMargin: Theme.dotSize
            }
            text: root.pageTitle
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            font.letterSpacing: Theme.px(4)
        }

        Row {
            id: dots

            anchors {
                horizontalCenter: parent.horizontalCenter
                bottom: parent.bottom
                bottomMargin: Theme.border
            }

            Repeater {
                model: root.pageCount

                delegate: Item {
                    id: cell

                    required property int index

                    objectName: "pageDot" + cell.index
                    width: Theme.touchTarget
                    height: Math.min(Theme.touchTarget, root.height - Theme.border)

                    Rectangle {
                        anchors {
                            horizontalCenter: parent.horizontalCenter
                            bottom: parent.bottom
                            bottomMargin: Theme.gapSmall
                        }
                        width: cell.index === root.currentIndex ? Theme.dotSize * 2.4 : Theme.dotSize
                        height: Theme.dotSize
                        radius: height / 2
                        color: cell.index === root.currentIndex ? Theme.accent : Theme.panelBorder
                    }

                    TapHandler {
                        onTapped: root.pageRequested(cell.index)
                    }
                }
            }
        }
    }

    Row {
        id: status

        anchors {
            right: parent.right
            rightMargin: Theme.margin
            verticalCenter: parent.verticalCenter
        }
        spacing: Theme.gap
        layoutDirection: Qt.RightToLeft

        Column {
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(2)

            Text {
                anchors.right: parent.right
                text: Qt.formatTime(root.now, "hh:mm")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }

            Text {
                anchors.right: parent.right
                text: AppSettings.language === "en"
                    ? root.now.toLocaleDateString(Qt.locale("en_US"), "ddd, d MMM yyyy")
                    : root.now.toLocaleDateString(Qt.locale("zh_CN"), "yyyy年M月d日 dddd")
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }

        Column {
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.gapSmall

            // What the wall shows still pending, and where the rest stand (the full lists).
            Pill {
                anchors.right: parent.right
                visible: Dashboard.pendingCount > 0 || Dashboard.pendingElsewhere > 0
                text: Dashboard.pendingElsewhere > 0
                    ? qsTr("%n项待填报", "", Dashboard.pendingCount) + qsTr("（另%n项见全部数据）", "", Dashboard.pendingElsewhere)
                    : qsTr("%n项待填报", "", Dashboard.pendingCount)
                tint: Theme.pending
                fontSize: Theme.fontSmall
            }

            Row {
                anchors.right: parent.right
                spacing: Theme.gapSmall

                Pill {
                    visible: root.paused
                    text: qsTr("已暂停")
                    tint: Theme.gold
                    fontSize: Theme.fontSmall
                }

                Pill {
                    visible: Dashboard.isDemo
                    text: qsTr("示例数据")
                    tint: Theme.demo
                    fontSize: Theme.fontSmall
                    filled: true
                }
            }
        }

        // A broken file first; else the indicators the report states with two values.
        Text {
            objectName: "headerWarning"
            anchors.verticalCenter: parent.verticalCenter
            visible: text !== ""
            width: Math.min(implicitWidth, root.width * 0.2)
            text: Dashboard.warning !== "" ? "⚠ " + Dashboard.warning
                : (Dashboard.dataWarning !== "" ? "⚠ " + Dashboard.dataWarning : "")
            color: Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTiny
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
