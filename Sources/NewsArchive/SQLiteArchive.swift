import GRDB
import NewsModel
#if canImport(Glibc)
import Glibc
#endif

/// The archive in one SQLite file (WAL mode: one writer, readers never wait
/// for it), behind `ArchiveStore`.
public final class SQLiteArchive: ArchiveStore {
    public enum Mode: Sendable { case read, write }

    public let path: String
    private let database: any DatabaseWriter

    /// Opens (and for `.write`, creates or upgrades) the archive at `path`.
    /// `maxPageCount` caps the file's size in pages (tests use it for a full disk).
    public init(path: String, mode: Mode, maxPageCount: Int? = nil) throws(ArchiveError) {
        self.path = path
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists, info.st_mode & S_IFMT == S_IFDIR { throw .unreadable("is a directory") }
        switch mode {
        case .read:
            guard exists else { throw .missing }
            guard access(path, R_OK) == 0 else { throw .unreadable("permission denied") }
        case .write:
            if exists, access(path, W_OK) != 0 { throw .readOnly }
            if access(Self.folder(of: path), W_OK) != 0 { throw .readOnly }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.readonly = mode == .read
        configuration.foreignKeysEnabled = true
        let pages = maxPageCount
        let creates = mode == .write && !exists
        configuration.prepareDatabase { db in
            db.add(function: StoredText.function)
            // 16 KB pages for a new archive (before WAL fixes the size): a deflated article
            // text (~2.7 KB) filled a 4 KB page of its own.
            if creates { try db.execute(sql: "PRAGMA page_size = 16384") }
            if let pages { try db.execute(sql: "PRAGMA max_page_count = \(pages)") }
        }
        do {
            if mode == .write {
                let pool = try DatabasePool(path: path, configuration: configuration)
                // A larger page cache for the writer: the full-text and speaker-key B-trees
                // take inserts all over, and once they outgrow the cache every insert reads
                // pages back from the file (64 MB held 10,000 articles, not 100,000). The
                // cache is a ceiling, filled only as the archive grows.
                try pool.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -524288")
                }
                database = pool
            } else {
                database = try DatabaseQueue(path: path, configuration: configuration)
            }
            try database.read { db in try Self.check(db, mode: mode) }
            if mode == .write {
                try ArchiveSchema.migrator.migrate(database)
            }
        } catch {
            throw Self.map(error)
        }
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Is this a Newsroom archive this version can use?
    private static func check(_ db: Database, mode: Mode) throws {
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if application == 0 && objects == 0 {
            // An empty file: created by a run killed before its first commit.
            if mode == .read { throw ArchiveError.missing }
            return
        }
        guard application == ArchiveSchema.applicationID else { throw ArchiveError.notAnArchive }
        let migrator = ArchiveSchema.migrator
        if try migrator.hasBeenSuperseded(db) { throw ArchiveError.newerVersion }
        if mode == .read, try !migrator.hasCompletedMigrations(db) { throw ArchiveError.needsUpgrade }
    }

    /// SQLite's result codes as the reasons users see.
    static func map(_ error: any Error) -> ArchiveError {
        if let e = error as? ArchiveError { return e }
        guard let e = error as? DatabaseError else { return .unreadable("the archive cannot be read") }
        switch e.resultCode {
        case .SQLITE_NOTADB: return .notAnArchive
        case .SQLITE_CORRUPT: return .damaged
        case .SQLITE_FULL: return .full
        case .SQLITE_READONLY: return .readOnly
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
        case .SQLITE_PERM, .SQLITE_AUTH: return .unreadable("permission denied")
        case .SQLITE_CANTOPEN: return .unreadable("cannot open the archive")
        case .SQLITE_IOERR:
            return e.extendedResultCode == .SQLITE_IOERR_SHORT_READ ? .damaged : .unreadable("input/output error")
        default: return .unreadable("the archive cannot be read (SQLite code \(e.resultCode.rawValue))")
        }
    }

    private func reading<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        do { return try database.read(body) } catch { throw Self.map(error) }
    }

    // MARK: index

