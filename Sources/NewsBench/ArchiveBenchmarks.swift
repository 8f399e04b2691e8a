import Foundation
import NewsArchive
import NewsModel

/// The archive's figures on a generated corpus: first index, re-index with 1 %
/// of the files changed, search and speaker look-up latencies, size on disk.
public enum ArchiveBenchmarks {
    public struct Configuration: Sendable {
        public var folder: String
        public var count: Int
        public var articleBytes: Int
        public var seed: UInt64
        public var fixtures: String
        public var queries = 200

        public init(folder: String, count: Int, articleBytes: Int, seed: UInt64, fixtures: String) {
            self.folder = folder
            self.count = count
            self.articleBytes = articleBytes
            self.seed = seed
            self.fixtures = fixtures
        }
    }

    public static func run(_ c: Configuration, log: (String) -> Void) throws -> [BenchResult] {
        let corpus = c.folder + "/corpus-\(c.count)"
        let archivePath = c.folder + "/archive-\(c.count).sqlite"
        let generator = try Corpus(fixtures: c.fixtures)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: corpus).count) ?? 0
        if existing != c.count {
            log("writing a corpus of \(c.count) articles to \(corpus)")
            try? FileManager.default.removeItem(atPath: corpus)
            try generator.write(count: c.count, seed: c.seed, bytes: c.articleBytes, to: corpus)
        }
        let corpusBytes = try folderBytes(corpus)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: archivePath + suffix) }

        var results: [BenchResult] = []
        let archive = try SQLiteArchive(path: archivePath, mode: .write)
        let indexer = ArchiveIndexer(store: archive)
        log("first index of \(c.count) articles (\(corpusBytes / 1_000_000) MB)")
        var summary = IndexSummary()
        let first = try timeSeconds { summary = try indexer.run([corpus], prune: false); try archive.checkpoint() }
        results.append(BenchResult("archive: first index, \(c.count) articles", first, "s",
                                   target: c.count == 100_000 ? "<= 60 s" : nil))
        results.append(BenchResult("archive: first index rate", Double(summary.added) / first, "articles/s"))

        let changed = max(1, c.count / 100)
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()
        var rng = SplitMix64(seed: c.seed ^ 0xA5A5)
        for i in 0..<changed {
            let name = names[Int.random(in: 0..<names.count, using: &rng)]
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: corpus + "/" + name))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\nA late correction, number \(i), said the desk.\n".utf8))
            try handle.close()
        }
        log("re-index with \(changed) files changed")
        let again = try timeSeconds { summary = try indexer.run([corpus], prune: false); try archive.checkpoint() }
        results.append(BenchResult("archive: re-index, 1 % changed (\(summary.updated) files)", again, "s",
                                   target: c.count == 100_000 ? "<= 3 s" : nil))

        let reader = try SQLiteArchive(path: archivePath, mode: .read)
        let (queries, speakers) = probes(generator, corpus: corpus, names: names, count: c.queries, seed: c.seed)
        log("\(queries.count) searches, \(speakers.count) speaker look-ups")
        var hits = 0
        let search = try queries.map { q in
            try timeSeconds { hits += try reader.search(SearchRequest(query: q, limit: 20)).count }
        }
        let searchSample = Sample(search.map { $0 * 1000 })
        results.append(BenchResult("archive: search top 20 with snippets, p99 (median \(ms(searchSample.median)))",
                                   searchSample.percentile(99), "ms", min: searchSample.min, max: searchSample.max,
                                   target: "<= 30 ms"))
        var quotes = 0
        let lookups = try speakers.map { s in
            try timeSeconds { quotes += try reader.quotes(ArchiveFilter(speaker: s)).count }
        }
        let lookupSample = Sample(lookups.map { $0 * 1000 })
        results.append(BenchResult("archive: quotes --speaker, p99 (median \(ms(lookupSample.median)))",
                                   lookupSample.percentile(99), "ms", min: lookupSample.min, max: lookupSample.max,
                                   target: "<= 10 ms"))
        // What a screen shows: the first 50 of a speaker's quotes and how many there are.
        var shown = 0
        let pages = try speakers.map { s in
            try timeSeconds { shown += try reader.quotes(ArchiveFilter(speaker: s), offset: 0, limit: 50).quotes.count }
        }
        let pageSample = Sample(pages.map { $0 * 1000 })
        results.append(BenchResult("archive: quotes --speaker, first 50 and the total, p99 (median \(ms(pageSample.median)))",
                                   pageSample.percentile(99), "ms", min: pageSample.min, max: pageSample.max,
                                   target: "<= 10 ms"))
        log("searches found \(hits) hits, speaker look-ups \(quotes) quotes")
        let page = try timeSeconds { _ = try reader.library(offset: 0, limit: 200) }
        results.append(BenchResult("archive: first library page (200 articles)", page * 1000, "ms"))
        // What the reader does before its first frame: open the archive, count, its first page of entries.
        var opens: [Double] = []
        for _ in 0..<5 {
            opens.append(try timeSeconds {
                let fresh = try SQLiteArchive(path: archivePath, mode: .read)
                _ = try fresh.articleCount()
                _ = try fresh.libraryEntries(offset: 0, limit: 256)
            })
        }
        let openSample = Sample(opens.map { $0 * 1000 })
        results.append(BenchResult("archive: reader's library before the first frame (open, count, 256 entries), median",
                                   openSample.median, "ms", min: openSample.min, max: openSample.max))

        let size = try fileBytes(archivePath) + ((try? fileBytes(archivePath + "-wal")) ?? 0)
        results.append(BenchResult("archive: size / corpus (\(size / 1_000_000) MB / \(corpusBytes / 1_000_000) MB)",
                                   Double(size) / Double(corpusBytes), "x", target: "<= 1.5"))
        return results
    }

    /// Search queries and speaker names drawn from the corpus itself: single
    /// words, two-word phrases and prefixes from random paragraphs; speakers from
    /// random articles, analyzed here.
    static func probes(_ generator: Corpus, corpus: String, names: [String], count: Int, seed: UInt64) -> ([String], [String]) {
        var rng = SplitMix64(seed: seed ^ 0x5EA4C)
        var queries: [String] = []
        while queries.count < count {
            let paragraph = generator.paragraphs[Int.random(in: 0..<generator.paragraphs.count, using: &rng)]
            let words = paragraph.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 5 }
            guard words.count >= 2 else { continue }
            let i = Int.random(in: 0..<(words.count - 1), using: &rng)
            switch queries.count % 3 {
            case 0: queries.append(words[i])
            case 1: queries.append("\"\(words[i]) \(words[i + 1])\"")
            default: queries.append(String(words[i].prefix(4)) + "*")
            }
        }
        var speakers: [String] = []
        var tries = 0
        while speakers.count < count / 2, tries < count * 4 {
            tries += 1
            let path = corpus + "/" + names[Int.random(in: 0..<names.count, using: &rng)]
            guard case .success(let (article, _)) = ArticleLoader.loadFile(path) else { continue }
            let analyzed = AnalyzedArticle(article)
            if let s = analyzed.speakers.randomElement(using: &rng) { speakers.append(s.name) }
        }
        return (queries, speakers)
    }

    private static func ms(_ v: Double) -> String { String(format: "%.2f ms", v) }

    private static func fileBytes(_ path: String) throws -> Int {
        ((try FileManager.default.attributesOfItem(atPath: path))[.size] as? NSNumber)?.intValue ?? 0
    }

    private static func folderBytes(_ folder: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: folder).reduce(0) { $0 + (try fileBytes(folder + "/" + $1)) }
    }
}
