import Testing
import NewsModel
@testable import NewsTUI

/// Whole screens after scripted keys, against Snapshots/*.txt (plain text).
/// Re-record on purpose only: NEWSROOM_RECORD=1 swift test --filter ScreenSnapshotTests,
/// then review every changed line.
@Suite struct ScreenSnapshotTests {
    let library: [AnalyzedArticle]
    let seed: AnalyzedArticle
    let seedByHand: AnalyzedArticle
    let cjk: AnalyzedArticle
    let names: AnalyzedArticle
    let port: AnalyzedArticle

    init() throws {
        DisplayWidth.prepareLocale()
        library = try TestArticles.library()
        seed = try TestArticles.fixture("seed-article.txt")
        seedByHand = try TestArticles.seedByHand()
        names = try TestArticles.fixture("names-unicode.txt")
        port = AnalyzedArticle(try TestArticles.article("Tests/NewsTUITests/Fixtures/port-talks.txt"))
        cjk = AnalyzedArticle(try TestArticles.article("Tests/NewsTUITests/Fixtures/cjk-lantern-festival.txt"))
    }

    func screen(_ articles: [AnalyzedArticle], _ width: Int, _ height: Int, _ keys: String = "") -> AppState {
        var state = AppState(articles: articles, width: width, height: height)
        Script.run(&state, keys)
        return state
    }

    // MARK: Library

    @Test func library80x24() { Snapshot.check("library-80x24", screen(library, 80, 24)) }
    @Test func library120x40() { Snapshot.check("library-120x40", screen(library, 120, 40, "jjj")) }
    @Test func libraryFilter() { Snapshot.check("library-filter-80x24", screen(library, 80, 24, "/truce")) }
    @Test func libraryHelp() { Snapshot.check("library-help-80x24", screen(library, 80, 24, "?")) }
    /// The end of the help: the speaker search's keys and the legend of its marks.
    @Test func libraryHelpEnd() { Snapshot.check("library-help-end-80x24", screen(library, 80, 24, "?G")) }
    /// Narrow: counts, then the source, then the date give way before the headline.
    @Test func library50x16() { Snapshot.check("library-50x16", screen(library, 50, 16)) }
    @Test func library36x12() { Snapshot.check("library-36x12", screen(library, 36, 12)) }
    @Test func librarySortedByDate() { Snapshot.check("library-date-80x24", screen(library, 80, 24, "s")) }
    @Test func librarySortedByHeadline() { Snapshot.check("library-headline-50x16", screen(library, 50, 16, "ss")) }
    /// The filter reads the body text too, and counts the matches of each article.
    @Test func libraryFilterBody() { Snapshot.check("library-filter-body-80x24", screen(library, 80, 24, "/firefighters")) }

    // MARK: Reader on the seed

    @Test func seed80x24() { Snapshot.check("seed-80x24", screen([seed], 80, 24)) }
    @Test func seed120x40() { Snapshot.check("seed-120x40", screen([seed], 120, 40)) }
    @Test func seedThirdSection() { Snapshot.check("seed-section3-80x24", screen([seed], 80, 24, "]]]")) }
    @Test func seedSecondSectionWide() { Snapshot.check("seed-section2-120x40", screen([seed], 120, 40, "]]")) }

    @Test func seedResized() {
        var state = screen([seed], 80, 24, "]]]")
        state.update(.resize(width: 60, height: 20))
        Snapshot.check("seed-section3-resized-60x20", state)
    }

