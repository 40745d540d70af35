import QtQuick
import Briefing

// Year-on-year change of a page's figures, as bars diverging from zero.
BarListPanel {
    signed: true
    title: qsTr("增长速度")
    barColor: Theme.up
}
