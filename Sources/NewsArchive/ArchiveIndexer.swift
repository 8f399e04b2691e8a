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
        case restamp(Int64, FileStamp)
        /// Same bytes as an archived article whose file is gone.
        case moveCandidate(path: String, stamp: FileStamp, hash: String)
        case analyzed(ArticleRecord, [LoadWarning])
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
        let byPath = Dictionary(known.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var movable: [String: [KnownArticle]] = [:]
        for k in known where !seen.contains(k.path) && k.analyzer == analyzer && Self.stamp(k.path) == nil {
            movable[k.hash, default: []].append(k)
        }

        var todo: [(path: String, stamp: FileStamp)] = []
        for file in files {
            if let k = byPath[file.path], k.stamp == file.stamp, k.analyzer == analyzer {
                summary.unchanged += 1
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
                Self.examine(file.path, file.stamp, known: byPath[file.path], movable: movableHashes, analyzer: analyzer)
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
                case .restamp(let id, let stamp):
                    batch.restamps.append((id, stamp))
                    summary.unchanged += 1
                case .moveCandidate(let path, let stamp, let hash):
                    if var candidates = movable[hash], let from = candidates.popLast() {
                        movable[hash] = candidates
                        movedIDs.insert(from.id)
                        batch.moves.append((from.id, path, stamp))
                        summary.moved += 1
                    } else {
                        // Another file took the move (two copies of one moved file): analyze this one.
                        switch Self.analyze(path, stamp, analyzer: analyzer) {
                        case .analyzed(let record, let warnings):
                            batch.records.append(record)
                            summary.warnings += warnings
                            summary.added += 1
                        case .failed(let failure): summary.failures.append(failure)
                        default: break
                        }
                    }
                case .analyzed(let record, let warnings):
                    batch.records.append(record)
                    summary.warnings += warnings
                    if let k = byPath[record.path] {
                        if k.analyzer != analyzer { summary.reanalyzed += 1 } else { summary.updated += 1 }
                    } else {
                        summary.added += 1
                    }
                }
            }
            try store.apply(batch)
            done += slice.count
            progress(IndexProgress(done: done, total: todo.count))
        }

        if prune && !summary.interrupted {
            var removals: [Int64] = []
            for k in known where !seen.contains(k.path) && !movedIDs.contains(k.id) && Self.stamp(k.path) == nil {
                removals.append(k.id)
            }
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

    private static func examine(_ path: String, _ stamp: FileStamp, known: KnownArticle?, movable: Set<String>,
                                analyzer: String) -> Outcome {
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path: path) } catch { return .failed(LoadFailure(path: path, reason: error)) }
        let hash = ContentHash.hex(bytes)
        if let known, known.hash == hash, known.analyzer == analyzer { return .restamp(known.id, stamp) }
        if known == nil, movable.contains(hash) { return .moveCandidate(path: path, stamp: stamp, hash: hash) }
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
        case .success(let (article, warnings)):
            let record = ArticleRecord(AnalyzedArticle(article), path: path, stamp: stamp, hash: hash, analyzer: analyzer)
            return .analyzed(record, warnings)
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
