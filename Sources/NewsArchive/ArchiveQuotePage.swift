import GRDB
import NewsModel

/// A page of a speaker's quotes without reading them all: the order (person by
/// person, best match first, then the most quoted, then the first met in path
/// order; each person's quotes in path order) comes from the speaker rows and
/// their quote counts (`speakers.quotes`); only the page's quotes are read.
/// The most quoted speaker of a large archive has tens of thousands of quotes,
/// and a screen shows a few dozen.
extension ArchiveQueries {
    static func quotePage(_ filter: ArchiveFilter, offset: Int, limit: Int, _ db: Database) throws -> ArchivedQuotePage {
        let offset = max(0, offset), limit = max(0, limit)
        guard let speaker = filter.speaker, filter.kind == nil else {
            // Without a speaker (or with a kind, which filters after the order is made) every quote is read.
            let all = try quotes(filter, db)
            let start = min(offset, all.count)
            return ArchivedQuotePage(quotes: Array(all[start..<min(all.count, start + limit)]), total: all.count)
        }
        // An exact name over the whole archive: ordered from the kept totals, not the speaker rows.
        if filter.since == nil, filter.until == nil, filter.source == nil,
           let page = try SpeakerTotals.page(speaker, nameOnly: filter.nameOnly, offset: offset, limit: limit, db) {
            return page
        }
        var arguments: [any DatabaseValueConvertible] = []
        let match = try speakerMatch(speaker, nameOnly: filter.nameOnly, db, into: &arguments)
        var conditions = ["s.quotes > 0"]
        var articleFilter = filter
        articleFilter.speaker = nil
        try articleConditions(articleFilter, alias: "a", db, into: &conditions, &arguments)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT m.article_id, m.speaker, m.best, s.name, s.kind, s.quotes
            FROM (\(match)) m JOIN articles a ON a.id = m.article_id
            JOIN speakers s ON s.article_id = m.article_id AND s.idx = m.speaker
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(ArchiveSchema.order("a"))
            """, arguments: StatementArguments(arguments))

        // Persons as `quotes` groups them: by folded name; an unnamed source stays in its article.
        var persons: [Person] = []
        var byKey: [String: Int] = [:]
        var folded: [String: String] = [:]
        // The article's place in path order (rows of one article come together).
        var position = -1
        var lastArticle: Int64?
        while let row = try rows.next() {
            let article: Int64 = row[0], index: Int = row[1], best: Int = row[2], count: Int = row[5]
            let name: String = row[3], kind: String = row[4]
            if article != lastArticle { position += 1; lastArticle = article }
            var key = "\(article)#\(index)"
            if kind != SpeakerKind.unnamed.rawValue {
                if let f = folded[name] { key = f } else { key = Folding.fold(name); folded[name] = key }
            }
            let p: Int
            if let known = byKey[key] { p = known } else {
                p = persons.count
                byKey[key] = p
                persons.append(Person(first: position))
            }
            persons[p].best = min(persons[p].best, best)
            persons[p].count += count
            if let last = persons[p].articles.last, last.id == article {
                persons[p].articles[persons[p].articles.count - 1].speakers.append(index)
                persons[p].articles[persons[p].articles.count - 1].count += count
            } else {
                persons[p].articles.append((article, [index], count))
            }
        }
        try breakTies(&persons, db)
        persons.sort { ($0.best, -$0.count, $0.first, $0.firstStart) < ($1.best, -$1.count, $1.first, $1.firstStart) }

        var page: [ArchivedQuote] = []
        var texts = ArticleTexts()
        var skip = offset
        var total = 0
        for person in persons {
            total += person.count
            for article in person.articles where page.count < limit {
                if skip >= article.count { skip -= article.count; continue }
                let marks = Array(repeating: "?", count: article.speakers.count).joined(separator: ", ")
                let quotes = try Row.fetchAll(db, sql: """
                    SELECT \(quoteColumns) FROM quotes q \(quoteJoins)
                    WHERE q.article_id = ? AND q.speaker IN (\(marks)) ORDER BY q.start_at, q.end_at
                    """, arguments: StatementArguments([article.id] + article.speakers)).map { try quote($0, &texts, db) }
                let taken = quotes.dropFirst(skip).prefix(limit - page.count)
                skip = 0
                page += taken
            }
        }
        return ArchivedQuotePage(quotes: page, total: total)
    }

    private struct Person {
        var first: Int
        var best = Int.max
        var count = 0
        /// Where its first quote starts in its first article: read only to order two persons
        /// first met in the same article.
        var firstStart = 0
        var articles: [(id: Int64, speakers: [Int], count: Int)] = []
    }

    /// Two persons first met in the same article are ordered by their first quote there, as
    /// `quotes` orders them (it meets quotes by position).
    private static func breakTies(_ persons: inout [Person], _ db: Database) throws {
        var byFirstArticle: [Int64: [Int]] = [:]
        for (i, p) in persons.enumerated() {
            if let a = p.articles.first { byFirstArticle[a.id, default: []].append(i) }
        }
        for (article, group) in byFirstArticle where group.count > 1 {
            for i in group {
                let speakers = persons[i].articles[0].speakers
                let marks = Array(repeating: "?", count: speakers.count).joined(separator: ", ")
                persons[i].firstStart = try Int.fetchOne(db, sql: """
                    SELECT min(start_at) FROM quotes WHERE article_id = ? AND speaker IN (\(marks))
                    """, arguments: StatementArguments([article] + speakers)) ?? 0
            }
        }
    }
}
