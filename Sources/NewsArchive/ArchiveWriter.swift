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
            INSERT INTO articles (path, format, headline, byline, dateline, date, source, meta_date, meta_byline,
                                  meta_source, url, size, mtime, hash, analyzer, section_count, quote_count, figure_count, item)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).insert { b in
            b.text(r.path); b.text(r.format.rawValue); b.text(r.headline); b.text(r.byline); b.text(r.dateline)
            b.text(r.date); b.text(r.source); b.text(r.metaDate); b.text(r.metaByline); b.text(r.metaSource); b.text(r.url)
            b.int(r.stamp.size); b.int(r.stamp.mtime); b.text(r.hash)
            b.text(r.analyzer); b.int(r.sections.count); b.int(r.quotes.count); b.int(r.figures.count)
            b.int(r.item)
        }
        let id = db.lastInsertedRowID
        try RowInserter(db, "INSERT INTO texts (article_id, text) VALUES (?, ?)").insert { b in b.int(id); b.blob(r.storedText) }
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

        let speaker = try RowInserter(db, """
            INSERT INTO speakers (article_id, idx, name, kind, aliases, roles, quotes) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        var quoteCounts = [Int](repeating: 0, count: r.speakers.count)
        for row in r.quotes {
            if let s = row.quote.speaker, quoteCounts.indices.contains(s) { quoteCounts[s] += 1 }
        }
        let key = try RowInserter(db, "INSERT OR IGNORE INTO speaker_keys (key, rank, article_id, speaker) VALUES (?, ?, ?, ?)")
        for (i, s) in r.speakers.enumerated() {
            try speaker.insert { b in
                b.int(id); b.int(i); b.text(s.name); b.text(s.kind.rawValue); b.text(s.aliases.joined(separator: String(separator)))
                b.text(s.roles.joined(separator: String(separator))); b.int(quoteCounts[i])
            }
            for (k, rank) in SpeakerKeys.keys(of: s) {
                try key.insert { b in b.text(k); b.int(rank); b.int(id); b.int(i) }
            }
        }

        let quote = try RowInserter(db, """
            INSERT INTO quotes (article_id, idx, start_at, end_at, kind, speaker, via, section, paragraph, place, parts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, row) in r.quotes.enumerated() {
            let q = row.quote
            let parts = q.parts.count > 1 ? q.parts.map { "\($0.start)-\($0.end)" }.joined(separator: ",") : nil
            try quote.insert { b in
                b.int(id); b.int(i); b.int(q.range.start); b.int(q.range.end); b.text(q.kind.rawValue); b.int(q.speaker)
                b.text(q.speaker == nil ? nil : q.via?.rawValue)
                b.int(q.section); b.int(q.paragraph); b.text(row.place); b.text(parts)
            }
        }

        let figure = try RowInserter(db, """
            INSERT INTO figures (article_id, idx, start_at, end_at, kind, value, low, high, qualifier, unit, counted,
                                 change, from_value, to_value, section, paragraph, sentence_start, sentence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, f) in r.figures.enumerated() {
            try figure.insert { b in
                b.int(id); b.int(i); b.int(f.range.start); b.int(f.range.end); b.text(f.kind.rawValue); b.double(f.value)
                b.double(f.low); b.double(f.high); b.text(f.qualifier); b.text(f.unit); b.text(f.counted)
                b.text(f.change?.rawValue); b.double(f.from); b.double(f.to); b.int(f.section)
                b.int(f.paragraph); b.int(f.sentence.start); b.int(f.sentence.end)
            }
        }

        let conflict = try RowInserter(db, "INSERT INTO conflicts (article_id, idx, first, second, reason) VALUES (?, ?, ?, ?, ?)")
        for (i, c) in r.conflicts.enumerated() {
            try conflict.insert { b in b.int(id); b.int(i); b.int(c.first); b.int(c.second); b.text(c.reason) }
        }
        try SpeakerTotals.add(id, db)
    }

    /// Removes an article and everything of it; the speaker totals it was first in are added to `stale`.
    static func remove(_ id: Int64, _ db: Database, stale: inout Set<SpeakerTotals.Identity>) throws {
        try SpeakerTotals.subtract(id, db, stale: &stale)
        // External-content FTS5 forgets a row only when told its old values.
        try db.execute(sql: """
            INSERT INTO search(search, rowid, headline, body)
            SELECT 'delete', id, headline, body FROM search_content WHERE id = ?
            """, arguments: [id])
        let key = try RowInserter(db, "DELETE FROM speaker_keys WHERE key = ? AND rank = ? AND article_id = ? AND speaker = ?")
        for row in try Row.fetchAll(db, sql: "SELECT idx, name, kind, aliases, roles FROM speakers WHERE article_id = ?",
                                    arguments: [id]) {
            let index: Int = row[0]
            let speaker = Speaker(name: row[1], kind: SpeakerKind(rawValue: row[2]) ?? .person,
                                  aliases: ArchiveQueries.list(row[3]), roles: ArchiveQueries.list(row[4]))
            for (k, rank) in SpeakerKeys.keys(of: speaker) {
                try key.insert { b in b.text(k); b.int(rank); b.int(id); b.int(index) }
            }
        }
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
    }
}

/// The searchable keys of a speaker, folded as `SpeakerIndex` folds them: each
/// whole form (name, alias, role) and, for forms of several words, each word.
/// The rank says what a key is, for the two stages of a speaker search (an
/// exact form first; otherwise prefixes):
///
/// | rank | key | exact match | prefix match |
/// | --- | --- | --- | --- |
/// | 0 | a named speaker's whole name | name | name prefix |
/// | 1 | a whole alias that is a form of the name ("Zelensky") | alias | alias prefix |
/// | 2 | a word of the name | – | name prefix |
/// | 3 | a word of such an alias | – | alias prefix |
/// | 4 | a role or a word of it; a word of an unnamed source | – | role (whole word, or 4+ letters) |
/// | 5 | a whole description alias ("the minister"), an unnamed source's alias | alias (not `--name-only`) | alias prefix (not `--name-only`) |
/// | 6 | a word of such an alias | – | alias prefix (not `--name-only`) |
/// | 7 | an unnamed source's whole name ("a spokesman") | name (not `--name-only`) | role (not `--name-only`) |
enum SpeakerKeys {
    static func keys(of speaker: Speaker) -> [(String, Int)] {
        var keys: [(String, Int)] = []
        func add(_ text: String, whole: Int, word: Int) {
            let folded = Folding.fold(text)
            guard !folded.isEmpty else { return }
            keys.append((folded, whole))
            let words = folded.split(whereSeparator: { $0 == " " || $0 == "-" })
            if words.count > 1 { for w in words { keys.append((String(w), word)) } }
        }
        if speaker.kind == .unnamed {
            add(speaker.name, whole: 7, word: 4)
            for alias in speaker.aliases { add(alias, whole: 5, word: 6) }
        } else {
            add(speaker.name, whole: 0, word: 2)
            for alias in speaker.aliases {
                if Speaker.isNameForm(alias) { add(alias, whole: 1, word: 3) } else { add(alias, whole: 5, word: 6) }
            }
        }
        for role in speaker.roles { add(role, whole: 4, word: 4) }
        return keys
    }
}
