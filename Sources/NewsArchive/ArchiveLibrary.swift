import GRDB
import NewsModel

/// The reader's library from the archive, a page at a time: the entries a library
/// of files makes (headline, date, source, counts, quotes and speakers), from the
/// stored rows (quote texts sliced from their articles' texts), so a page costs the same
/// in any archive.
extension ArchiveQueries {
    static func libraryEntries(offset: Int, limit: Int, _ db: Database) throws -> [LibraryEntry] {
        let articles = try Row.fetchAll(db, sql: """
            SELECT a.id, a.path, a.format, a.headline, a.section_count, a.figure_count, a.dateline, a.byline,
                   a.meta_date, a.meta_byline, a.meta_source
            FROM articles a ORDER BY \(ArchiveSchema.order("a")) LIMIT ? OFFSET ?
            """, arguments: [max(0, limit), max(0, offset)])
        guard !articles.isEmpty else { return [] }
        let ids: [Int64] = articles.map { $0[0] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        var quotes: [Int64: [Quote]] = [:]
        var texts = ArticleTexts()
        for row in try Row.fetchAll(db, sql: """
            SELECT article_id, start_at, end_at, NULL, kind, speaker, via, section, paragraph, parts
            FROM quotes WHERE article_id IN (\(marks)) ORDER BY article_id, idx
            """, arguments: StatementArguments(ids)) {
            let range = SourceRange(row[1], row[2])
            let parts = Self.parts(row[9])
            quotes[row[0], default: []].append(Quote(
                range: range, text: try texts.slice(row[0], range.start, range.end, db), kind: QuoteKind(rawValue: row[4]) ?? .full, speaker: row[5],
                via: (row[6] as String?).flatMap(SpeakerVia.init(rawValue:)), section: row[7], paragraph: row[8],
                parts: parts.isEmpty ? [range] : parts))
        }
        var speakers: [Int64: [Speaker]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT article_id, name, kind, aliases, roles FROM speakers WHERE article_id IN (\(marks))
            ORDER BY article_id, idx
            """, arguments: StatementArguments(ids)) {
            speakers[row[0], default: []].append(Speaker(name: row[1], kind: SpeakerKind(rawValue: row[2]) ?? .person,
                                                         aliases: list(row[3]), roles: list(row[4])))
        }
        return articles.map { row in
            let id: Int64 = row[0]
            let dateline: String? = row[6], byline: String? = row[7], metaByline: String? = row[9]
            // `meta_byline` is the format's byline, else the byline line as written.
            let author = ArticleOrigin.author(metadata: metaByline == byline ? nil : metaByline, byline: byline)
            return LibraryEntry(path: row[1], format: ArticleFormat(rawValue: row[2]) ?? .plainText, headline: row[3],
                                sectionCount: row[4], figureCount: row[5], quotes: quotes[id] ?? [],
                                speakers: speakers[id] ?? [],
                                date: ArticleOrigin.date(metadata: row[8], dateline: dateline, byline: byline),
                                source: ArticleOrigin.source(metadata: row[10], dateline: dateline, author: author),
                                byline: author)
        }
    }
}
