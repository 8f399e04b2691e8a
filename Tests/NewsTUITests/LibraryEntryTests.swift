import Foundation
import Synchronization
import Testing
import NewsModel
@testable import NewsTUI

/// The reader keeps a `LibraryEntry` per article and loads an article in full
/// only when it is opened: screens, speaker search and jumps work from entries.
@Suite struct LibraryEntryTests {
    let library: [AnalyzedArticle]

    init() throws {
        DisplayWidth.prepareLocale()
        library = try TestArticles.library()
    }

    var seedIndex: Int { library.firstIndex { $0.article.path.hasSuffix("seed-article.txt") } ?? 0 }

    /// Counts loads, and serves `articles` (or a replacement for one index).
    final class CountingSource: ArticleSource {
        let loads = Mutex<[Int]>([])
        let articles: [AnalyzedArticle]
        let replaced: Mutex<[Int: Result<AnalyzedArticle, LoadFailure>]> = Mutex([:])
        init(_ articles: [AnalyzedArticle]) { self.articles = articles }
        var source: CountingSource { self }
        func article(_ index: Int, _ entry: LibraryEntry) -> Result<AnalyzedArticle, LoadFailure> {
            loads.withLock { $0.append(index) }
            if let replacement = replaced.withLock({ $0[index] }) { return replacement }
            return .success(articles[index])
        }
    }

    @Test func entriesKeepWhatTheLibraryAndSpeakerSearchShow() {
        let seed = library[seedIndex]
        let entry = LibraryEntry(seed)
        #expect(entry.path == seed.article.path)
        #expect(entry.headline == seed.article.headline.text)
        #expect(entry.sectionCount == seed.article.sections.count)
        #expect(entry.quoteCount == seed.quotes.count)
        #expect(entry.figureCount == seed.figures.count)
        #expect(entry.speakers == seed.speakers)
        for (kept, quote) in zip(entry.quotes, seed.quotes) {
            #expect(kept.matches(quote))
            #expect(kept.speaker == quote.speaker && kept.section == quote.section && kept.paragraph == quote.paragraph)
        }
        for analyzed in library {
            let kept = LibraryEntry(analyzed).quotes
            #expect(kept.count == analyzed.quotes.count)
            for (k, quote) in zip(kept, analyzed.quotes) {
                #expect(k.matches(quote) && k.text == quote.text, "\(analyzed.article.path): \(quote.text)")
            }
        }
        let fromEntries = SpeakerIndex(entries: library.map(LibraryEntry.init))
        let fromArticles = SpeakerIndex(library)
        #expect(fromEntries.speakers == fromArticles.speakers)
        #expect(fromEntries.search("leav") == fromArticles.search("leav"))
    }

    @Test func libraryLoadBuildsTheSameEntriesAsAnalyzingEachFile() {
        let folder = TestArticles.root + "/Fixtures/articles"
        let loaded = Library.load([folder])
        let direct = ArticleLoader.load([folder]).articles.map { LibraryEntry(AnalyzedArticle($0)) }
        #expect(loaded.entries.count == library.count)
        #expect(loaded.entries == direct, "in the folder's order")
        #expect(loaded.failures.isEmpty)
    }

    @Test func screensFromEntriesLookTheSameAndLoadOnlyWhatIsOpened() {
        let counting = CountingSource(library)
        var fromEntries = AppState(entries: library.map(LibraryEntry.init), source: counting.source, width: 80, height: 24)
        var inMemory = AppState(articles: library, width: 80, height: 24)
        #expect(counting.loads.withLock { $0 }.isEmpty, "the library screen needs no article in full")
        for script in ["", "jj", "@leav", "<Esc>/harb", "<Esc><Esc>G<Enter>", "\"", "<Esc>#", "<Esc>q"] {
            Script.run(&fromEntries, script)
            Script.run(&inMemory, script)
            #expect(Renderer.render(fromEntries).lines() == Renderer.render(inMemory).lines(), "after \(script)")
        }
        #expect(counting.loads.withLock { $0 } == [library.count - 1])
        // Back and forth between a few articles re-uses them; a fourth one pushes the oldest out.
        Script.run(&fromEntries, "<Enter>q")
        for index in [0, 1, 2, library.count - 1] {
            fromEntries.library.list.selection = index
            Script.run(&fromEntries, "<Enter>q")
        }
        #expect(counting.loads.withLock { $0 } == [library.count - 1, 0, 1, 2, library.count - 1])
        #expect(fromEntries.recent.count == AppState.recentLimit)
    }

