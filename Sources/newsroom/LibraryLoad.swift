import Dispatch
import NewsArchive
import NewsModel
import NewsTUI
import Synchronization

/// Loading for the reader. A small input loads before the screen opens; a large
/// folder opens on its first articles while the rest load in the background, in
/// order, a chunk at a time (newsboat users wait 15 s for a big store; we don't).
struct LibraryLoad {
    static let loadAllAtOnce = 512
    static let chunk = 256

    var first: [LibraryEntry] = []
    var failures: [LoadFailure] = []
    var warnings: [LoadWarning] = []
    var background: BackgroundLoad?
    /// Where the reader loads an article again when it opens it.
    var source: any ArticleSource = ArticleFiles()

    init(paths: [String]) {
        let (expanded, expandFailures) = ArticleLoader.expand(paths)
        var files = expanded
        failures = expandFailures
        if files.count == 1, let file = files.first {
            // One file opens at once: keep its articles rather than read them twice.
            switch ArticleLoader.loadArticles(file) {
            case .success(let articles):
                let analyzed = parallelMap(articles.map(\.0)) { AnalyzedArticle($0) }
                first = analyzed.map(LibraryEntry.init)
                warnings = articles.flatMap(\.1)
                source = ArticleFiles.memory(analyzed)
            case .failure(let failure):
                failures.append(failure)
            }
            return
        }
        // Standard input among other inputs: read once, kept in full (it cannot be read
        // again when opened), and listed first.
        if files.contains("-") {
            files.removeAll { $0 == "-" }
            switch ArticleLoader.loadFile("-") {
            case .success(let (article, warned)):
                let piped = AnalyzedArticle(article)
                first = [LibraryEntry(piped)]
                warnings = warned
                source = ArticleFiles(held: [0: piped])
            case .failure(let failure):
                failures.append(failure)
            }
        }
        let firstCount = files.count <= Self.loadAllAtOnce ? files.count : Self.chunk
        let loaded = Library.load(files: Array(files[0..<firstCount]))
        first += loaded.entries
        failures += loaded.failures
        warnings += loaded.warnings
        if firstCount < files.count { background = BackgroundLoad(Array(files[firstCount...]), after: first) }
    }

    /// The library of an archive: its first page before the screen opens, whatever the
    /// archive's size, the rest a page at a time in the background. Articles open from
    /// their files (`FILE#N` for a feed's items), as in a library of files.
    init(archive: any ArchiveStore, named name: String) throws(ArchiveError) {
        first = try archive.libraryEntries(offset: 0, limit: Self.chunk)
        let total = try archive.articleCount()
        guard first.count == Self.chunk, total > first.count else { return }
        let start = first.count
        background = BackgroundLoad(count: total - start, after: first) { offset, limit in
            var loaded = Library.Loaded()
            do throws(ArchiveError) {
                loaded.entries = try archive.libraryEntries(offset: start + offset, limit: limit)
            } catch {
                loaded.failures = [LoadFailure(path: name, reason: .notReadable(error.description))]
                return (loaded, true)
            }
            // An archive that shrank meanwhile (`index --prune` running) has no more pages.
            return (loaded, loaded.entries.count < limit)
        }
    }
}

/// The rest of a large library, loading on a background queue. The reader
/// takes what has arrived each time it polls.
final class BackgroundLoad: Sendable {
    private struct Pending {
        var batches: [LibraryEntry] = []
        var failures: [LoadFailure] = []
        var warnings: [LoadWarning] = []
        var remaining: Int
        /// Built once everything loaded; handed over by the poll after the last batch.
        var index: (SpeakerIndex, entries: Int)?
        var indexSent = false
        var finished = false
    }

    private let pending: Mutex<Pending>
    let total: Int

    convenience init(_ files: [String], after first: [LibraryEntry]) {
        self.init(count: files.count, after: first) { offset, limit in
            (Library.load(files: Array(files[offset..<min(files.count, offset + limit)])), false)
        }
    }

    /// `count` more articles, `load(offset, limit)` giving each chunk of them (files, or pages of an
    /// archive) and whether it was the last (an archive that failed or shrank meanwhile).
    init(count: Int, after first: [LibraryEntry],
         load: @escaping @Sendable (_ offset: Int, _ limit: Int) -> (Library.Loaded, last: Bool)) {
        total = count
        pending = Mutex(Pending(remaining: count))
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var start = 0
            var all = first
            while start < count {
                let end = min(count, start + LibraryLoad.chunk)
                let (loaded, last) = load(start, end - start)
                all += loaded.entries
                pending.withLock {
                    $0.batches += loaded.entries
                    $0.failures += loaded.failures
                    $0.warnings += loaded.warnings
                    $0.remaining = last ? 0 : $0.remaining - (end - start)
                }
                if last { break }
                start = end
            }
            let index = SpeakerIndex(entries: all)
            pending.withLock { $0.index = (index, all.count) }
        }
    }

    /// The articles loaded since the last call, as an event; nil when none arrived.
    func take() -> Event? {
        pending.withLock { p in
            if p.remaining > 0 {
                if p.batches.isEmpty { return nil }
            } else {
                // The last batch (even an empty one) waits for the speaker index,
                // which goes first, so the reader has it once the library is complete.
                guard let (index, count) = p.index else { return nil }
                if !p.indexSent {
                    p.indexSent = true
                    return .speakerIndex(index, entries: count)
                }
                if p.finished && p.batches.isEmpty { return nil }
                p.finished = true
            }
            let batch = p.batches
            p.batches = []
            return .loaded(batch, remaining: p.remaining)
        }
    }

    /// Failures and warnings of the background part, to report after the reader closes.
    func problems() -> ([LoadFailure], [LoadWarning]) {
        pending.withLock { ($0.failures, $0.warnings) }
    }
}
