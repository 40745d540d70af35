pragma Singleton
import QtQuick
import Briefing

// Every size on screen derives from the window: 1920×1080 is the design size, 4K doubles
// it, a 5760×1080 wall keeps the 1080p size and gets more columns, 4:3 shrinks to fit.
QtObject {
    id: root

    property real windowWidth: 1920
    property real windowHeight: 1080

    readonly property real scale: Math.max(0.35, Math.min(windowWidth / 1920, windowHeight / 1080))
    readonly property real aspect: windowWidth / Math.max(1, windowHeight)
    readonly property bool ultraWide: aspect > 2.4
    readonly property bool narrow: aspect < 1.5

    // Spacing and shapes
    readonly property real margin: px(32)
    readonly property real gap: px(20)
    readonly property real gapSmall: px(10)
    readonly property real radius: px(14)
    readonly property real radiusSmall: px(8)
    readonly property real border: Math.max(1, px(2))
    readonly property real headerHeight: px(112)
    readonly property real progressHeight: Math.max(2, px(5))
    readonly property real dotSize: px(16)
    // At least 9 mm on a 65-inch 1080p panel (about 60 px), scaled with the window.
    readonly property real touchTarget: Math.max(px(68), 24)
    readonly property real cardMaxHeight: px(230)
    readonly property real cardMinAspect: 1.45
    readonly property real chartMaxAspect: 2.1
    readonly property real counterMinWidth: px(300)

    // Type
    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property real fontHuge: px(76)
    readonly property real fontValue: px(58)
    readonly property real fontTitle: px(44)
    readonly property real fontLarge: px(34)
    readonly property real fontBody: px(28)
    readonly property real fontSmall: px(24)
    readonly property real fontTiny: px(21)

    // Motion
    readonly property int revealDuration: 1100
    readonly property int fadeDuration: 250
    // The ticker moves 30 px a second at 1080p in steps of 2 px, 15 times a second: read
    // from across the room it scrolls as smoothly as 1 px steps at 30 Hz, at half the redraws.
    readonly property int tickerInterval: 66
    readonly property real tickerStep: 2 * Math.max(1, Math.round(scale))

    // Colours: a dark blue big-screen palette
    readonly property color background: "#07111f"
    readonly property color backgroundTop: "#0c1f3a"
    readonly property color panel: "#0f2140"
    readonly property color panelRaised: "#15305a"
    readonly property color panelBorder: "#22467a"
    readonly property color text: "#eef4ff"
    readonly property color textDim: "#93a9cc"
    readonly property color textFaint: "#5f7599"
    readonly property color accent: "#3ccbff"
    readonly property color gold: "#ffc94a"
    readonly property color pending: "#6b7890"
    readonly property color pendingFill: "#1a2538"
    readonly property color warning: "#ff9f43"
    readonly property color demo: "#b48cff"
    readonly property color red: "#ff5257"
    readonly property color green: "#2fd47f"
    // Chinese convention by default: red is up, green is down.
    readonly property color up: AppSettings.upIsRed ? red : green
    readonly property color down: AppSettings.upIsRed ? green : red
    readonly property var palette: ["#3ccbff", "#ffc94a", "#7f8cff", "#2fd4b8", "#ff8a4d", "#d77dff"]


    function px(value) {
        return Math.round(value * root.scale)
    }

    // The width of a text in ems: CJK characters are about 1 em, others about 0.6 em.
    function textEms(text) {
        let w = 0
        for (let c = 0; c < text.length; ++c)
            w += text.charCodeAt(c) > 0x2e80 ? 1 : 0.6
        return w
    }

    // Each page's colour comes from the domains table, through its DomainData.
    function domainColor(domain) {
        const data = Dashboard.domain(domain)
        return data !== null ? data.colour : root.accent
    }

    function changeColor(growth) {
        if (growth === undefined || growth === null || growth === 0)
            return root.textDim
        return growth > 0 ? root.up : root.down
    }

    function arrow(growth) {
        if (growth === undefined || growth === null || growth === 0)
            return "●"
        return growth > 0 ? "▲" : "▼"
    }

    // The words a figure carries besides its name, from the one vocabulary (C++ Vocabulary):
    // what a change is counted in (%, 个百分点, 倍), the kind of change, the qualifiers.
    function changeSuffix(kind) {
        return Vocabulary.changeSuffix(kind)
    }

    function kindLabel(kind) {
        return Vocabulary.kindLabel(kind)
    }

    function qualifierLabel(word) {
        return Vocabulary.qualifierLabel(word)
    }

    function qualifiersText(list) {
        return Vocabulary.qualifiersText(list)
    }

    // The grid of n cells that fits an area best: the tallest cells that are not narrower
    // than minAspect, capped at maxHeight.
    function fitGrid(width, height, n, gap, minAspect, maxHeight) {
        let best = { "columns": 1, "rows": 1, "cellWidth": width, "cellHeight": 0 }
        if (n <= 0 || width <= 0 || height <= 0)
            return best
        for (let columns = 1; columns <= n; ++columns) {
            const rows = Math.ceil(n / columns)
            const w = (width - (columns - 1) * gap) / columns
            const h = Math.min((height - (rows - 1) * gap) / rows, w / minAspect, maxHeight)
            if (h > best.cellHeight + 0.5)
                best = { "columns": columns, "rows": rows, "cellWidth": w, "cellHeight": h }
        }
        return best
    }

    // The C++ formatter: Qt 6.4's regex engine doubled separators here ("12,,345").
    function formatNumber(value, decimals) {
        return NumberFormat.number(value, decimals)
    }

    // A round upper bound for a value axis.
    function niceMax(value) {
        if (!(value > 0))
            return 1
        const magnitude = Math.pow(10, Math.floor(Math.log(value) / Math.LN10))
        const steps = [1, 1.5, 2, 2.5, 3, 5, 10]
        for (let i = 0; i < steps.length; ++i) {
            if (steps[i] * magnitude >= value * 1.15)
                return steps[i] * magnitude
        }
        return 10 * magnitude
    }
}