    /// `update` reads nothing: it asks for an article with an effect, the runner
    /// answers with an event, and an answer for a library that moved on is dropped.
    @Test func updateAsksForArticlesAndTheRunnerAnswers() throws {
        let counting = CountingSource(library)
        var s = AppState(entries: library.map(LibraryEntry.init), source: counting.source, width: 80, height: 24)
        s.library.list.selection = 1
        let effect = s.update(.key(.enter))
        let request = ArticleRequest(index: 1, entry: s.entries[1], then: .read)
        #expect(effect == .load(request))
        #expect(s.screens == [.library] && s.reader == nil, "nothing opens until the article arrives")
        #expect(counting.loads.withLock { $0 }.isEmpty, "update itself loads nothing")
        // An answer for an entry that is no longer at that index is dropped.
        let stale = ArticleRequest(index: 1, entry: s.entries[0], then: .read)
        #expect(s.update(.articleLoaded(stale, .success(library[1]))) == .none)
        #expect(s.reader == nil)
        #expect(s.update(.articleLoaded(request, .success(library[1]))) == .none)
        #expect(s.screens == [.library, .reader] && s.reader?.article == 1)
        // Back in the library, the article is at hand: opening it again needs no load.
        Script.run(&s, "q")
        #expect(s.update(.key(.enter)) == .none)
        #expect(s.screens == [.library, .reader])
        // The runner performs a load through the source.
        Script.run(&s, "qj")
        #expect(Runner.send(.key(.enter), to: &s) == .none)
        #expect(counting.loads.withLock { $0 } == [2])
        #expect(s.reader?.article == 2)
    }

    @Test func speakerHitFromEntriesOpensTheArticleAtTheQuote() throws {
        let counting = CountingSource(library)
        var s = AppState(entries: library.map(LibraryEntry.init), source: counting.source, width: 80, height: 24)
        Script.run(&s, "@leavitt<Enter>")
        let hit = try #require(s.panel?.hits.first)
        Script.run(&s, "<Enter>")
        #expect(s.screens == [.library, .reader])
        #expect(s.reader?.article == hit.location.article)
        #expect(s.reader?.highlight == s.reader?.document.quoteRanges[hit.location.quote])
        #expect(s.notice == nil)
    }

    @Test func aQuoteGoneFromAChangedFileOpensAtTheStartWithANotice() throws {
        let counting = CountingSource(library)
        var s = AppState(entries: library.map(LibraryEntry.init), source: counting.source, width: 80, height: 24)
        Script.run(&s, "@leavitt<Enter>")
        let hit = try #require(s.panel?.hits.first)
        let path = library[hit.location.article].article.path
        let changed = AnalyzedArticle(try TestArticles.text("A headline rewritten\n\nThe quotes were taken out of this story.\n", path: path))
        counting.replaced.withLock { $0[hit.location.article] = .success(changed) }
        Script.run(&s, "<Enter>")
        #expect(s.screens == [.library, .reader])
        #expect(s.reader?.top == 0)
        #expect(s.reader?.highlight == nil)
        #expect(s.notice?.contains("no longer in the file") == true)
        #expect(s.entries[hit.location.article].headline == "A headline rewritten", "the entry follows the file")
        Script.run(&s, "q")
        #expect(s.panel?.kind == .speakers, "q goes back to the search")
        #expect(s.panel?.person == nil, "the search ran again on the changed file: Leavitt is no longer quoted")
        #expect(s.panel?.people.contains { $0.name == "Karoline Leavitt" } == false)
        Script.run(&s, "<Esc>")
        #expect(s.panel == nil)
        s.library.list = s.libraryGeometry.visible(ListPosition(selection: hit.location.article, top: 0))
        let lines = Renderer.render(s).lines()
        #expect(lines.contains { $0.contains("A headline rewritten") })
    }

