import Foundation
import GRDB
@testable import NewsArchive
import NewsModel
import Testing

@Suite struct SpeakerTotalsTests {
    private func totals(_ path: String) throws -> [[String]] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM speaker_totals ORDER BY key, person").map { row in
                Array(row.databaseValues.map(\.description))
            } + Row.fetchAll(db, sql: "SELECT * FROM speaker_key_quotes ORDER BY key").map { row in
                Array(row.databaseValues.map(\.description))
            }
        }
    }

    /// The totals `index` keeps through additions, changes, moves and removals are the ones
    /// computed from scratch, and every exact speaker query pages as the whole answer.
    @Test func keptTotalsMatchARebuildAfterEveryKindOfChange() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Every article five times: each person has a first article and later ones, and is quoted
        // often enough for a page to walk the listing order (and a long page to sort its rows).
        let root = folder + "/articles"
        for copy in ["b", "c", "d", "e", "m"] {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: fixturesFolder, toPath: root + "/" + copy)
        }
        let path = folder + "/a.sqlite"
        let archive = try SQLiteArchive(path: path, mode: .write)
        var indexer = ArchiveIndexer(store: archive)
        indexer.batchSize = 4

        func check(_ step: String) throws {
            #expect(try archive.verify().isEmpty, "\(step)")
            let kept = try totals(path)
            #expect(!kept.isEmpty)
            try DatabaseQueue(path: path).write { try SpeakerTotals.rebuild($0) }
            let rebuilt = try totals(path)
            #expect(kept == rebuilt, "\(step): kept totals differ from a rebuild")
            let names = try DatabaseQueue(path: path).read { db in
                try String.fetchAll(db, sql: "SELECT DISTINCT name FROM speakers WHERE quotes > 0 ORDER BY name")
                    + String.fetchAll(db, sql: "SELECT DISTINCT aliases FROM speakers WHERE aliases != '' ORDER BY aliases")
                        .flatMap { ArchiveQueries.list($0) }
            }
            #expect(names.count > 20)
            for name in Set(names).sorted() {
                for nameOnly in [false, true] {
                    var filter = ArchiveFilter(speaker: name)
                    filter.nameOnly = nameOnly
                    let whole = try archive.quotes(filter)
                    for size in [2, 50] {
                        var pages: [ArchivedQuote] = []
                        var offset = 0
                        while true {
                            let page = try archive.quotes(filter, offset: offset, limit: size)
                            #expect(page.total == whole.count, "\(step): \(name) total")
                            pages += page.quotes
                            if page.quotes.count < size { break }
                            offset += size
                        }
                        #expect(pages == whole, "\(step): \(name)\(nameOnly ? " (names only)" : "") in pages of \(size)")
                    }
                }
            }
        }

        _ = try indexer.run([root], prune: false)
        try check("first index")
        // The first copy of an article moves after the second: its persons' first article changes.
        try FileManager.default.createDirectory(atPath: root + "/z", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: root + "/b/strait-talks.txt", toPath: root + "/z/strait-talks.txt")
        #expect(try indexer.run([root], prune: false).moved == 1)
        try check("moved")
        // A first copy changes (re-analyzed: removed and written again with a new id).
        let changed = root + "/b/ferry-capsize.txt"
        let text = try String(contentsOfFile: changed, encoding: .utf8)
        try (text + "\nA late correction, said the desk.\n").write(toFile: changed, atomically: true, encoding: .utf8)
        #expect(try indexer.run([root], prune: false).updated == 1)
        try check("changed")
        // First copies removed.
        try FileManager.default.removeItem(atPath: root + "/b/flood-relief.txt")
        try FileManager.default.removeItem(atPath: root + "/b/harbor-strike.txt")
        #expect(try indexer.run([root], prune: true).removed == 2)
        try check("removed")
    }
}
