import GRDB
import NewsModel

/// A page of the quotes of an exact `--speaker` query (a whole name, alias or description)
/// from `speaker_totals`: the persons come in order from its index, and only the articles
/// the page needs are read, in listing order from the person's first. The page is the same
/// slice of the whole answer as `quotePage` makes.
extension SpeakerTotals {
    /// Nil when the query is not exact or is `--name-only` (the caller orders from speaker rows).
    static func page(_ query: String, nameOnly: Bool, offset: Int, limit: Int, _ db: Database) throws -> ArchivedQuotePage? {
        let folded = Folding.fold(query)
        guard !nameOnly, try ArchiveQueries.isExact(folded, nameOnly: false, db) else { return nil }
        let total = try Int.fetchOne(db.cachedStatement(sql: "SELECT quotes FROM speaker_key_quotes WHERE key = ?"),
                                     arguments: [folded]) ?? 0
        // Persons in the order of the whole answer: best match (a name) first, then the most
        // quoted, then the first met in listing order (an index range read).
        let persons = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT person, quotes, first_path, first_item FROM speaker_totals WHERE key = ?
            ORDER BY leads = 0, quotes DESC, first_path, first_item, first_start
            """), arguments: [folded])
        var page: [ArchivedQuote] = []
        var skip = max(0, offset)
        let limit = max(0, limit)
        while page.count < limit, let row = try persons.next() {
            let count: Int = row[1]
            if skip >= count { skip -= count; continue }
            guard let path: String = row[2], let item: Int = row[3] else { return nil }
            try read(Person(name: row[0], count: count, path: path, item: item), key: folded, skip: &skip, limit: limit,
                     into: &page, db)
        }
        return ArchivedQuotePage(quotes: page, total: total)
    }

    private struct Person {
        var name: String
        var count: Int
        /// The first article's place in listing order.
        var path: String
        var item: Int
    }

    /// The person's quotes from `skip` on, article by article in listing order from its first.
    private static func read(_ person: Person, key: String, skip: inout Int, limit: Int,
                             into page: inout [ArchivedQuote], _ db: Database) throws {
        var remaining = person.count
        var texts = ArticleTexts()
        var speakers: [Int] = []
        var quotes = 0
        var article: Int64?
        /// Takes the current article's quotes; false once the page is full or the person has no more.
        func take() throws -> Bool {
            guard let id = article, !speakers.isEmpty else { return true }
            remaining -= quotes
            if skip >= quotes {
                skip -= quotes
            } else {
                let marks = Array(repeating: "?", count: speakers.count).joined(separator: ", ")
                let rows = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT \(ArchiveQueries.quoteColumns) FROM quotes q \(ArchiveQueries.quoteJoins)
                    WHERE q.article_id = ? AND q.speaker IN (\(marks)) ORDER BY q.start_at, q.end_at
                    """), arguments: StatementArguments([id] + speakers)).map { try ArchiveQueries.quote($0, &texts, db) }
                page += rows.dropFirst(skip).prefix(limit - page.count)
                skip = 0
            }
            return page.count < limit && remaining > 0
        }
        // The person's speakers: for a named person, the speakers whose whole name is its key
        // (rank 0) and that carry the query's key as a whole form; an unnamed source is one
        // speaker of one article (`ARTICLE#INDEX`).
        let rows: RowCursor
        let unnamed = person.name.split(separator: "#")
        if unnamed.count == 2, let id = Int64(unnamed[0]), let index = Int(unnamed[1]) {
            rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT article_id, idx, quotes FROM speakers WHERE article_id = ? AND idx = ? AND quotes > 0
                """), arguments: [id, index])
        } else if walks(person, skip: skip, limit: limit, db) {
            // Quoted in many articles: the listing-order index is walked from the person's first
            // (articles first, hence the CROSS JOINs; a row value `(path, item) >= (?, ?)` would
            // not start the index at the first, `path >= ?` does), a few articles a quote.
            rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT a.id, k.speaker, s.quotes
                FROM articles a CROSS JOIN speaker_keys k ON k.key = ?1 AND k.rank = 0 AND k.article_id = a.id
                CROSS JOIN speakers s ON s.article_id = a.id AND s.idx = k.speaker
                WHERE \(orderPath("a")) >= ?3 AND (\(orderPath("a")) > ?3 OR a.item >= ?4) AND s.quotes > 0
                  AND EXISTS (SELECT 1 FROM speaker_keys q WHERE q.key = ?2 AND q.article_id = a.id
                              AND q.speaker = k.speaker AND q.rank IN (0, 1, 5, 7))
                ORDER BY \(ArchiveSchema.order("a")), k.speaker
                """), arguments: [person.name, key, person.path, person.item])
        } else {
            // Quoted in few articles: its speaker rows, put in listing order.
            rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT a.id, k.speaker, s.quotes
                FROM speaker_keys k JOIN speakers s ON s.article_id = k.article_id AND s.idx = k.speaker
                JOIN articles a ON a.id = k.article_id
                WHERE k.key = ?1 AND k.rank = 0 AND s.quotes > 0
                  AND EXISTS (SELECT 1 FROM speaker_keys q WHERE q.key = ?2 AND q.article_id = k.article_id
                              AND q.speaker = k.speaker AND q.rank IN (0, 1, 5, 7))
                ORDER BY \(ArchiveSchema.order("a")), k.speaker
                """), arguments: [person.name, key])
        }
        while let row = try rows.next() {
            let id: Int64 = row[0], speaker: Int = row[1]
            if id != article {
                guard try take() else { return }
                article = id
                speakers = []
                quotes = 0
            }
            speakers.append(speaker)
            quotes += row[2] as Int
        }
        _ = try take()
    }

    /// Whether walking the listing order from the person's first article reads fewer rows
    /// than sorting all of the person's: about `articles / count` articles a quote, for the
    /// quotes up to the page's end, against `count` rows (the largest article id stands in
    /// for the number of articles).
    private static func walks(_ person: Person, skip: Int, limit: Int, _ db: Database) -> Bool {
        let articles = (try? Int.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM articles"))) ?? nil
        let needed = min(person.count, skip + limit)
        return (articles ?? 0) * needed < person.count * person.count
    }
}
