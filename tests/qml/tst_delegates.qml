import QtQuick
import QtTest
import Briefing

// The leaf components on their own: what they show for a stated, a pending and a change-only
// figure, and that a tap asks for the figure (or highlight) it carries — never opens anything
// itself, so every page decides where a tap leads.
Item {
    id: stage

    width: 800
    height: 600

    Component {
        id: cardComponent

        FigureCard {
            width: 400
            height: 200
        }
    }

    Component {
        id: rowComponent

        FullListRow {
            width: 600
        }
    }

    Component {
        id: partComponent

        PartRow {
            width: 600
            height: 60
        }
    }

    Component {
        id: projectComponent

        ProjectCard {
            width: 500
            height: 300
        }
    }

    Component {
        id: noticeComponent

        PendingNotice {
            width: 400
            height: 200
        }
    }

    Component {
        id: highlightComponent

        HighlightItem {
            width: 600
        }
    }

    Component {
        id: targetComponent

        TargetRow {
            width: 760
            height: 60
        }
    }

    Component {
        id: spyComponent

        SignalSpy {}
    }

    TestCase {
        name: "Delegates"
        when: windowShown

        function card(props) {
            const base = {
                figureId: 42, label: "地区生产总值", value: 85.6, displayValue: "85.6", decimals: 1, unit: "亿元",
                growth: 6.3, growthKind: "同比", pending: false, mask: "", growthPending: false, growthMask: "",
                displayGrowth: "6.3", qualifier: "", rank: "", hasParts: false
            }
            for (const k in props)
                base[k] = props[k]
            return createTemporaryObject(cardComponent, stage, base)
        }

        // Every text the item shows, its own and its descendants'.
        function texts(item) {
            let out = []
            if (item.text !== undefined && item.visible)
                out.push(String(item.text))
            for (let i = 0; i < item.children.length; ++i)
                out = out.concat(texts(item.children[i]))
            return out
        }

        function spy(target, signalName) {
            return createTemporaryObject(spyComponent, stage, { target: target, signalName: signalName })
        }

        function test_cardShowsItsFigureAndAsksForItOnTap() {
            const c = card({})
            verify(c)
            const shown = texts(c).join("|")
            verify(shown.indexOf("地区生产总值") >= 0, shown)
            verify(shown.indexOf("85.6") >= 0, shown)
            verify(shown.indexOf("亿元") >= 0, shown)
            const s = spy(c, "figureRequested")
            mouseClick(c)
            compare(s.count, 1)
            compare(s.signalArguments[0][0], 42)
        }

        function test_pendingCardShowsItsMaskNeverANumber() {
            const c = card({ pending: true, value: undefined, displayValue: "", mask: "xx.x", growthPending: true,
                             growth: undefined, displayGrowth: "x.x", growthMask: "x.x" })
            const shown = texts(c).join("|")
            verify(shown.indexOf("xx.x") >= 0, shown)
            verify(shown.indexOf("待填报") >= 0, shown)
            verify(!/[0-9]/.test(shown), "a pending card shows no digit: " + shown)
        }

        function test_changeOnlyCardShowsTheChange() {
            const c = card({ value: undefined, displayValue: "", unit: "", growth: -2.5, displayGrowth: "2.5" })
            const shown = texts(c).join("|")
            verify(shown.indexOf("-2.5") >= 0, shown)
        }

        function test_fullListRowAsksForItsFigure() {
            const r = createTemporaryObject(rowComponent, stage, {
                index: 0, figureId: 7, name: "粮食总产", displayValue: "13.4", unit: "亿斤", growth: 1.2,
                displayGrowth: "1.2", growthKind: "同比", pending: false, growthPending: false
            })
            verify(texts(r).join("|").indexOf("13.4 亿斤") >= 0)
            const s = spy(r, "figureRequested")
            mouseClick(r)
            compare(s.count, 1)
            compare(s.signalArguments[0][0], 7)
        }

        function test_partRowAsksForItsFigure() {
            const p = createTemporaryObject(partComponent, stage, {
                figureId: 9, name: "第一产业", displayValue: "12.1", unit: "亿元", pending: false, growth: 3.1, hasParts: false
            })
            const s = spy(p, "figureRequested")
            mouseClick(p)
            compare(s.count, 1)
            compare(s.signalArguments[0][0], 9)
        }

        function test_projectCardAsksForTheProjectOrThePartTapped() {
            const p = createTemporaryObject(projectComponent, stage, {
                figureId: 11, label: "重点项目", value: 40, displayValue: "40", decimals: 0, unit: "个", pending: false,
                mask: "", parts: [{ figureId: 12, name: "省级重点项目", displayValue: "8", unit: "个", pending: false }]
            })
            const s = spy(p, "figureRequested")
            mouseClick(p, p.width / 2, p.height * 0.1)
            compare(s.count, 1)
            compare(s.signalArguments[0][0], 11)
            verify(texts(p).join("|").indexOf("省级重点项目") >= 0)
        }

        function test_targetRowAsksForTheTargetOrTheResultOfTheirYears() {
            const r = createTemporaryObject(targetComponent, stage, {
                index: 0, figureId: 21, reportYear: 2021, label: "地区生产总值", target: "增长6.5%以上",
                resultId: 31, resultYear: 2022, result: "增长5%", mark: "missed"
            })
            const shown = texts(r).join("|")
            verify(shown.indexOf("增长6.5%以上") >= 0, shown)
            verify(shown.indexOf("增长5%") >= 0, shown)
            const s = spy(r, "figureRequested")
            mouseClick(r, r.width * 0.1, r.height / 2)
            compare(s.count, 1)
            compare(s.signalArguments[0][0], 21)
            compare(s.signalArguments[0][1], 2021)
            mouseClick(r, r.width * 0.7, r.height / 2)
            compare(s.count, 2)
            compare(s.signalArguments[1][0], 31)
            compare(s.signalArguments[1][1], 2022)
        }

        // A domain with nothing pending and nothing to show is not 待填报: the report gives nothing.
        function test_noticeSaysPendingOnlyWhenSomethingIs() {
            const empty = createTemporaryObject(noticeComponent, stage, { count: 0 })
            const nothing = texts(empty).join("|")
            verify(nothing.indexOf("待填报") < 0, nothing)
            verify(nothing.indexOf("报告未给出数据") >= 0, nothing)
            const waiting = createTemporaryObject(noticeComponent, stage, { count: 2 })
            verify(texts(waiting).join("|").indexOf("待填报") >= 0)
            const detail = createTemporaryObject(noticeComponent, stage, { pending: true })
            verify(texts(detail).join("|").indexOf("待填报") >= 0)
        }

        function test_highlightAsksForItsHighlight() {
            const h = createTemporaryObject(highlightComponent, stage, {
                highlightId: 5, sentence: "粮食总产再创新高。", displaySentence: "粮食总产再创新高。", section: "农业", domain: "agriculture"
            })
            const s = spy(h, "highlightRequested")
            mouseClick(h)
            compare(s.count, 1)
            compare(s.signalArguments[0][0], 5)
        }
    }
}
