import Foundation
@testable import NewsArchive
import NewsModel
import Testing

@Suite struct ArchiveIndexerTests {
    private func copyFixtures(to folder: String) throws -> String {
        let articles = folder + "/articles"
        try FileManager.default.copyItem(atPath: fixturesFolder, toPath: articles)
        return articles
    }

    @Test func incrementalRunsSkipMoveAndReanalyze() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let articles = try copyFixtures(to: folder)
        let archive = try SQLiteArchive(path: folder + "/a.sqlite", mode: .write)

        let old = ArchiveIndexer(store: archive, analyzer: "0.old")
        #expect(try old.run([articles], prune: false).added == 17)

        // A newer analyzer re-analyzes every article, and says how many were stale.
        var stale = 0
        let current = ArchiveIndexer(store: archive)
        let upgrade = try current.run([articles], prune: false, onStale: { stale = $0 })
        #expect(stale == 17 && upgrade.reanalyzed == 17 && upgrade.added == 0)
        #expect(try archive.knownArticles().allSatisfy { $0.analyzer == AnalyzerVersion.current })

        // A moved file keeps its row (same id): it is not analyzed again.
        let before = try archive.knownArticles().first { $0.path.hasSuffix("/strait-talks.txt") }
        try FileManager.default.createDirectory(atPath: articles + "/desk", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: articles + "/strait-talks.txt", toPath: articles + "/desk/strait.txt")
        let moved = try current.run([articles], prune: false)
        #expect(moved.moved == 1 && moved.added == 0 && moved.unchanged == 16)
        let after = try archive.knownArticles().first { $0.path.hasSuffix("/desk/strait.txt") }
        #expect(after?.id == before?.id && after?.hash == before?.hash)

        // Deleted files stay until --prune.
        try FileManager.default.removeItem(atPath: articles + "/ferry-capsize.txt")
        #expect(try current.run([articles], prune: false).removed == 0)
        #expect(try archive.articleCount() == 17)
        #expect(try current.run([articles], prune: true).removed == 1)
        #expect(try archive.articleCount() == 16)
        #expect(try archive.verify().isEmpty)
    }

    @Test func anInterruptedRunKeepsItsBatchesAndTheNextContinues() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = try SQLiteArchive(path: folder + "/a.sqlite", mode: .write)
        var indexer = ArchiveIndexer(store: archive)
        indexer.batchSize = 5
        var batches = 0
        let first = try indexer.run([fixturesFolder], prune: false, progress: { _ in batches += 1 },
                                    shouldStop: { batches >= 3 })
        #expect(first.interrupted && first.added == 10)
        #expect(try archive.articleCount() == 10)
        let second = try indexer.run([fixturesFolder], prune: false)
        #expect(!second.interrupted && second.added == 7 && second.unchanged == 10)
    }

    /// Readers see a consistent archive while a writer commits batches, and never wait long.
    @Test func readersAreNotBlockedByTheWriter() async throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.sqlite"
        let archive = try SQLiteArchive(path: path, mode: .write)
        var indexer = ArchiveIndexer(store: archive)
        indexer.batchSize = 1
        let writer = Task.detached { try indexer.run([fixturesFolder], prune: false) }
        let reader = try SQLiteArchive(path: path, mode: .read)
        var counts: [Int] = []
        var quoteCounts: [Int] = []
        var slowest = 0.0
        for _ in 0..<200 {
            let start = Date()
            counts.append(try reader.articleCount())
            quoteCounts.append(try reader.quotes(ArchiveFilter()).count)
            slowest = max(slowest, Date().timeIntervalSince(start))
        }
        _ = try await writer.value
        // Articles are only added: every read sees at least what the one before saw.
        #expect(counts == counts.sorted() && quoteCounts == quoteCounts.sorted())
        #expect(slowest < 1.0)
        #expect(try reader.articleCount() == 17)
    }
}
