import QtQuick
import QtQuick.Window
import Briefing

// The briefing screen: a header, six pages created once, rotation with a progress line,
// and the drill-down over them. Keys are what presenter clickers send.
Window {
    id: root

    // The overview, then one page per domain of the domains table (Dashboard.domains).
    readonly property var pageNames: {
        let names = ["overview"]
        for (let i = 0; i < Dashboard.domains.length; ++i)
            names.push(Dashboard.domains[i].domain)
        if (Dashboard.targets.count > 0)
            names.push("targets")
        return names
    }
    readonly property var pageTitles: {
        let titles = [qsTr("总览")]
        for (let i = 0; i < Dashboard.domains.length; ++i)
            titles.push(Dashboard.domains[i].title)
        if (Dashboard.targets.count > 0)
            titles.push(Dashboard.targets.title)
        return titles
    }
    property int currentIndex: 0
    readonly property bool detailOpen: Dashboard.detail.open
    readonly property Item currentPage: root.currentIndex === 0 ? overview
        : (root.pageNames[root.currentIndex] === "targets" ? targetsPage : domainPages.itemAt(root.currentIndex - 1))
    readonly property bool settled: root.detailOpen ? detailView.settled
        : (root.currentPage !== null && root.currentPage.settled)
    readonly property bool rotating: AppSettings.rotateSeconds > 0 && !AppSettings.paused && !root.detailOpen

    function showPage(index) {
        if (index < 0 || index >= root.pageNames.length)
            return
        root.currentIndex = index
        progress.restart()
    }

    function nextPage() {
        root.showPage((root.currentIndex + 1) % root.pageNames.length)
    }

    function previousPage() {
        root.showPage((root.currentIndex + root.pageNames.length - 1) % root.pageNames.length)
    }

    function openDetailForDomain(domain) {
        if (domain === "targets" && Dashboard.targets.headlineId > 0) {
            Dashboard.detail.close()
            Dashboard.detail.openFigureOf(Dashboard.targets.headlineId, Dashboard.targets.headlineYear)
            return
        }
        const data = Dashboard.domain(domain)
        if (data && data.headlineId > 0) {
            Dashboard.detail.close()
            Dashboard.detail.openFigure(data.headlineId)
        }
    }

    function closeDetail() {
        Dashboard.detail.close()
    }

    // Esc, Backspace, right click, the clicker's ← and the back button all step back.
    function back() {
        if (root.detailOpen)
            Dashboard.detail.back()
        else
            root.previousPage()
    }

    // Another year or county: the whole screen switches, an open detail closes.
    function stepYear(delta) {
        Dashboard.detail.close()
        Dashboard.stepYear(delta)
    }

    function stepCounty(delta) {
        Dashboard.detail.close()
        Dashboard.stepCounty(delta)
    }

    function settleNow() {
        if (root.currentPage)
            root.currentPage.settleNow()
        detailView.settleNow()
    }

    function handleKey(event) {
        switch (event.key) {
        case Qt.Key_Right:
        case Qt.Key_PageDown:
        case Qt.Key_Space:
            if (root.detailOpen)
                Dashboard.detail.close()
            root.nextPage()
            break
        case Qt.Key_Left:
        case Qt.Key_PageUp:
            if (root.detailOpen)
                Dashboard.detail.back()
            else
                root.previousPage()
            break
        case Qt.Key_Escape:
        case Qt.Key_Backspace:
            if (root.detailOpen)
                Dashboard.detail.back()
            break
        case Qt.Key_Home:
            Dashboard.detail.close()
            root.showPage(0)
            break
        case Qt.Key_P:
            AppSettings.paused = !AppSettings.paused
            break
        // Y and ↓ step back through the county's years, ↑ forward; both wrap.
        case Qt.Key_Y:
        case Qt.Key_Down:
            root.stepYear(-1)
            break
        case Qt.Key_Up:
            root.stepYear(1)
            break
        case Qt.Key_C:
            root.stepCounty(1)
            break
        case Qt.Key_F:
            root.visibility = root.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen
            break
        default:
            return
        }
        event.accepted = true
    }

    objectName: "mainWindow"
    width: 1920
    height: 1080
    // Shown by the program: windowed, full screen (kiosk) or off-screen (export).
    visible: false
    title: Dashboard.county !== "" ? qsTr("%1 · 数据看板").arg(Dashboard.county) : qsTr("县情数据看板")
    color: Theme.background

    // What export and the benchmarks see of the screen and ask of it (C++ ScreenControl).
    Binding { target: ScreenControl; property: "pageNames"; value: root.pageNames }
    Binding { target: ScreenControl; property: "currentIndex"; value: root.currentIndex }
    Binding { target: ScreenControl; property: "settled"; value: root.settled }
    Connections {
        target: ScreenControl
        function onShowPageRequested(index) { root.showPage(index) }
        function onNextPageRequested() { root.nextPage() }
        function onSettleRequested() { root.settleNow() }
        function onDetailRequested(domain) { root.openDetailForDomain(domain) }
        function onCloseDetailRequested() { root.closeDetail() }
    }

    // A report without targets drops the last page; the rotation goes on from the first.
    onPageNamesChanged: {
        if (root.currentIndex >= root.pageNames.length)
            root.showPage(0)
    }

    Component.onCompleted: {
        const start = root.pageNames.indexOf(AppSettings.startPage)
        root.showPage(start >= 0 ? start : 0)
    }

    Binding {
        target: Dashboard
        property: "screenSize"
        value: Qt.size(root.width, root.height)
    }

    Binding {
        target: Theme
        property: "windowWidth"
        value: root.width
    }

    Binding {
        target: Theme
        property: "windowHeight"
        value: root.height
    }

    // A detail open or an older year shown: the idle time brings the screen back.
    readonly property bool awayFromRotation: root.detailOpen || !Dashboard.showingNewest

    onAwayFromRotationChanged: {
        if (root.awayFromRotation)
            idle.restart()
        else
            idle.stop()
    }

    IdleWatcher {
        onActivity: {
            if (root.awayFromRotation)
                idle.restart()
        }
    }

    // With no input for idleSeconds, close the detail and show the newest year again, and
    // go back to rotating. Started and stopped imperatively only: a running binding would
    // be broken by restart().
    Timer {
        id: idle

        interval: AppSettings.idleSeconds * 1000
        onTriggered: {
            Dashboard.detail.close()
            Dashboard.showNewestYear()
            progress.restart()
        }
    }

    Item {
        id: keyHandler

        anchors.fill: parent
        focus: true
        Keys.onPressed: event => root.handleKey(event)
    }

    Header {
        id: header

        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
        }
        pageTitle: root.detailOpen ? qsTr("数据溯源") : root.pageTitles[root.currentIndex]
        pageCount: root.pageNames.length
        currentIndex: root.currentIndex
        paused: AppSettings.paused
        onPageRequested: index => {
            Dashboard.detail.close()
            root.showPage(index)
        }
        onYearRequested: root.stepYear(-1)
        onCountyRequested: root.stepCounty(1)
    }

    Item {
        id: pages

        anchors {
            left: parent.left
            right: parent.right
            top: header.bottom
            bottom: progress.top
        }
        visible: !root.detailOpen

        OverviewPage {
            id: overview

            anchors.fill: parent
            current: root.currentIndex === 0
        }

        Repeater {
            id: domainPages

            model: Dashboard.domains

            delegate: DomainPage {
                required property int index
                required property DomainData modelData

                anchors.fill: parent
                current: root.currentIndex === index + 1
                domainData: modelData
                // The urban page's investments come with what they delivered (小区, 公里, 座).
                showProjects: modelData.domain === "urban"
            }
        }

        TargetsPage {
            id: targetsPage

            anchors.fill: parent
            current: root.pageNames[root.currentIndex] === "targets"
        }
    }

    DetailView {
        id: detailView

        anchors.fill: pages
        visible: root.detailOpen
        domainTitle: {
            const i = root.pageNames.indexOf(Dashboard.detail.domain)
            return i >= 0 ? root.pageTitles[i] : root.pageTitles[root.currentIndex]
        }
    }

    ProgressLine {
        id: progress

        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
        }
        periodMs: AppSettings.rotateSeconds * 1000
        running: root.rotating
        onElapsed: root.nextPage()
    }

    Text {
        visible: !Dashboard.hasData
        anchors.centerIn: pages
        text: qsTr("尚无数据：请先导入政府工作报告")
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
    }

    // Right click steps back anywhere, over charts too (a ChartView takes every button
    // it is pressed with), so this sits above everything and takes only the right button.
    Item {
        anchors.fill: parent

        TapHandler {
            acceptedButtons: Qt.RightButton
            gesturePolicy: TapHandler.WithinBounds
            onTapped: root.back()
        }
    }
}
