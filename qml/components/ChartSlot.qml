import QtQuick
import Briefing

// One of a page's charts, drawn as its kind asks: growth as diverging bars, shares and
// rates as rings, headline indicators across the years as grouped bars, amounts as bars in
// one unit. The panel is made once per kind; new data updates it in place.
Loader {
    id: root

    property SeriesModel series
    property color accentColor: Theme.accent
    property bool compact: false
    property string titleOverride
    readonly property string kind: root.series ? root.series.kind : ""
    readonly property string title: root.titleOverride !== "" ? root.titleOverride
        : (root.series ? root.series.title : "")

    // Amounts are drawn as a plain bar list rather than a ChartView: its labels are never
    // cut with "…", it stays crisp at any size, and it costs far less memory.
    sourceComponent: root.kind === "growth" ? growthPanel
        : (root.kind === "rates" ? ratesPanel : (root.kind === "years" ? yearsPanel : barListPanel))

    Component {
        id: growthPanel

        GrowthPanel {
            title: root.title
            series: root.series
            accentColor: root.accentColor
            maxBars: root.compact ? 5 : 10
        }
    }

    Component {
        id: ratesPanel

        RatioPanel {
            title: root.title
            series: root.series
            accentColor: root.accentColor
        }
    }

    Component {
        id: yearsPanel

        YearsPanel {
            title: root.title
            series: root.series
            barColor: root.accentColor
            accentColor: root.accentColor
        }
    }

    Component {
        id: barListPanel

        BarListPanel {
            title: root.title
            series: root.series
            maxBars: root.compact ? 5 : 10
            barColor: root.accentColor
            accentColor: root.accentColor
        }
    }
}
