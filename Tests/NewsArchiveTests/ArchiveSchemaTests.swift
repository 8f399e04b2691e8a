import Foundation
import GRDB
@testable import NewsArchive
import Testing

@Suite struct ArchiveSchemaTests {
    /// Every migration, applied one after the other from the first version,
    /// gives the same schema as a fresh archive and keeps the data written before.
    @Test func migrationsFromTheFirstVersionOn() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let migrator = ArchiveSchema.migrator
        let stepwise = try DatabaseQueue(path: folder + "/stepwise.sqlite")
        let identifiers = migrator.migrations
        #expect(identifiers.first == "v1")
        for (i, identifier) in identifiers.enumerated() {
            try migrator.migrate(stepwise, upTo: identifier)
            if i == 0 {
                try stepwise.write { db in
                    try db.execute(sql: """
                        INSERT INTO articles (id, path, format, headline, size, mtime, hash, analyzer, section_count,
                                              quote_count, figure_count)
                        VALUES (1, '/a.txt', 'text', 'Headline', 10, 1, 'h', '0', 1, 2, 0);
                        INSERT INTO texts (article_id, text) VALUES (1, 'Headline. «Ab» — Ünïcode');
                        INSERT INTO speakers (article_id, idx, name, kind, aliases, roles) VALUES (1, 0, 'Ada', 'person', '', '');
                        INSERT INTO quotes (article_id, idx, start_at, end_at, kind, speaker, section, text)
                        VALUES (1, 0, 0, 1, 'full', 0, 0, 'a'), (1, 1, 2, 3, 'full', 0, 0, 'b');
                        """)
                }
            }
            #expect(try stepwise.read { try migrator.appliedIdentifiers($0) }.contains(identifier))
        }
        let fresh = try SQLiteArchive(path: folder + "/fresh.sqlite", mode: .write)
        _ = fresh
        let freshQueue = try DatabaseQueue(path: folder + "/fresh.sqlite")
        func schema(_ q: DatabaseQueue) throws -> [String] {
            try q.read { try String.fetchAll($0, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name") }
        }
        #expect(try schema(stepwise) == schema(freshQueue))
        #expect(try stepwise.read { try String.fetchOne($0, sql: "SELECT headline FROM articles WHERE id = 1") } == "Headline")
        // v2: an article of v1 is its file's only article.
        #expect(try stepwise.read { try Int.fetchOne($0, sql: "SELECT item FROM articles WHERE id = 1") } == 0)
        // v3: each speaker's quotes counted.
        #expect(try stepwise.read { try Int.fetchOne($0, sql: "SELECT quotes FROM speakers WHERE article_id = 1") } == 2)
        // v4: the speaker totals computed from the articles written before.
        let totals = try stepwise.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM speaker_totals").map { Array($0.databaseValues.map(\.description)) }
        }
        #expect(totals == [["\"ada\"", "\"ada\"", "1", "2", "\"/a.txt\"", "0", "1", "0"]])
        #expect(try stepwise.read { try Int.fetchOne($0, sql: "SELECT quotes FROM speaker_key_quotes WHERE key = 'ada'") } == 2)
        // v5: texts deflated, quote texts no longer stored.
        let stored = try stepwise.read { try DatabaseValue.fetchOne($0, sql: "SELECT text FROM texts WHERE article_id = 1") }
        guard case .blob(let data)? = stored?.storage else { Issue.record("the text is not stored deflated"); return }
        #expect(data.withUnsafeBytes { StoredText.decode($0) } == "Headline. «Ab» — Ünïcode")
        #expect(try stepwise.read { try Row.fetchAll($0, sql: "PRAGMA table_info(quotes)").map { $0["name"] as String } }
            .contains("text") == false)
        #expect(try freshQueue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == ArchiveSchema.applicationID)
        #expect(try freshQueue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func archivesThisVersionCannotUseAreRefused() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.sqlite"
        _ = try SQLiteArchive(path: path, mode: .write)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v999')") }
        #expect(throws: ArchiveError.newerVersion) { try SQLiteArchive(path: path, mode: .read) }
        #expect(throws: ArchiveError.newerVersion) { try SQLiteArchive(path: path, mode: .write) }

        write("plain text, not SQLite", to: folder + "/text.sqlite")
        #expect(throws: ArchiveError.notAnArchive) { try SQLiteArchive(path: folder + "/text.sqlite", mode: .write) }
        try DatabaseQueue(path: folder + "/other.sqlite").write { try $0.execute(sql: "CREATE TABLE t (x)") }
        #expect(throws: ArchiveError.notAnArchive) { try SQLiteArchive(path: folder + "/other.sqlite", mode: .read) }
        #expect(throws: ArchiveError.missing) { try SQLiteArchive(path: folder + "/none.sqlite", mode: .read) }
        #expect(ArchiveError.missing.exitStatus == 2)
        #expect(ArchiveError.notAnArchive.exitStatus == 3)
        #expect(ArchiveError.full.exitStatus == 4)
    }

    /// A full disk (the archive capped with max_page_count) fails the batch being
    /// written; the batches committed before stay, and the archive is sound.
    @Test func aFullDiskKeepsWhatWasCommitted() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/full.sqlite"
        do {
            let capped = try SQLiteArchive(path: path, mode: .write, maxPageCount: 24)
            var indexer = ArchiveIndexer(store: capped)
            indexer.batchSize = 2
            #expect(throws: ArchiveError.full) { try indexer.run([fixturesFolder], prune: false) }
        }
        let archive = try SQLiteArchive(path: path, mode: .write)
        #expect(try archive.verify().isEmpty)
        let kept = try archive.articleCount()
        #expect(kept > 0 && kept < 17 && kept % 2 == 0)
        let summary = try ArchiveIndexer(store: archive).run([fixturesFolder], prune: false)
        #expect(summary.added == 17 - kept && summary.unchanged == kept)
        #expect(try archive.verify().isEmpty)
    }
}