    @Test func seedSearchPrompt() { Snapshot.check("seed-search-prompt-80x24", screen([seed], 80, 24, "]]]/dro")) }
    @Test func seedSearchNext() { Snapshot.check("seed-search-next-80x24", screen([seed], 80, 24, "]]]/drones<Enter>n")) }
    @Test func seedSearchWrapped() { Snapshot.check("seed-search-wrapped-80x24", screen([seed], 80, 24, "]]]/drones<Enter>nn")) }
    @Test func seedOutline() { Snapshot.check("seed-outline-80x24", screen([seed], 80, 24, "]]o")) }
    @Test func seedHelp() { Snapshot.check("seed-help-120x40", screen([seed], 120, 40, "?")) }
    @Test func seedQuotesAsExtracted() { Snapshot.check("seed-quotes-80x24", screen([seed], 80, 24, "\"")) }
    /// Narrow: long quotes wrap over several rows (never cut), a speaker's name heads each run;
    /// scrolled down, the selected quote is on screen whole.
    @Test func seedQuotesNarrowScrolled() { Snapshot.check("seed-quotes-44x16-scrolled", screen([seed], 44, 16, "\"jjjjjjj")) }
    @Test func seedQuotesGroupedNarrow() { Snapshot.check("seed-quotes-grouped-44x16", screen([seed], 44, 16, "\"t")) }
    @Test func seedBottom() { Snapshot.check("seed-bottom-80x24", screen([seed], 80, 24, "G")) }

    // MARK: Panels with quotes and figures set by hand on the seed

    @Test func quotesInOrder() { Snapshot.check("byhand-quotes-80x24", screen([seedByHand], 80, 24, "\"")) }
    @Test func quotesGrouped() { Snapshot.check("byhand-quotes-grouped-80x24", screen([seedByHand], 80, 24, "\"t")) }
    @Test func quoteJump() { Snapshot.check("byhand-quote-jump-80x24", screen([seedByHand], 80, 24, "\"jjj<Enter>")) }
    @Test func figures() { Snapshot.check("byhand-figures-80x24", screen([seedByHand], 80, 24, "#")) }
    @Test func figuresWide() { Snapshot.check("byhand-figures-120x40", screen([seedByHand], 120, 40, "#j")) }

    @Test func speakerSearch() {
        var articles = library
        let seedIndex = articles.firstIndex { $0.article.path.hasSuffix("seed-article.txt") } ?? 0
        articles[seedIndex] = seedByHand
        Snapshot.check("byhand-speakers-80x24", screen(articles, 80, 24, "@leav<Enter>"))
    }

    // MARK: Speaker search: the people first, then a person's quotes

    @Test func speakerPeople() { Snapshot.check("speaker-people-80x24", screen(library, 80, 24, "@wren")) }
    @Test func speakerPeopleNarrow() { Snapshot.check("speaker-people-50x16", screen(library, 50, 16, "@lind")) }
    @Test func speakerPerson() { Snapshot.check("speaker-person-80x24", screen(library, 80, 24, "@wren<Enter>")) }
    /// Back from the article to the person's quotes, the one opened still selected.
    @Test func speakerPersonAfterTheArticle() {
        Snapshot.check("speaker-person-back-80x24", screen(library, 80, 24, "@wren<Enter>j<Enter>q"))
    }

    // MARK: Attributions to double-check, and unnamed sources

    @Test func portQuotes() { Snapshot.check("port-quotes-80x24", screen([port], 80, 24, "\"")) }
    /// Grouped: the speaker is named once, and each quote keeps its own mark.
    @Test func portQuotesGrouped() { Snapshot.check("port-quotes-grouped-80x24", screen([port], 80, 24, "\"t")) }
    @Test func portPeople() { Snapshot.check("port-speakers-80x24", screen([port], 80, 24, "@spokes")) }
    @Test func portPerson() { Snapshot.check("port-speaker-quotes-80x24", screen([port], 80, 24, "@dalca<Enter>")) }

    // MARK: Wide characters

    @Test func namesUnicode() { Snapshot.check("names-unicode-80x24", screen([names], 80, 24, "jjjjjjjjjjjj")) }
    @Test func cjk80x24() { Snapshot.check("cjk-80x24", screen([cjk], 80, 24)) }
    @Test func cjk120x40() { Snapshot.check("cjk-120x40", screen([cjk], 120, 40)) }
    @Test func cjkNarrowOdd() { Snapshot.check("cjk-41x12", screen([cjk], 41, 12, "d")) }
    @Test func cjkSearch() { Snapshot.check("cjk-search-80x24", screen([cjk], 80, 24, "/渡轮<Enter>")) }

    // MARK: Edge

    @Test func tooSmall() { Snapshot.check("too-small-25x7", screen([seed], 25, 7)) }
}
