import Dispatch
import NewsModel
#if canImport(Glibc)
import Glibc
#endif

/// What one `index` run did.
public struct IndexSummary: Sendable {
    public var files = 0
    public var added = 0
    public var updated = 0
    public var reanalyzed = 0
    public var moved = 0
    public var unchanged = 0
    public var removed = 0
    public var failures: [LoadFailure] = []
    public var warnings: [LoadWarning] = []
    public var interrupted = false
    /// Articles whose analyzer version was not the running one's when the run began.
    public var stale = 0
    public var total = 0

    public init() {}
}

public struct IndexProgress: Sendable {
    /// Files handled so far, of `total` files to read (unchanged files are not counted).
    public var done: Int
    public var total: Int
}

/// `newsroom index`: brings the archive up to date with the files under some
/// paths, in batches each committed in one transaction, so an interrupted run
/// keeps what it committed and the next one continues from there.
///
/// A file is skipped when its path, size and modification time match the
/// archive (and its analyzer version is current); otherwise its bytes are
/// hashed: the same hash at the same path only updates the stamp, the same
/// hash as an archived article whose file is gone is a move (the row takes the
/// new path, nothing is analyzed again); anything else is analyzed with the
/// same pipeline as `quotes` and `figures` (`AnalyzedArticle`).
public struct ArchiveIndexer: Sendable {
    public let store: any ArchiveStore
    public let analyzer: String
    public var batchSize = 512

    public init(store: any ArchiveStore, analyzer: String = AnalyzerVersion.current) {
        self.store = store
        self.analyzer = analyzer
    }

    private enum Outcome: Sendable {
        case failed(LoadFailure)
        /// The file's articles, unchanged.
        case restamp([Int64], FileStamp)
        /// Same bytes as an archived file that is gone.
        case moveCandidate(path: String, stamp: FileStamp, hash: String)
        /// Every article of the file: one, or one per item of a feed or package.
        case analyzed(file: String, [ArticleRecord], [LoadWarning])
    }

