pragma Singleton
import QtQuick

// The console's sizes and colours: a desktop window read from half a metre, so sizes follow
// the system font rather than the wall's Theme.
QtObject {
    readonly property real unit: fontMetrics.height
    readonly property real spacing: Math.round(unit * 0.5)
    readonly property real padding: Math.round(unit * 0.75)
    readonly property real rowHeight: Math.round(unit * 1.8)
    readonly property real editorWidth: Math.round(unit * 22)
    readonly property real fieldWidth: Math.round(unit * 7)
    // The system font may be set in points; pixel sizes are derived either way.
    readonly property real basePixel: fontMetrics.font.pixelSize > 0 ? fontMetrics.font.pixelSize
        : fontMetrics.font.pointSize * 4 / 3
    readonly property real smallFont: Math.round(basePixel * 0.9)
    readonly property real titleFont: Math.round(basePixel * 1.25)

    readonly property color error: "#c62828"
    readonly property color ok: "#2e7d32"
    readonly property color dim: "#5f6b7a"
    readonly property color pending: "#8a5a00"
    readonly property color selected: "#dcebff"
    readonly property color stripe: "#f5f7fa"
    readonly property color rule: "#d5dbe3"

    property FontMetrics fontMetrics: FontMetrics {}
}
