import GRDB
import NewsModel

/// The read queries of the SQLite archive. Every value a user gives is a bound
/// parameter; only fixed SQL text is ever concatenated.
enum ArchiveQueries {
    /// The speakers a `--speaker` query selects, as `SpeakerIndex.selection` does over files: when
    /// the query is exactly a form of someone's name (or, without `nameOnly`, a description or an
    /// unnamed source), those only; otherwise every prefix match. Rows: article_id, speaker, best
    /// (the `SpeakerIndex.MatchRank` raw value of the best way it matched).
    static func speakerMatch(_ query: String, nameOnly: Bool, _ db: Database,
                             into arguments: inout [any DatabaseValueConvertible]) throws -> String {
        let folded = Folding.fold(query)
        let exactRanks = nameOnly ? "(0, 1)" : "(0, 1, 5, 7)"
        if try isExact(folded, nameOnly: nameOnly, db) {
            arguments.append(folded)
            return """
                SELECT article_id, speaker, min(CASE WHEN rank IN (0, 7) THEN 0 ELSE 1 END) AS best FROM speaker_keys
                WHERE key = ? AND rank IN \(exactRanks) GROUP BY article_id, speaker
                """
        }
        arguments += [folded, folded, nameOnly, folded, folded.utf8.count >= 4]
        return """
            SELECT article_id, speaker,
                   min(CASE WHEN rank IN (0, 2) THEN 2 WHEN rank IN (1, 3, 5, 6) THEN 3 ELSE 4 END) AS best
            FROM speaker_keys
            WHERE key >= ? AND key < ? || char(1114111)
              AND (rank IN (0, 1, 2, 3) OR (NOT ? AND (rank IN (5, 6) OR (rank IN (4, 7) AND (key = ? OR ?)))))
            GROUP BY article_id, speaker
            """
    }

