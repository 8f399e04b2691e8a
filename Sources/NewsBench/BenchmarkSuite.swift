import Foundation
import NewsModel

/// The benchmark suite behind `make bench`: generates the corpora, measures
/// every figure of the benchmarks issue, and cleans up.
public struct BenchmarkSuite {
    public struct Configuration: Sendable {
        public var fixtures: String
        /// Article counts of the generated folders (growth is read across them).
        public var counts: [Int] = [1_000, 10_000]
        public var articleBytes = 5_000
        public var largeArticleBytes = 1 << 20
        public var largeArticles = 4
        public var runs = 5
        public var searchRepetitions = 1_000
        /// Pipeline work before the first measurement (see `run`).
        public var warmUpSeconds = 2.0
        public var seed: UInt64 = 20_261_127
        public init(fixtures: String) { self.fixtures = fixtures }
    }

    public let configuration: Configuration
    /// Measures peak memory of loading a folder in a fresh process: (bytes, corpus bytes).
    public var memoryProbe: (@Sendable (String) -> Int?)?
    /// Extra figures measured on the loaded library (the screen benchmarks).
    public var screenProbe: (@Sendable (_ seed: String, _ large: String) -> [BenchResult])?

    public init(_ configuration: Configuration) { self.configuration = configuration }

    public func run(log: (String) -> Void) throws -> [BenchResult] {
        let c = configuration
        let corpus = try Corpus(fixtures: c.fixtures)
        let work = NSTemporaryDirectory() + "newsroom-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: work) }
        var results: [BenchResult] = []

        if let seed = try? String(contentsOfFile: c.fixtures + "/seed-article.txt", encoding: .utf8) {
            // The first second or so of a process ran up to 1.7 times slower on the shared host (the
            // seed's parse at 12–14 µs instead of 7.3), whatever it ran: warm up before measuring.
            log("warming up for \(c.warmUpSeconds) s")
            PipelineBenchmarks.warmUp(seed, seconds: c.warmUpSeconds)
            log("the seed article, \(c.searchRepetitions) times")
            results.append(PipelineBenchmarks.parseOnly(seed, label: "seed article", repetitions: c.searchRepetitions))
            results.append(PipelineBenchmarks.analyzeOne(seed, label: "seed article", repetitions: c.searchRepetitions))
        }

        // The pipeline on every corpus first, its runs interleaved (see `PipelineBenchmarks.throughput`).
        let large = (0..<c.largeArticles).map { corpus.article($0, seed: c.seed ^ 0xA5A5, bytes: c.largeArticleBytes) }
        var sets = c.counts.map { count in
            (label: "\(count) × 5 KB", texts: (0..<count).map { corpus.article($0, seed: c.seed, bytes: c.articleBytes) })
        }
        sets.append((label: "\(c.largeArticles) × 1 MB", texts: large))
        log("pipeline on \(sets.map(\.label).joined(separator: ", ")), \(c.runs) runs each, interleaved")
        let pipeline = PipelineBenchmarks.throughput(sets, runs: c.runs)
        sets = []

        for (k, count) in c.counts.enumerated() {
            let dir = work + "/corpus-\(count)"
            log("writing \(count) articles of ~\(c.articleBytes) bytes to \(dir)")
            let bytes = try corpus.write(count: count, seed: c.seed, bytes: c.articleBytes, to: dir)
            results += pipeline[k]
            log("loading the \(count)-article folder")
            results.append(LibraryBenchmarks.firstFrame(dir, label: "\(count)-article", runs: c.runs))
            results.append(LibraryBenchmarks.load(dir, label: "\(count)-article", runs: c.runs))
            if count == c.counts.last {
                let index = LibraryBenchmarks.loadLibrary(dir).index
                log("speaker search over \(index.speakers.count) speakers")
                results += LibraryBenchmarks.search(index, repetitions: c.searchRepetitions)
                if let probe = memoryProbe, let peak = probe(dir) {
                    results.append(BenchResult("peak memory, \(count) articles", Double(peak) / Double(count), "bytes/article"))
                    results.append(BenchResult("peak memory, \(count) articles", Double(peak) / Double(bytes), "× corpus",
                                               target: "≤ 3"))
                }
            }
        }

        if let last = pipeline.last { results += last }

        let formatCount = c.counts.last ?? 1_000
        let feedItems = min(1_000, formatCount)
        log("formats: \(formatCount) NITF files and an RSS feed of \(feedItems) items against plain text, \(c.runs) runs")
        let formatTexts = (0..<formatCount).map { corpus.article($0, seed: c.seed, bytes: c.articleBytes) }
        results += FormatBenchmarks.throughput(formatTexts, feedItems: feedItems, runs: c.runs)

        if let screen = screenProbe {
            let largePath = work + "/large.txt"
            try large.first?.write(toFile: largePath, atomically: false, encoding: .utf8)
            log("screen: frame, scroll and reflow")
            results += screen(c.fixtures + "/seed-article.txt", largePath)
        }
        return results
    }

    public static func json(_ results: [BenchResult], machine: String) -> JSON {
        .object([("machine", .string(machine)), ("results", .array(results.map(\.json)))])
    }
}
