import GRDB
import NewsModel

/// The persons a whole speaker key names, with what a page of their quotes needs to be
/// ordered without reading their speaker rows (table `speaker_totals`, kept by `index`).
///
/// A row is one key (a whole form: rank 0, 1, 5 or 7 of `SpeakerKeys`) and one person (a
/// named speaker's folded name; an unnamed source is its own person, `ARTICLE#INDEX`): the
/// quotes of the person's speakers that carry the key, how many of those speakers carry it
/// as a name (rank 0 or 7: the best match of an exact query, listed first), the first
/// article in listing order (its ordering key and id) and where the first of their quotes
/// starts there. Only speakers with quotes count. The index `speaker_totals_order` is the
/// order of an exact `--speaker` query's persons; `speaker_key_quotes` holds each key's
/// number of quotes (the page's total).
enum SpeakerTotals {
    /// The ranks of whole forms: an exact `--speaker` query matches only these.
    static let wholeRanks: Set<Int> = [0, 1, 5, 7]
    /// The ranks an exact query matches best (a name, an unnamed source's name).
    static let leadRanks: Set<Int> = [0, 7]

    /// The first part of `ArchiveSchema.order` (the article's path without its `#N`).
    static func orderPath(_ a: String) -> String {
        "(CASE WHEN \(a).item = 0 THEN \(a).path ELSE substr(\(a).path, 1, length(\(a).path) - length(\(a).item) - 1) END)"
    }

    static func person(name: String, kind: String, article: Int64, index: Int) -> String {
        kind == SpeakerKind.unnamed.rawValue ? "\(article)#\(index)" : Folding.fold(name)
    }

    struct Identity: Hashable {
        var key: String
        var person: String
    }

