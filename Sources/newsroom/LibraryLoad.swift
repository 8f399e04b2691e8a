import Dispatch
import NewsModel
import NewsTUI
import Synchronization

/// Loading for the reader. A small input loads before the screen opens; a large
/// folder opens on its first articles while the rest load in the background, in
/// order, a chunk at a time (newsboat users wait 15 s for a big store; we don't).
struct LibraryLoad {
    static let loadAllAtOnce = 512
    static let chunk = 256

    var first: [AnalyzedArticle] = []
    var failures: [LoadFailure] = []
    var warnings: [LoadWarning] = []
    var background: BackgroundLoad?

    init(paths: [String]) {
        let (files, expandFailures) = ArticleLoader.expand(paths)
        failures = expandFailures
        let firstCount = files.count <= Self.loadAllAtOnce ? files.count : Self.chunk
        let (articles, failed, warned) = Self.load(Array(files[0..<firstCount]))
        first = articles
        failures += failed
        warnings = warned
        if firstCount < files.count { background = BackgroundLoad(Array(files[firstCount...])) }
    }

    /// Loads and analyzes `files` on all cores; results keep the files' order.
    static func load(_ files: [String]) -> ([AnalyzedArticle], [LoadFailure], [LoadWarning]) {
        let results = parallelMap(files) { file in
            ArticleLoader.loadFile(file).map { (AnalyzedArticle($0.0), $0.1) }
        }
        var articles: [AnalyzedArticle] = [], failures: [LoadFailure] = [], warnings: [LoadWarning] = []
        for result in results {
            switch result {
            case .success(let (article, warned)):
                articles.append(article)
                warnings += warned
            case .failure(let failure):
                failures.append(failure)
            }
        }
        return (articles, failures, warnings)
    }
}

/// The rest of a large library, loading on a background queue. The reader
/// takes what has arrived each time it polls.
final class BackgroundLoad: Sendable {
    private struct Pending {
        var batches: [AnalyzedArticle] = []
        var failures: [LoadFailure] = []
        var warnings: [LoadWarning] = []
        var remaining: Int
    }

    private let pending: Mutex<Pending>
    let total: Int

    init(_ files: [String]) {
        total = files.count
        pending = Mutex(Pending(remaining: files.count))
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var start = 0
            while start < files.count {
                let end = min(files.count, start + LibraryLoad.chunk)
                let (articles, failures, warnings) = LibraryLoad.load(Array(files[start..<end]))
                pending.withLock {
                    $0.batches += articles
                    $0.failures += failures
                    $0.warnings += warnings
                    $0.remaining -= end - start
                }
                start = end
            }
        }
    }

    /// The articles loaded since the last call, as an event; nil when none arrived.
    func take() -> Event? {
        pending.withLock { p in
            if p.batches.isEmpty && p.remaining > 0 { return nil }
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