    public func run(_ paths: [String], prune: Bool, progress: (IndexProgress) -> Void = { _ in },
                    shouldStop: () -> Bool = { false },
                    onStale: (Int) -> Void = { _ in }) throws(ArchiveError) -> IndexSummary {
        var summary = IndexSummary()
        let analyzer = self.analyzer
        // Roots resolved once (not each file: realpath looks at every component of a path),
        // so that every path found under them is absolute.
        let roots = paths.map { $0 == "-" ? $0 : (Self.absolute($0) ?? $0) }
        let (listed, expandFailures) = ArticleLoader.expand(roots)
        summary.failures = expandFailures
        var files: [(path: String, stamp: FileStamp)] = []
        var seen = Set<String>()
        for file in listed {
            if file == "-" { continue }  // the command line refuses standard input before this
            let absolute = file.hasPrefix("/") ? file : (Self.absolute(file) ?? file)
            guard seen.insert(absolute).inserted else { continue }
            guard let stamp = Self.stamp(absolute) else {
                summary.failures.append(LoadFailure(path: file, reason: errno == EACCES ? .permissionDenied : .notFound))
                continue
            }
            files.append((absolute, stamp))
        }
        summary.files = files.count

        let known = try store.knownArticles()
        summary.stale = known.reduce(0) { $0 + ($1.analyzer == analyzer ? 0 : 1) }
        if summary.stale > 0 { onStale(summary.stale) }
        // A file's articles: one, or the items of a feed (which share the file's stamp and hash).
        let byFile = Dictionary(grouping: known, by: \.file)
        let byPath = Dictionary(known.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var movable: [String: [[KnownArticle]]] = [:]
        for (file, articles) in byFile where !seen.contains(file) && Self.stamp(file) == nil {
            guard let first = articles.first, articles.allSatisfy({ $0.analyzer == analyzer && $0.hash == first.hash })
            else { continue }
            movable[first.hash, default: []].append(articles.sorted { $0.item < $1.item })
        }

        var todo: [(path: String, stamp: FileStamp)] = []
        for file in files {
            if let articles = byFile[file.path], articles.allSatisfy({ $0.stamp == file.stamp && $0.analyzer == analyzer }) {
                summary.unchanged += articles.count
            } else {
                todo.append(file)
            }
        }

        let movableHashes = Set(movable.keys)
        var done = 0
        var movedIDs = Set<Int64>()
        progress(IndexProgress(done: 0, total: todo.count))
        let slices = stride(from: 0, to: todo.count, by: batchSize).map { Array(todo[$0..<min(todo.count, $0 + batchSize)]) }
        let work: @Sendable ([(path: String, stamp: FileStamp)]) -> [Outcome] = { slice in
            parallelMap(slice) { file in
                Self.examine(file.path, file.stamp, known: byFile[file.path] ?? [], movable: movableHashes,
                             analyzer: analyzer)
            }
        }
        // Batch n+1 is read and analyzed on the other threads while batch n is written.
        var pending = slices.first.map { slice in PendingOutcomes { work(slice) } }
        for (n, slice) in slices.enumerated() {
            if shouldStop() { summary.interrupted = true; break }
            guard let outcomes = pending?.wait() else { break }
            pending = n + 1 < slices.count ? PendingOutcomes { work(slices[n + 1]) } : nil
            var batch = ArchiveBatch()
            for outcome in outcomes {
                switch outcome {
                case .failed(let failure):
                    summary.failures.append(failure)
                case .restamp(let ids, let stamp):
                    batch.restamps += ids.map { ($0, stamp) }
                    summary.unchanged += ids.count
                case .moveCandidate(let path, let stamp, let hash):
                    if var candidates = movable[hash], let from = candidates.popLast() {
                        movable[hash] = candidates
                        for k in from {
                            movedIDs.insert(k.id)
                            batch.moves.append((k.id, ArticleRecord.path(of: path, item: k.item), stamp))
                        }
                        summary.moved += from.count
                    } else {
                        // Another file took the move (two copies of one moved file): analyze this one.
                        switch Self.analyze(path, stamp, analyzer: analyzer) {
                        case .analyzed(_, let records, let warnings):
                            batch.records += records
                            summary.warnings += warnings
                            summary.added += records.count
                        case .failed(let failure): summary.failures.append(failure)
                        default: break
                        }
                    }
                case .analyzed(let file, let records, let warnings):
                    batch.records += records
                    summary.warnings += warnings
                    for record in records {
                        if let k = byPath[record.path] {
                            if k.analyzer != analyzer { summary.reanalyzed += 1 } else { summary.updated += 1 }
                        } else {
                            summary.added += 1
                        }
                    }
                    // Articles of the file's last version that this one no longer has (a feed that lost
                    // items, a file that became a feed or stopped being one).
                    let paths = Set(records.map(\.path))
                    let gone = (byFile[file] ?? []).filter { !paths.contains($0.path) }
                    batch.removals += gone.map(\.id)
                    summary.removed += gone.count
                }
            }
            try store.apply(batch)
            done += slice.count
            progress(IndexProgress(done: done, total: todo.count))
        }

        if prune && !summary.interrupted {
            var removals: [Int64] = []
            for (file, articles) in byFile where !seen.contains(file) && Self.stamp(file) == nil {
                removals += articles.map(\.id).filter { !movedIDs.contains($0) }
            }
            removals.sort()
            for chunk in stride(from: 0, to: removals.count, by: 1000) {
                var batch = ArchiveBatch()
                batch.removals = Array(removals[chunk..<min(removals.count, chunk + 1000)])
                try store.apply(batch)
            }
            summary.removed = removals.count
        }
        summary.total = try store.articleCount()
        return summary
    }

    /// Outcomes computed on a background queue, waited for by the writer.
    private final class PendingOutcomes: @unchecked Sendable {
        // Written once by the background work before `done` is signalled; read only after waiting on it.
        private var outcomes: [Outcome] = []
        private let done = DispatchSemaphore(value: 0)

        init(_ work: @escaping @Sendable () -> [Outcome]) {
            DispatchQueue.global(qos: .userInitiated).async {
                self.outcomes = work()
                self.done.signal()
            }
        }

        func wait() -> [Outcome] {
            done.wait()
            return outcomes
        }
    }

    private static func examine(_ path: String, _ stamp: FileStamp, known: [KnownArticle], movable: Set<String>,
                                analyzer: String) -> Outcome {
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path: path) } catch { return .failed(LoadFailure(path: path, reason: error)) }
        let hash = ContentHash.hex(bytes)
        if !known.isEmpty, known.allSatisfy({ $0.hash == hash && $0.analyzer == analyzer }) {
            return .restamp(known.map(\.id), stamp)
        }
        if known.isEmpty, movable.contains(hash) { return .moveCandidate(path: path, stamp: stamp, hash: hash) }
        return analyze(bytes, path, stamp, hash: hash, analyzer: analyzer)
    }

    private static func analyze(_ path: String, _ stamp: FileStamp, analyzer: String) -> Outcome {
        do {
            let bytes = try FileReader.read(path: path)
            return analyze(bytes, path, stamp, hash: ContentHash.hex(bytes), analyzer: analyzer)
        } catch {
            return .failed(LoadFailure(path: path, reason: error))
        }
    }

    private static func analyze(_ bytes: [UInt8], _ path: String, _ stamp: FileStamp, hash: String,
                                analyzer: String) -> Outcome {
        switch ArticleLoader.loadBytes(bytes, path: path) {
        case .failure(let failure):
            return .failed(failure)
        case .success(let articles):
            var records: [ArticleRecord] = []
            records.reserveCapacity(articles.count)
            for (index, (article, _)) in articles.enumerated() {
                // Items of a feed or package are `FILE#N`, N from 1 in document order.
                let item = article.path == path ? 0 : index + 1
                records.append(ArticleRecord(AnalyzedArticle(article), path: article.path, item: item, stamp: stamp,
                                             hash: hash, analyzer: analyzer))
            }
            return .analyzed(file: path, records, articles.flatMap(\.1))
        }
    }

    /// Size and modification time, or nil when the file is gone.
    static func stamp(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(size: Int64(info.st_size),
                         mtime: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    /// The canonical absolute path (symbolic links resolved), or nil when it cannot be resolved.
    public static func absolute(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
