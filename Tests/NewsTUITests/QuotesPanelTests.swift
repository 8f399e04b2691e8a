import Testing
import NewsModel
@testable import NewsTUI

/// The quotes panel wraps each quote instead of cutting it, names a speaker once
/// above their run of quotes, and keeps the selected quote on screen whole.
@Suite struct QuotesPanelTests {
    let seed: AnalyzedArticle

    init() throws {
        DisplayWidth.prepareLocale()
        seed = try TestArticles.fixture("seed-article.txt")
    }

    /// The rows of the selected quote, as drawn (its speaker's name row left out).
    func selectedRows(_ s: AppState) throws -> [String] {
        let p = try #require(s.panel)
        let g = s.panelGeometry(p)
        let (item, row) = try #require(g.shown(top: p.list.top).first { $0.item == p.list.selection })
        let header = QuoteRows.startsRun(order: p.order, at: item, in: seed) ? 1 : 0
        let lines = Renderer.render(s).lines()
        return (row + header..<min(row + g.height(of: item), g.firstRow + g.rows)).map { String(lines[$0].dropFirst(2)) }
    }

    @Test(arguments: [(80, 24), (44, 16), (34, 10)])
    func everyQuoteShowsWholeWhenSelected(width: Int, height: Int) throws {
        #expect(seed.quotes.count > 5)
        for grouping in ["", "t"] {
            var s = AppState(articles: [seed], width: width, height: height)
            Script.run(&s, "\"" + grouping)
            let order = try #require(s.panel?.order)
            for i in order.indices {
                if i > 0 { Script.run(&s, "j") }
                let quote = seed.quotes[order[i]]
                let rows = try selectedRows(s)
                #expect(rows.count == s.panelGeometry(s.panel!).height(of: i) - (QuoteRows.startsRun(order: order, at: i, in: seed) ? 1 : 0),
                        "quote \(i) at \(width)x\(height) is on screen whole")
                let joined = rows.map { $0.trimmingSpaces }.joined(separator: " ")
                #expect(joined.contains("\u{201c}" + Presentation.oneLine(quote.text) + "\u{201d}"), "\(joined)")
                #expect(joined.hasSuffix(Presentation.place(of: quote, in: seed.article)), "\(joined)")
                #expect(!rows.contains { $0.hasSuffix("\u{2026}") }, "wrapped, not cut: \(rows)")
            }
        }
    }

    @Test func aSpeakersNameHeadsTheirRunOnce() throws {
        var s = AppState(articles: [seed], width: 80, height: 60)
        Script.run(&s, "\"t")
        let lines = Renderer.render(s).lines()
        for (index, speaker) in seed.speakers.enumerated() where seed.quotes.contains(where: { $0.speaker == index }) {
            let heads = lines.filter { $0.hasPrefix("  " + speaker.name) }
            #expect(heads.count == 1, "\(speaker.name) once over their group: \(heads)")
        }
        if seed.quotes.contains(where: { $0.speaker == nil }) {
            #expect(lines.filter { $0 == "  " + Presentation.unknownSpeaker }.count == 1)
        }
    }

    @Test func aClickOnAWrappedRowSelectsItsQuoteAndAResizeRewraps() throws {
        var s = AppState(articles: [seed], width: 44, height: 24)
        Script.run(&s, "\"")
        let p = try #require(s.panel)
        let g = s.panelGeometry(p)
        let (item, row) = try #require(g.shown(top: 0).first { g.height(of: $0.item) > 2 && $0.item > 0 })
        s.update(.mouse(.click, x: 10, y: row + g.height(of: item) - 1))
        #expect(s.panel?.list.selection == item, "its last row selects it")
        let narrow = try #require(s.panel?.heights)
        s.update(.resize(width: 120, height: 24))
        let wide = try #require(s.panel?.heights)
        #expect(wide.count == narrow.count)
        #expect(wide.reduce(0, +) < narrow.reduce(0, +), "wider, fewer rows")
        #expect(s.panel?.list.selection == item)
    }
}
