import GRDB
import NewsModel

/// Inserts one article's rows. Statements are prepared once per connection
/// (cached) and reused for every row.
enum ArchiveWriter {
    /// Lists (aliases, roles, quote parts) are stored joined by a separator
    /// that article text cannot hold after decoding (it is a C0 control,
    /// which the parser keeps out of names and roles).
    static let separator: Character = "\u{1F}"

    static func insert(_ r: ArticleRecord, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO articles (path, format, headline, byline, dateline, date, source, size, mtime, hash, analyzer,
                                  section_count, quote_count, figure_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [r.path, r.format.rawValue, r.headline, r.byline, r.dateline, r.date, r.source,
                                     r.stamp.size, r.stamp.mtime, r.hash, r.analyzer, r.sections.count, r.quotes.count,
                                     r.figures.count])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO texts (article_id, text) VALUES (?, ?)").execute(arguments: [id, r.text])
        try db.cachedStatement(sql: "INSERT INTO search (rowid, headline, body) VALUES (?, ?, ?)")
            .execute(arguments: [id, r.headline, r.text])

        let section = try db.cachedStatement(sql: """
            INSERT INTO sections (article_id, idx, heading, start_at, end_at, paragraphs) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (i, s) in r.sections.enumerated() {
            try section.execute(arguments: [id, i, s.heading, s.range.start, s.range.end, s.paragraphs])
        }

        let speaker = try db.cachedStatement(sql: """
            INSERT INTO speakers (article_id, idx, name, aliases, roles) VALUES (?, ?, ?, ?, ?)
            """)
        let key = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO speaker_keys (key, rank, article_id, speaker) VALUES (?, ?, ?, ?)
            """)
        for (i, s) in r.speakers.enumerated() {
            try speaker.execute(arguments: [id, i, s.name, s.aliases.joined(separator: String(separator)),
                                            s.roles.joined(separator: String(separator))])
            for (k, rank) in SpeakerKeys.keys(of: s) { try key.execute(arguments: [k, rank, id, i]) }
        }

        let quote = try db.cachedStatement(sql: """
            INSERT INTO quotes (article_id, idx, start_at, end_at, kind, speaker, section, paragraph, place, parts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, row) in r.quotes.enumerated() {
            let q = row.quote
            let parts = q.parts.count > 1 ? q.parts.map { "\($0.start)-\($0.end)" }.joined(separator: ",") : nil
            try quote.execute(arguments: [id, i, q.range.start, q.range.end, q.kind.rawValue, q.speaker, q.section,
                                          q.paragraph, row.place, parts])
        }

        let figure = try db.cachedStatement(sql: """
            INSERT INTO figures (article_id, idx, start_at, end_at, kind, value, low, high, qualifier, unit, counted,
                                 section, paragraph, sentence_start, sentence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, f) in r.figures.enumerated() {
            try figure.execute(arguments: [id, i, f.range.start, f.range.end, f.kind.rawValue, f.value, f.low, f.high,
                                           f.qualifier, f.unit, f.counted, f.section, f.paragraph, f.sentence.start,
                                           f.sentence.end])
        }

        let conflict = try db.cachedStatement(sql: """
            INSERT INTO conflicts (article_id, idx, first, second, reason) VALUES (?, ?, ?, ?, ?)
            """)
        for (i, c) in r.conflicts.enumerated() {
            try conflict.execute(arguments: [id, i, c.first, c.second, c.reason])
        }
    }
}

/// The searchable keys of a speaker, as `SpeakerIndex` folds them: the whole
/// name and each of its words, the same for aliases (matched by prefix), and
/// roles (matched as whole words, or by a prefix of four letters or more).
enum SpeakerKeys {
    static let nameRank = 2, roleRank = 4

    static func keys(of speaker: Speaker) -> [(String, Int)] {
        var keys: [(String, Int)] = []
        func add(_ text: String, _ rank: Int) {
            let folded = Folding.fold(text)
            guard !folded.isEmpty else { return }
            keys.append((folded, rank))
            let words = folded.split(whereSeparator: { $0 == " " || $0 == "-" })
            if words.count > 1 { for w in words { keys.append((String(w), rank)) } }
        }
        add(speaker.name, nameRank)
        for alias in speaker.aliases { add(alias, nameRank) }
        for role in speaker.roles { add(role, roleRank) }
        return keys
    }
}