    @Test func aVanishedFileLeavesTheLibraryUsable() {
        let counting = CountingSource(library)
        counting.replaced.withLock { $0[0] = .failure(LoadFailure(path: library[0].article.path, reason: .notFound)) }
        var s = AppState(entries: library.map(LibraryEntry.init), source: counting.source, width: 80, height: 24)
        Script.run(&s, "<Enter>")
        #expect(s.screens == [.library])
        #expect(s.reader == nil)
        let status = Renderer.render(s).lines().last ?? ""
        #expect(status.contains("cannot open") && status.contains("no such file"), "\(status)")
        Script.run(&s, "j<Enter>")
        #expect(s.screens == [.library, .reader], "the other articles still open")
        #expect(s.reader?.article == 1)
    }

    /// The real thing: files read again from disk, one deleted and one rewritten after loading.
    @Test func filesChangedOnDiskAfterLoading() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-entries-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let seedText = try String(contentsOfFile: TestArticles.root + "/Fixtures/articles/seed-article.txt", encoding: .utf8)
        let otherText = try String(contentsOfFile: TestArticles.root + "/Fixtures/articles/harbor-strike.txt", encoding: .utf8)
        try seedText.write(toFile: dir + "/a.txt", atomically: false, encoding: .utf8)
        try otherText.write(toFile: dir + "/b.txt", atomically: false, encoding: .utf8)
        let loaded = Library.load([dir])
        #expect(loaded.entries.count == 2)
        var s = AppState(entries: loaded.entries, width: 80, height: 24)
        Script.run(&s, "<Enter>")
        #expect(s.screens == [.library, .reader])
        #expect(s.notice == nil, "unchanged: no notice")
        Script.run(&s, "q")
        try FileManager.default.removeItem(atPath: dir + "/b.txt")
        Script.run(&s, "j<Enter>")
        #expect(s.screens == [.library])
        #expect(s.notice?.contains("cannot open b.txt") == true, "\(s.notice ?? "")")
        try "Rewritten\n\nNothing else.\n".write(toFile: dir + "/a.txt", atomically: false, encoding: .utf8)
        s.recent = []
        s.reader = nil
        Script.run(&s, "k<Enter>")
        #expect(s.screens == [.library, .reader])
        #expect(s.notice?.contains("changed") == true)
        #expect(s.entries[0].headline == "Rewritten")
    }
}

@Suite struct BackgroundSpeakerIndexTests {
    @Test func anIndexBuiltInTheBackgroundIsUsedOnceTheLibraryIsComplete() throws {
        let library = try TestArticles.library()
        let entries = library.map(LibraryEntry.init)
        let first = Array(entries.prefix(2)), rest = Array(entries.dropFirst(2))
        var state = AppState(entries: first, source: .memory(library), width: 80, height: 24)
        let index = SpeakerIndex(entries: entries)
        // The index arrives just before the last batch: kept until the batch makes the count right.
        _ = state.update(.speakerIndex(index, entries: entries.count))
        #expect(state.speakerIndexCache == nil)
        _ = state.update(.loaded(rest, remaining: 0))
        #expect(state.speakerIndexCache?.speakers == index.speakers)
        // An index for another library size is never used.
        var other = AppState(entries: first, source: .memory(library), width: 80, height: 24)
        _ = other.update(.speakerIndex(index, entries: entries.count + 1))
        _ = other.update(.loaded(rest, remaining: 0))
        #expect(other.speakerIndexCache == nil)
    }
}
