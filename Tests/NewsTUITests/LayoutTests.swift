import Testing
import NewsModel
@testable import NewsTUI

@Suite struct LayoutTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func everyLineFitsItsWidth() throws {
        var articles = try TestArticles.library()
        articles.append(AnalyzedArticle(try TestArticles.article("Tests/NewsTUITests/Fixtures/cjk-lantern-festival.txt")))
        for analyzed in articles {
            let document = ArticleDocument(analyzed)
            for width in [1, 7, 20, 58, 78, 118] {
                let layout = ArticleLayout(document, width: width)
                for line in layout.lines where !line.isBlank {
                    let block = document.blocks[Int(line.block)]
                    let w = DisplayWidth.of(block.scalars[Int(line.start)..<Int(line.end)])
                    #expect(w <= width || line.end - line.start == 1, "\(analyzed.article.path) at \(width): \(w) columns")
                }
            }
        }
    }

    @Test func cjkLinesDoNotStartWithClosingOrEndWithOpeningMarks() {
        #expect(TextWrap.lines("一二三四。五六", width: 8) == ["一二三", "四。五六"])
        #expect(TextWrap.lines("一二三「四五", width: 8) == ["一二三", "「四五"])
        #expect(TextWrap.lines("一二三四五六", width: 8) == ["一二三四", "五六"])
        #expect(TextWrap.lines("一。", width: 2) == ["一", "。"], "too narrow to move anything")
    }

    @Test func everyBlockIsLaidOutOnce() throws {
        let analyzed = try TestArticles.fixture("seed-article.txt")
        let document = ArticleDocument(analyzed)
        let layout = ArticleLayout(document, width: 40)
        #expect(layout.blockLines.count == document.blocks.count)
        #expect(layout.blockLines == layout.blockLines.sorted())
        // The seed: a headline, 4 section headings and its paragraphs.
        #expect(document.blocks.filter { $0.kind == .headline }.count == 1)
        #expect(document.blocks.filter { $0.kind == .heading }.count == 4)
        #expect(document.blocks.filter { $0.kind == .paragraph }.count == analyzed.article.paragraphCount)
        #expect(document.sectionBlocks.count == 5)
    }

    @Test func reflowKeepsTheTopParagraph() throws {
        let document = ArticleDocument(try TestArticles.fixture("seed-article.txt"))
        let wide = ArticleLayout(document, width: 118)
        for top in stride(from: 0, to: wide.lines.count, by: 3) {
            let anchor = wide.anchor(ofLine: top)
            for width in [20, 58, 78] {
                let narrow = ArticleLayout(document, width: width)
                let line = narrow.line(of: anchor)
                #expect(narrow.anchor(ofLine: line).block == anchor.block, "line \(top) at \(width)")
                let shown = narrow.lines[line]
                if !anchor.blankBefore {
                    #expect(Int(shown.start) <= anchor.offset && anchor.offset <= Int(shown.end) + 1)
                }
            }
        }
    }

    @Test func articleTextIsSanitized() throws {
        let article = try TestArticles.text("Evil \u{1b}[2J headline\n\nA \u{202e}reversed\u{202c} paragraph with a bell \u{07}.\n")
        let document = ArticleDocument(AnalyzedArticle(article))
        for block in document.blocks {
            #expect(!block.scalars.contains { $0.value < 0x20 || $0.value == 0x202E || $0.value == 0x7F })
        }
        var state = AppState(articles: [AnalyzedArticle(article)], width: 60, height: 10)
        state.update(.tick)
        let screen = Renderer.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("Evil \u{241b}[2J headline"))
        #expect(screen.contains("<U+202E>reversed<U+202C>"))
        #expect(!screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }

    @Test func spansFollowSanitizedText() throws {
        let article = try TestArticles.text("Headline\n\nHe said \u{1b}\u{1b} \"go now\" at 5 pm.\n")
        let r = TestArticles.range(of: "go now", in: article)
        let quote = Quote(range: r, text: "go now", kind: .full, speaker: 0, section: 0, paragraph: 0, parts: [r])
        let analyzed = AnalyzedArticle(article: article, quotes: [quote], speakers: [Speaker(name: "He", aliases: [], roles: [])],
                                       figures: [], conflicts: [], warnings: [])
        let document = ArticleDocument(analyzed)
        let located = try #require(document.quoteRanges[0])
        let block = document.blocks[located.block]
        let shown = String(String.UnicodeScalarView(block.scalars[located.start..<located.end]))
        #expect(shown == "go now")
        #expect(block.spans.first.map { String(String.UnicodeScalarView(block.scalars[$0.start..<$0.end])) } == "go now")
    }

    /// 50,000 quotes in one paragraph (100,000 quotation marks): opening, drawing,
    /// the quotes panel and its grouping stay linear (a quadratic step would hang here).
    @Test func fiftyThousandQuotesInOneParagraph() throws {
        let article = try TestArticles.text("Hostile\n\n" + String(repeating: "\"ab\" ", count: 50_000) + "\n")
        let start = try #require(article.sections.first?.paragraphs.first?.range.start)
        let quotes = (0..<50_000).map { i in
            let r = SourceRange(start + i * 5 + 1, start + i * 5 + 3)
            return Quote(range: r, text: "ab", kind: .full, speaker: i % 7, section: 0, paragraph: 0, parts: [r])
        }
        let speakers = (0..<7).map { Speaker(name: "Speaker \($0)", aliases: [], roles: []) }
        let analyzed = AnalyzedArticle(article: article, quotes: quotes, speakers: speakers, figures: [], conflicts: [],
                                       warnings: [])
        var state = AppState(articles: [analyzed], width: 200, height: 60)
        #expect(state.reader?.document.blocks[1].spans.count == 50_000)
        let first = Renderer.render(state)
        // The page is 80 columns centred on 200: its text starts at column 1 + (198 - 80) / 2.
        #expect(first[61, 2].style.foreground != 0, "the first quote is coloured")
        Script.run(&state, "G\"tG<Enter>")
        #expect(state.reader?.highlight == state.reader?.document.quoteRanges[49_993], "the last quote of the last speaker")
        Script.run(&state, "/ab<Enter>n")
        #expect(state.reader?.search?.matches.count == 50_000)
        #expect(Renderer.render(state).lines().count == 60)
    }

    @Test func largeArticleLaysOutWithoutTrouble() throws {
        // 1 MB: paragraphs of ordinary prose and one 100,000-character word.
        var text = "A very long article\n\n"
        let sentence = "The council met again on Tuesday to discuss the harbour budget and the new ferry timetable. "
        while text.utf8.count < 900_000 { text += String(repeating: sentence, count: 40) + "\n\n" }
        text += String(repeating: "x", count: 100_000) + "\n"
        let document = ArticleDocument(AnalyzedArticle(try TestArticles.text(text)))
        let layout = ArticleLayout(document, width: 198)
        #expect(layout.lines.count > 5_000)
        var state = AppState(articles: [AnalyzedArticle(try TestArticles.text(text))], width: 200, height: 60)
        state.update(.key(.character("G")))
        #expect(state.reader?.top == (state.reader?.layout.lines.count ?? 0) - state.bodyHeight)
        state.update(.resize(width: 80, height: 24))
        #expect(Renderer.render(state).lines().allSatisfy { DisplayWidth.of($0) <= 80 })
    }
}