    /// An article's part of the totals: per identity, its quotes, its speakers and how many
    /// of them carry the key as a name.
    private static func contributions(_ article: Int64, _ db: Database)
        throws -> [Identity: (quotes: Int, leads: Int, speakers: [Int])] {
        var parts: [Identity: (quotes: Int, leads: Int, speakers: [Int])] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT idx, name, kind, aliases, roles, quotes FROM speakers WHERE article_id = ? AND quotes > 0
            """), arguments: [article])
        while let row = try rows.next() {
            let index: Int = row[0], name: String = row[1], kind: String = row[2], quotes: Int = row[5]
            let speaker = Speaker(name: name, kind: SpeakerKind(rawValue: kind) ?? .person,
                                  aliases: ArchiveQueries.list(row[3]), roles: ArchiveQueries.list(row[4]))
            var lead: [String: Bool] = [:]
            for (key, rank) in SpeakerKeys.keys(of: speaker) where wholeRanks.contains(rank) {
                lead[key] = (lead[key] ?? false) || leadRanks.contains(rank)
            }
            let person = person(name: name, kind: kind, article: article, index: index)
            for (key, isLead) in lead {
                let identity = Identity(key: key, person: person)
                var part = parts[identity] ?? (0, 0, [])
                part.quotes += quotes
                part.leads += isLead ? 1 : 0
                part.speakers.append(index)
                parts[identity] = part
            }
        }
        return parts
    }

    /// Adds a newly written article (its speakers and quotes are in the archive).
    static func add(_ article: Int64, _ db: Database) throws {
        let parts = try contributions(article, db)
        guard !parts.isEmpty, let order = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(orderPath("a")), a.item FROM articles a WHERE a.id = ?"), arguments: [article]) else { return }
        let path: String = order[0], item: Int = order[1]
        var starts: [Int: Int] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT speaker, min(start_at) FROM quotes WHERE article_id = ? AND speaker IS NOT NULL GROUP BY speaker
            """), arguments: [article]) {
            starts[row[0]] = row[1]
        }
        // A stale first (null) stays stale: `refresh` finds it again.
        let upsert = try RowInserter(db, """
            INSERT INTO speaker_totals (key, person, leads, quotes, first_path, first_item, first_article, first_start)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            ON CONFLICT (key, person) DO UPDATE SET
                quotes = quotes + excluded.quotes, leads = leads + excluded.leads,
                first_start = CASE WHEN first_path IS NULL THEN NULL
                                   WHEN (?5, ?6) < (first_path, first_item) THEN ?8 ELSE first_start END,
                first_article = CASE WHEN first_path IS NULL THEN NULL
                                     WHEN (?5, ?6) < (first_path, first_item) THEN ?7 ELSE first_article END,
                first_item = CASE WHEN first_path IS NULL THEN NULL
                                  WHEN (?5, ?6) < (first_path, first_item) THEN ?6 ELSE first_item END,
                first_path = CASE WHEN (?5, ?6) < (first_path, first_item) THEN ?5 ELSE first_path END
            """)
        let keyTotal = try RowInserter(db, """
            INSERT INTO speaker_key_quotes (key, quotes) VALUES (?, ?)
            ON CONFLICT (key) DO UPDATE SET quotes = quotes + excluded.quotes
            """)
        for (identity, part) in parts {
            let start = part.speakers.compactMap { starts[$0] }.min() ?? 0
            try upsert.insert { b in
                b.text(identity.key); b.text(identity.person); b.int(part.leads); b.int(part.quotes)
                b.text(path); b.int(item); b.int(article); b.int(start)
            }
            try keyTotal.insert { b in b.text(identity.key); b.int(part.quotes) }
        }
    }

    /// Takes out an article about to be removed (or moved); the rows whose first article it
    /// was become stale and are returned, for `refresh` once the batch is written.
    static func subtract(_ article: Int64, _ db: Database, stale: inout Set<Identity>) throws {
        let update = try RowInserter(db, """
            UPDATE speaker_totals SET quotes = quotes - ?4, leads = leads - ?3,
                first_path = CASE WHEN first_article = ?5 THEN NULL ELSE first_path END,
                first_item = CASE WHEN first_article = ?5 THEN NULL ELSE first_item END,
                first_start = CASE WHEN first_article = ?5 THEN NULL ELSE first_start END,
                first_article = CASE WHEN first_article = ?5 THEN NULL ELSE first_article END
            WHERE key = ?1 AND person = ?2
            """)
        let delete = try RowInserter(db, "DELETE FROM speaker_totals WHERE key = ? AND person = ? AND quotes <= 0")
        let keyTotal = try RowInserter(db, "UPDATE speaker_key_quotes SET quotes = quotes - ? WHERE key = ?")
        let keyDelete = try RowInserter(db, "DELETE FROM speaker_key_quotes WHERE key = ? AND quotes <= 0")
        for (identity, part) in try contributions(article, db) {
            try update.insert { b in
                b.text(identity.key); b.text(identity.person); b.int(part.leads); b.int(part.quotes); b.int(article)
            }
            try delete.insert { b in b.text(identity.key); b.text(identity.person) }
            try keyTotal.insert { b in b.int(part.quotes); b.text(identity.key) }
            try keyDelete.insert { b in b.text(identity.key) }
            stale.insert(identity)
        }
    }

    /// Finds the first article again for rows left stale by `subtract`.
    static func refresh(_ identities: Set<Identity>, _ db: Database) throws {
        let update = try RowInserter(db, """
            UPDATE speaker_totals SET first_path = ?, first_item = ?, first_article = ?, first_start = ?
            WHERE key = ? AND person = ? AND first_path IS NULL
            """)
        for identity in identities {
            guard try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM speaker_totals WHERE key = ? AND person = ? AND first_path IS NULL)
                """, arguments: [identity.key, identity.person]) == true else { continue }
            guard let first = try firstArticle(identity, db) else { continue }
            try update.insert { b in
                b.text(first.path); b.int(first.item); b.int(first.article); b.int(first.start)
                b.text(identity.key); b.text(identity.person)
            }
        }
    }

    /// The identity's first article in listing order. A named person's speakers are those whose
    /// whole name is its key (rank 0) and that carry the identity's key as a whole form: walked
    /// in listing order from the start when the person is quoted often (its first article is
    /// near), else its own rows sorted. An unnamed source's row goes with its only article, so
    /// it is never stale; its key's rows are scanned all the same if it were.
    private static func firstArticle(_ identity: Identity, _ db: Database) throws -> (path: String, item: Int, article: Int64, start: Int)? {
        let rows: RowCursor
        if !identity.person.contains("#") {
            let count = try Int.fetchOne(db, sql: "SELECT quotes FROM speaker_totals WHERE key = ? AND person = ?",
                                         arguments: [identity.key, identity.person]) ?? 0
            let articles = try Int.fetchOne(db, sql: "SELECT max(id) FROM articles") ?? 0
            let whole = """
                EXISTS (SELECT 1 FROM speaker_keys q WHERE q.key = ?2 AND q.article_id = a.id
                        AND q.speaker = k.speaker AND q.rank IN (0, 1, 5, 7))
                """
            let from = articles < count * count
                ? """
                  FROM articles a CROSS JOIN speaker_keys k ON k.key = ?1 AND k.rank = 0 AND k.article_id = a.id
                  CROSS JOIN speakers s ON s.article_id = a.id AND s.idx = k.speaker
                  """
                : """
                  FROM speaker_keys k JOIN speakers s ON s.article_id = k.article_id AND s.idx = k.speaker
                  JOIN articles a ON a.id = k.article_id
                  WHERE k.key = ?1 AND k.rank = 0
                  """
            rows = try Row.fetchCursor(db, sql: """
                SELECT a.id, k.speaker, s.name, s.kind, \(orderPath("a")), a.item
                \(from) \(from.contains("WHERE") ? "AND" : "WHERE") s.quotes > 0 AND \(whole)
                ORDER BY \(ArchiveSchema.order("a")), k.speaker
                """, arguments: [identity.person, identity.key])
        } else {
            rows = try Row.fetchCursor(db, sql: """
                SELECT a.id, k.speaker, s.name, s.kind, \(orderPath("a")), a.item
                FROM speaker_keys k JOIN speakers s ON s.article_id = k.article_id AND s.idx = k.speaker
                JOIN articles a ON a.id = k.article_id
                WHERE k.key = ? AND k.rank IN (0, 1, 5, 7) AND s.quotes > 0
                ORDER BY \(ArchiveSchema.order("a")), k.speaker
                """, arguments: [identity.key])
        }
        var current: (article: Int64, path: String, item: Int)?
        var speakers: [Int] = []
        func found() throws -> (path: String, item: Int, article: Int64, start: Int)? {
            guard let current else { return nil }
            guard !speakers.isEmpty else { return nil }
            let marks = Array(repeating: "?", count: speakers.count).joined(separator: ", ")
            let start = try Int.fetchOne(db, sql: "SELECT min(start_at) FROM quotes WHERE article_id = ? AND speaker IN (\(marks))",
                                         arguments: StatementArguments([current.article] + speakers)) ?? 0
            return (current.path, current.item, current.article, start)
        }
        while let row = try rows.next() {
            let article: Int64 = row[0]
            if article != current?.article {
                if let first = try found() { return first }
                current = (article, row[4], row[5])
                speakers = []
            }
            let speaker: Int = row[1]
            if !speakers.contains(speaker), person(name: row[2], kind: row[3], article: article, index: speaker) == identity.person {
                speakers.append(speaker)
            }
        }
        return try found()
    }

    /// Computes every row again from the articles (the migration that adds the table).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM speaker_totals; DELETE FROM speaker_key_quotes")
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM articles") { try add(id, db) }
    }
}
