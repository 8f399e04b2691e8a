import Testing
import NewsModel
@testable import NewsTUI

/// The search screen (`S`) against an archive stand-in that searches the library's
/// own texts: results as the query is typed, its errors, opening a result.
@Suite struct FullTextScreenTests {
    /// Finds the articles whose text holds every word of the query; a query with an odd
    /// number of `"` is malformed, as the archive's syntax says.
    struct Stand: FullTextSearching {
        let articles: [AnalyzedArticle]
        func search(_ query: String, limit: Int) -> Result<[FullTextHit], FullTextFailure> {
            if query.filter({ $0 == "\"" }).count % 2 == 1 { return .failure(FullTextFailure("malformed query: unclosed quotation mark")) }
            let words = query.lowercased().filter { $0 != "\"" }.split(separator: " ").map(String.init)
            var hits: [FullTextHit] = []
            for a in articles {
                let text = a.article.source.string
                let lower = text.lowercased()
                guard words.allSatisfy({ lower.contains($0) }), let first = words.first,
                      let at = lower.range(of: first) else { continue }
                let from = text.index(at.lowerBound, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex
                let to = text.index(at.upperBound, offsetBy: 30, limitedBy: text.endIndex) ?? text.endIndex
                let snippet = "…" + text[from..<at.lowerBound] + "\u{E000}" + text[at] + "\u{E001}" + text[at.upperBound..<to] + "…"
                hits.append(FullTextHit(path: a.article.path, headline: a.article.headline.text, date: "2025-03-19",
                                        source: "Wire", snippet: snippet))
            }
            return .success(Array(hits.prefix(limit)))
        }
    }

    let library: [AnalyzedArticle]

    init() throws {
        DisplayWidth.prepareLocale()
        library = try TestArticles.library()
    }

    func state(_ keys: String, archive: Bool = true) -> AppState {
        var state = AppState(articles: library, width: 80, height: 24)
        if archive { state.archiveSearch = Stand(articles: library) }
        Script.run(&state, keys)
        return state
    }

    @Test func resultsAsYouType() {
        let typed = state("Sfirefight")
        #expect(typed.fullText?.hits.count == 1)
        Snapshot.check("fulltext-results-80x24", typed)
        // Each key searches again.
        #expect(state("Sfirefighters zzz").fullText?.hits.isEmpty == true)
        #expect(state("Sfirefighters zzz").fullText?.message == "no article matches")
    }

    @Test func aHalfTypedQuerySaysWhy() {
        let open = state("S\"truce")
        #expect(open.fullText?.hits.isEmpty == true && open.fullText?.message == "malformed query: unclosed quotation mark")
        Snapshot.check("fulltext-malformed-80x24", open)
        #expect(state("S\"truce\"").fullText?.hits.isEmpty == false)
    }

    @Test func enterOpensTheArticleAndEscCloses() {
        var opened = state("Sfirefight<Enter>")
        #expect(opened.fullText == nil && opened.screen == .reader)
        #expect(opened.reader.map { opened.entries[$0.article].headline } == state("Sfirefight").fullText?.hits.first?.headline)
        Script.run(&opened, "q")
        #expect(opened.screen == .library)
        #expect(state("Struce<Esc>").fullText == nil)
        #expect(state("S<BS>").fullText == nil)
    }

    /// `update` never searches: a key asks the runner (`Effect.search`) and the state changes
    /// only with the answer; an answer to a query typed over since is dropped.
    @Test func theSearchIsAnEffectTheRunnerPerforms() {
        var state = state("Sfire")
        let before = state.fullText?.hits
        let effect = state.update(.key(.character("f")))
        #expect(effect == .search(FullTextRequest(query: "firef", limit: AppState.fullTextLimit)))
        #expect(state.fullText?.query == "firef" && state.fullText?.hits == before)
        let stale = FullTextRequest(query: "fire", limit: AppState.fullTextLimit)
        state.update(.fullTextFound(stale, .success([])))
        #expect(state.fullText?.hits == before && state.fullText?.message == nil)
        guard case .search(let request) = effect else { return }
        state.update(.fullTextFound(request, .failure(FullTextFailure("the archive is damaged"))))
        #expect(state.fullText?.hits.isEmpty == true && state.fullText?.message == "the archive is damaged")
        // The runner answers from the state's archive.
        Runner.perform(effect, on: &state)
        #expect(state.fullText?.hits.count == 1 && state.fullText?.message == nil)
    }

    @Test func withoutAnArchiveItSaysHowToMakeOne() {
        let files = state("S", archive: false)
        #expect(files.fullText == nil)
        #expect(files.notice?.contains("newsroom index") == true)
    }
}
