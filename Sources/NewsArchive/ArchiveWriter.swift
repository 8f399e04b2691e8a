import GRDB
import NewsModel

/// Inserts and removes one article's rows. Statements are prepared once per
/// connection (cached) and reused for every row.
enum ArchiveWriter {
    /// Lists (aliases, roles) are stored joined by a separator that names and
    /// roles cannot hold (a C0 control; the parser keeps them out of names).
    static let separator: Character = "\u{1F}"

    static func insert(_ r: ArticleRecord, _ db: Database) throws {
        try RowInserter(db, """
            INSERT INTO articles (path, format, headline, byline, dateline, date, source, size, mtime, hash, analyzer,
                                  section_count, quote_count, figure_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).insert { b in
            b.text(r.path); b.text(r.format.rawValue); b.text(r.headline); b.text(r.byline); b.text(r.dateline)
            b.text(r.date); b.text(r.source); b.int(r.stamp.size); b.int(r.stamp.mtime); b.text(r.hash)
            b.text(r.analyzer); b.int(r.sections.count); b.int(r.quotes.count); b.int(r.figures.count)
        }
        let id = db.lastInsertedRowID
        try RowInserter(db, "INSERT INTO texts (article_id, text) VALUES (?, ?)").insert { b in b.int(id); b.text(r.text) }
        try RowInserter(db, "INSERT INTO search (rowid, headline, body) VALUES (?, ?, ?)").insert { b in
            b.int(id); b.text(r.headline); b.text(r.text)
        }

        let section = try RowInserter(db, """
            INSERT INTO sections (article_id, idx, heading, start_at, end_at, paragraphs) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (i, s) in r.sections.enumerated() {
            try section.insert { b in
                b.int(id); b.int(i); b.text(s.heading); b.int(s.range.start); b.int(s.range.end); b.int(s.paragraphs)
            }
        }

        let speaker = try RowInserter(db, "INSERT INTO speakers (article_id, idx, name, aliases, roles) VALUES (?, ?, ?, ?, ?)")
        let key = try RowInserter(db, "INSERT OR IGNORE INTO speaker_keys (key, rank, article_id, speaker) VALUES (?, ?, ?, ?)")
        for (i, s) in r.speakers.enumerated() {
            try speaker.insert { b in
                b.int(id); b.int(i); b.text(s.name); b.text(s.aliases.joined(separator: String(separator)))
                b.text(s.roles.joined(separator: String(separator)))
            }
            for (k, rank) in SpeakerKeys.keys(of: s) {
                try key.insert { b in b.text(k); b.int(rank); b.int(id); b.int(i) }
            }
        }

        let quote = try RowInserter(db, """
            INSERT INTO quotes (article_id, idx, start_at, end_at, kind, speaker, section, paragraph, place, parts, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, row) in r.quotes.enumerated() {
            let q = row.quote
            let parts = q.parts.count > 1 ? q.parts.map { "\($0.start)-\($0.end)" }.joined(separator: ",") : nil
            try quote.insert { b in
                b.int(id); b.int(i); b.int(q.range.start); b.int(q.range.end); b.text(q.kind.rawValue); b.int(q.speaker)
                b.int(q.section); b.int(q.paragraph); b.text(row.place); b.text(parts); b.text(q.text)
            }
        }

        let figure = try RowInserter(db, """
            INSERT INTO figures (article_id, idx, start_at, end_at, kind, value, low, high, qualifier, unit, counted,
                                 section, paragraph, sentence_start, sentence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, f) in r.figures.enumerated() {
            try figure.insert { b in
                b.int(id); b.int(i); b.int(f.range.start); b.int(f.range.end); b.text(f.kind.rawValue); b.double(f.value)
                b.double(f.low); b.double(f.high); b.text(f.qualifier); b.text(f.unit); b.text(f.counted); b.int(f.section)
                b.int(f.paragraph); b.int(f.sentence.start); b.int(f.sentence.end)
            }
        }

        let conflict = try RowInserter(db, "INSERT INTO conflicts (article_id, idx, first, second, reason) VALUES (?, ?, ?, ?, ?)")
        for (i, c) in r.conflicts.enumerated() {
            try conflict.insert { b in b.int(id); b.int(i); b.int(c.first); b.int(c.second); b.text(c.reason) }
        }
    }

    /// Removes an article and everything of it.
    static func remove(_ id: Int64, _ db: Database) throws {
        // External-content FTS5 forgets a row only when told its old values.
        try db.execute(sql: """
            INSERT INTO search(search, rowid, headline, body)
            SELECT 'delete', id, headline, body FROM search_content WHERE id = ?
            """, arguments: [id])
        let key = try RowInserter(db, "DELETE FROM speaker_keys WHERE key = ? AND rank = ? AND article_id = ? AND speaker = ?")
        for row in try Row.fetchAll(db, sql: "SELECT idx, name, aliases, roles FROM speakers WHERE article_id = ?",
                                    arguments: [id]) {
            let index: Int = row[0]
            let speaker = Speaker(name: row[1], aliases: ArchiveQueries.list(row[2]), roles: ArchiveQueries.list(row[3]))
            for (k, rank) in SpeakerKeys.keys(of: speaker) {
                try key.insert { b in b.text(k); b.int(rank); b.int(id); b.int(index) }
            }
        }
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
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
