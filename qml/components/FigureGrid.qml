pragma ComponentBehavior: Bound
import QtQuick
import Briefing

// Figure cards laid out in the grid that fits the area best, at most maxCount of them.
Item {
    id: root

    property FigureModel model
    property int maxCount: 1000
    property real reveal: 1
    property color accentColor: Theme.accent
    property real minAspect: Theme.cardMinAspect
    property real maxCellHeight: Theme.cardMaxHeight
    readonly property int shown: root.model ? Math.min(root.model.count, root.maxCount) : 0
    readonly property var grid: Theme.fitGrid(root.width, root.height, root.shown, Theme.gap, root.minAspect, root.maxCellHeight)
    // The rows in use, so the area under a short grid can go to something else.
    readonly property real usedHeight: root.grid.rows * root.grid.cellHeight + (root.grid.rows - 1) * Theme.gap
    // A short last row shares the whole width, so a page of few cards shows no holes.
    readonly property int lastRowStart: (root.grid.rows - 1) * root.grid.columns
    readonly property int lastRowCount: Math.max(1, root.shown - root.lastRowStart)
    readonly property real lastRowCellWidth: (root.width - (root.lastRowCount - 1) * Theme.gap) / root.lastRowCount

    Repeater {
        model: root.model

        delegate: FigureCard {
            required property int index
            readonly property bool inLastRow: index >= root.lastRowStart

            onFigureRequested: id => Dashboard.detail.openFigure(id)

            visible: index < root.shown
            x: inLastRow ? (index - root.lastRowStart) * (root.lastRowCellWidth + Theme.gap)
                         : (index % root.grid.columns) * (root.grid.cellWidth + Theme.gap)
            y: Math.floor(index / root.grid.columns) * (root.grid.cellHeight + Theme.gap)
            width: inLastRow ? root.lastRowCellWidth : root.grid.cellWidth
            height: root.grid.cellHeight
            reveal: root.reveal
            accentColor: root.accentColor
        }
    }
}