    public func knownArticles() throws(ArchiveError) -> [KnownArticle] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT id, path, item, size, mtime, hash, analyzer FROM articles").map { row in
                KnownArticle(id: row[0], path: row[1], item: row[2], stamp: FileStamp(size: row[3], mtime: row[4]),
                             hash: row[5], analyzer: row[6])
            }
        }
    }

    public func articleCount() throws(ArchiveError) -> Int {
        try reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
    }

    public func removeAll() throws(ArchiveError) {
        do {
            try database.write { db in
                try db.execute(sql: "DELETE FROM articles")
                try db.execute(sql: "DELETE FROM speaker_keys")
                try db.execute(sql: "DELETE FROM speaker_totals")
                try db.execute(sql: "INSERT INTO search(search) VALUES ('delete-all')")
            }
        } catch {
            throw Self.map(error)
        }
    }

    public func apply(_ batch: ArchiveBatch) throws(ArchiveError) {
        guard !batch.isEmpty else { return }
        do {
            try database.write { db in
                var stale = Set<SpeakerTotals.Identity>()
                for id in batch.removals { try ArchiveWriter.remove(id, db, stale: &stale) }
                for (id, stamp) in batch.restamps {
                    try db.execute(sql: "UPDATE articles SET size = ?, mtime = ? WHERE id = ?",
                                   arguments: [stamp.size, stamp.mtime, id])
                }
                for (id, path, stamp) in batch.moves {
                    // A moved article takes its place in listing order again.
                    try SpeakerTotals.subtract(id, db, stale: &stale)
                    try db.execute(sql: "UPDATE articles SET path = ?, size = ?, mtime = ? WHERE id = ?",
                                   arguments: [path, stamp.size, stamp.mtime, id])
                    try SpeakerTotals.add(id, db)
                }
                for record in batch.records {
                    if let old = try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE path = ?", arguments: [record.path]) {
                        try ArchiveWriter.remove(old, db, stale: &stale)
                    }
                    try ArchiveWriter.insert(record, db)
                }
                try SpeakerTotals.refresh(stale, db)
            }
        } catch {
            throw Self.map(error)
        }
    }


    public func checkpoint() throws(ArchiveError) {
        do {
            try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        } catch {
            throw Self.map(error)
        }
    }

    public func verify() throws(ArchiveError) -> [String] {
        do {
            return try database.writeWithoutTransaction { db -> [String] in
                var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key in \($0[0] as String? ?? "?")" }
                let orphans = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM speaker_keys k
                    WHERE NOT EXISTS (SELECT 1 FROM speakers s WHERE s.article_id = k.article_id AND s.idx = k.speaker)
                    """) ?? 0
                if orphans > 0 { problems.append("\(orphans) speaker keys of no speaker") }
                let stale = try Int.fetchOne(db, sql: "SELECT count(*) FROM speaker_totals WHERE first_path IS NULL") ?? 0
                if stale > 0 { problems.append("\(stale) speaker totals without their first article") }
                do {
                    try db.execute(sql: "INSERT INTO search(search, rank) VALUES ('integrity-check', 1)")
                } catch let e as DatabaseError where e.resultCode == .SQLITE_CORRUPT {
                    problems.append("the full-text index does not match the texts")
                }
                return problems
            }
        } catch {
            throw Self.map(error)
        }
    }

    // MARK: queries

    public func search(_ request: SearchRequest) throws(ArchiveError) -> [SearchHit] {
        let match = try SearchQuery.translate(request.query)
        let filter = request.filter
        let limit = request.limit
        func query(_ db: Database) throws -> [SearchHit] {
            var conditions = ["search MATCH ?"]
            var arguments: [any DatabaseValueConvertible] = [match]
            try ArchiveQueries.articleConditions(filter, alias: "a", db, into: &conditions, &arguments)
            let join = conditions.count > 1 ? "JOIN articles a ON a.id = search.rowid" : ""
            arguments += [limit, match]
            // The best rows first, then snippets for those only: SQLite computes every selected
            // column of every candidate before sorting, and a snippet reads its article's text.
            let sql = """
            WITH top AS MATERIALIZED (
                SELECT search.rowid AS id, bm25(search, 5.0, 1.0) AS score FROM search \(join)
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY score, search.rowid LIMIT ?)
            SELECT a.path, a.headline, a.date, a.source, top.score,
                   snippet(search, -1, char(57344), char(57345), '…', 24)
            FROM top JOIN search ON search.rowid = top.id JOIN articles a ON a.id = top.id
            WHERE search MATCH ?
            ORDER BY top.score, top.id
            """
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                SearchHit(path: row[0], headline: row[1], date: row[2], source: row[3], score: row[4], snippet: row[5])
            }
        }
        do {
            return try database.read(query)
        } catch let e as DatabaseError where e.resultCode == .SQLITE_ERROR {
            throw .malformedQuery("FTS5 cannot read it")
        } catch {
            throw Self.map(error)
        }
    }

    public func quotes(_ filter: ArchiveFilter) throws(ArchiveError) -> [ArchivedQuote] {
        try reading { db in try ArchiveQueries.quotes(filter, db) }
    }

    public func quotes(_ filter: ArchiveFilter, offset: Int, limit: Int) throws(ArchiveError) -> ArchivedQuotePage {
        try reading { db in try ArchiveQueries.quotePage(filter, offset: offset, limit: limit, db) }
    }

    public func speakerSources(_ filter: ArchiveFilter) throws(ArchiveError) -> [ArchivedSpeakers] {
        try reading { db in try ArchiveQueries.speakerSources(filter, db) }
    }

    public func figures(_ filter: ArchiveFilter) throws(ArchiveError) -> [ArchivedFigures] {
        try reading { db in try ArchiveQueries.figures(filter, db) }
    }

    public func sections(_ filter: ArchiveFilter) throws(ArchiveError) -> [ArchivedSections] {
        try reading { db in try ArchiveQueries.sections(filter, db) }
    }

    public func libraryEntries(offset: Int, limit: Int) throws(ArchiveError) -> [LibraryEntry] {
        try reading { db in try ArchiveQueries.libraryEntries(offset: offset, limit: limit, db) }
    }

    public func library(offset: Int, limit: Int) throws(ArchiveError) -> [ArchivedArticleSummary] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT path, headline, date, section_count, quote_count, figure_count FROM articles a
                ORDER BY \(ArchiveSchema.order("a")) LIMIT ? OFFSET ?
                """, arguments: [limit, offset]).map { row in
                ArchivedArticleSummary(path: row[0], headline: row[1], date: row[2], sections: row[3], quotes: row[4],
                                       figures: row[5])
            }
        }
    }
}