    /// Whether a folded `--speaker` query is exactly a whole form of someone (a name or a name-form
    /// alias; without `nameOnly` also a description or an unnamed source).
    static func isExact(_ folded: String, nameOnly: Bool, _ db: Database) throws -> Bool {
        let exactRanks = nameOnly ? "(0, 1)" : "(0, 1, 5, 7)"
        return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM speaker_keys WHERE key = ? AND rank IN \(exactRanks))",
                                 arguments: [folded]) ?? false
    }

    /// Date, source and speaker conditions on the articles table under `alias`.
    static func articleConditions(_ filter: ArchiveFilter, alias a: String, _ db: Database, into conditions: inout [String],
                                  _ arguments: inout [any DatabaseValueConvertible]) throws {
        if let since = filter.since { conditions.append("\(a).date >= ?"); arguments.append(since) }
        if let until = filter.until { conditions.append("\(a).date <= ?"); arguments.append(until) }
        if let source = filter.source { conditions.append("\(a).source = ? COLLATE NOCASE"); arguments.append(source) }
        if let speaker = filter.speaker {
            let match = try speakerMatch(speaker, nameOnly: filter.nameOnly, db, into: &arguments)
            conditions.append("\(a).id IN (SELECT article_id FROM (\(match)))")
        }
    }

    static func quotes(_ filter: ArchiveFilter, _ db: Database) throws -> [ArchivedQuote] {
        var arguments: [any DatabaseValueConvertible] = []
        var from = "quotes q"
        var best = "NULL"
        if let speaker = filter.speaker {
            let match = try speakerMatch(speaker, nameOnly: filter.nameOnly, db, into: &arguments)
            from = "(\(match)) m JOIN quotes q ON q.article_id = m.article_id AND q.speaker = m.speaker"
            best = "m.best"
        }
        var conditions: [String] = []
        var articleFilter = filter
        articleFilter.speaker = nil
        try articleConditions(articleFilter, alias: "a", db, into: &conditions, &arguments)
        if filter.speaker == nil, let kind = filter.kind { conditions.append("q.kind = ?"); arguments.append(kind) }
        // Archives indexed before the wording was shared stored the opening as '(opening)'.
        let sql = """
            SELECT \(quoteColumns), \(best), q.article_id, q.speaker
            FROM \(from)
            \(quoteJoins)
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY \(ArchiveSchema.order("a")), \(filter.speaker == nil ? "q.idx" : "q.start_at, q.end_at")
            """
        var rows: [(quote: ArchivedQuote, best: Int, person: String)] = []
        var folded: [String: String] = [:]
        var texts = ArticleTexts()
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
        while let row = try cursor.next() {
            let quote = try quote(row, &texts, db)
            let name: String? = row[2]
            let kind: String? = row[11]
            let article: Int64 = row[14]
            let index: Int = row[15] ?? -1
            // Speakers are one person across articles by their folded name; an unnamed source stays in its article.
            var person = "\(article)#\(index)"
            if kind != SpeakerKind.unnamed.rawValue {
                let n = name ?? ""
                if let f = folded[n] { person = f } else { person = Folding.fold(n); folded[n] = person }
            }
            rows.append((quote, row[13] ?? 0, person))
        }
        guard filter.speaker != nil else { return rows.map(\.quote) }
        // Grouped by person: best match first, then the most quoted, then the first met in path order.
        var order: [String: (best: Int, count: Int, first: Int)] = [:]
        for (i, r) in rows.enumerated() {
            let o = order[r.person] ?? (r.best, 0, i)
            order[r.person] = (min(o.best, r.best), o.count + 1, o.first)
        }
        let keys = rows.enumerated().map { i, r -> (best: Int, count: Int, first: Int, i: Int) in
            let o = order[r.person] ?? (0, 0, 0)
            return (o.best, -o.count, o.first, i)
        }
        let grouped = keys.sorted { $0 < $1 }.map { rows[$0.i].quote }
        return filter.kind.map { kind in grouped.filter { $0.kind == kind } } ?? grouped
    }

    /// The columns of an `ArchivedQuote` (`quote(_:)` reads them), over `quoteJoins`.
    static let quoteColumns = """
        a.path, q.article_id, s.name, s.roles, q.kind, q.start_at, q.end_at, q.section, q.paragraph,
        coalesce(nullif(q.place, '(opening)'), c.heading, '\(Presentation.opening)'), q.parts, s.kind, q.via
        """
    static let quoteJoins = """
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN speakers s ON s.article_id = q.article_id AND s.idx = q.speaker
        LEFT JOIN sections c ON q.place IS NULL AND c.article_id = q.article_id AND c.idx = q.section
        """

    /// The quote of a row of `quoteColumns`, its text sliced from its article's.
    static func quote(_ row: Row, _ texts: inout ArticleTexts, _ db: Database) throws -> ArchivedQuote {
        let roles: String? = row[3]
        let text = try texts.slice(row[1], row[5], row[6], db)
        return ArchivedQuote(path: row[0], text: text, speaker: row[2],
                             role: roles.flatMap { $0.isEmpty ? nil : list($0).first }, speakerType: row[11],
                             via: row[12], kind: row[4], range: SourceRange(row[5], row[6]), section: row[7],
                             paragraph: row[8], place: row[9], parts: parts(row[10]))
    }

    static func speakerSources(_ filter: ArchiveFilter, _ db: Database) throws -> [ArchivedSpeakers] {
        let articles = try articleRows(filter, db)
        var speakers: [Int64: [Speaker]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT article_id, name, kind, aliases, roles FROM speakers ORDER BY article_id, idx") {
            speakers[row[0], default: []].append(Speaker(name: row[1], kind: SpeakerKind(rawValue: row[2]) ?? .person,
                                                         aliases: list(row[3]), roles: list(row[4])))
        }
        var quoteSpeakers: [Int64: [Int?]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT article_id, speaker FROM quotes ORDER BY article_id, idx") {
            quoteSpeakers[row[0], default: []].append(row[1])
        }
        return articles.map { a in
            ArchivedSpeakers(path: a.path, speakers: speakers[a.id] ?? [], quoteSpeakers: quoteSpeakers[a.id] ?? [])
        }
    }

    static func figures(_ filter: ArchiveFilter, _ db: Database) throws -> [ArchivedFigures] {
        let articles = try articleRows(filter, db)
        var figures: [Int64: [Figure]] = [:]
        var arguments: [any DatabaseValueConvertible] = []
        var kindCondition = ""
        if let kind = filter.kind { kindCondition = "WHERE f.kind = ?"; arguments.append(kind) }
        var texts = ArticleTexts()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT f.article_id, NULL, f.kind, f.value, f.low, f.high,
                   f.qualifier, f.unit, f.counted, f.start_at, f.end_at, f.section, f.paragraph, f.sentence_start,
                   f.sentence_end, f.change, f.from_value, f.to_value
            FROM figures f \(kindCondition)
            ORDER BY f.article_id, f.idx
            """, arguments: StatementArguments(arguments))
        while let row = try rows.next() {
            let kind = FigureKind(rawValue: row[2]) ?? .count
            let article: Int64 = row[0], start: Int = row[9], end: Int = row[10]
            figures[article, default: []].append(Figure(
                range: SourceRange(start, end), text: try texts.slice(article, start, end, db), kind: kind, value: row[3], low: row[4], high: row[5],
                qualifier: row[6], unit: row[7], counted: row[8],
                change: (row[15] as String?).flatMap(FigureChange.init(rawValue:)), from: row[16], to: row[17],
                sentence: SourceRange(row[13], row[14]),
                section: row[11], paragraph: row[12]))
        }
        var conflicts: [Int64: [FigureConflict]] = [:]
        var sentences: [Int64: [Int: String]] = [:]
        if filter.kind == nil {
            for row in try Row.fetchAll(db, sql: """
                SELECT c.article_id, c.first, c.second, c.reason,
                       f1.sentence_start, f1.sentence_end, f2.sentence_start, f2.sentence_end
                FROM conflicts c
                JOIN figures f1 ON f1.article_id = c.article_id AND f1.idx = c.first
                JOIN figures f2 ON f2.article_id = c.article_id AND f2.idx = c.second
                ORDER BY c.article_id, c.idx
                """) {
                let id: Int64 = row[0]
                let first: Int = row[1], second: Int = row[2]
                conflicts[id, default: []].append(FigureConflict(first: first, second: second, reason: row[3]))
                sentences[id, default: [:]][first] = try texts.slice(id, row[4], row[5], db)
                sentences[id, default: [:]][second] = try texts.slice(id, row[6], row[7], db)
            }
        }
        return articles.map { a in
            ArchivedFigures(path: a.path, headline: a.headline, figures: figures[a.id] ?? [],
                            conflicts: conflicts[a.id] ?? [], sentences: sentences[a.id] ?? [:])
        }
    }

    static func sections(_ filter: ArchiveFilter, _ db: Database) throws -> [ArchivedSections] {
        let articles = try articleRows(filter, db)
        var sections: [Int64: [ArticleRecord.SectionRow]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT article_id, heading, start_at, end_at, paragraphs FROM sections ORDER BY article_id, idx
            """) {
            sections[row[0], default: []].append(ArticleRecord.SectionRow(
                heading: row[1], range: SourceRange(row[2], row[3]), paragraphs: row[4]))
        }
        var meta: [Int64: Row] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, format, meta_date, meta_byline, meta_source, url FROM articles") {
            meta[row[0]] = row
        }
        return articles.map { a in
            let m = meta[a.id]
            return ArchivedSections(path: a.path, format: m?[1] ?? "text", headline: a.headline, date: m?[2], byline: m?[3],
                                    source: m?[4], url: m?[5], sections: sections[a.id] ?? [])
        }
    }

    private static func articleRows(_ filter: ArchiveFilter, _ db: Database) throws -> [(id: Int64, path: String, headline: String)] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        try articleConditions(filter, alias: "a", db, into: &conditions, &arguments)
        let sql = "SELECT a.id, a.path, a.headline FROM articles a "
            + (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")) + " ORDER BY " + ArchiveSchema.order("a")
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { ($0[0], $0[1], $0[2]) }
    }

    static func list(_ joined: String) -> [String] {
        joined.isEmpty ? [] : joined.split(separator: ArchiveWriter.separator, omittingEmptySubsequences: false).map(String.init)
    }

    static func parts(_ text: String?) -> [SourceRange] {
        guard let text else { return [] }
        return text.split(separator: ",").compactMap { pair in
            let bounds = pair.split(separator: "-")
            guard bounds.count == 2, let s = Int(bounds[0]), let e = Int(bounds[1]) else { return nil }
            return SourceRange(s, e)
        }
    }
}
