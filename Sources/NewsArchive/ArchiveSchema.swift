import GRDB

/// The archive's tables, versioned as GRDB migrations: a migration is never
/// edited once released; a change of schema is a new one appended here.
enum ArchiveSchema {
    /// `PRAGMA application_id`: "NWSR", so another program's SQLite file is recognised.
    static let applicationID: Int32 = 0x4E57_5352

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2", migrate: v2)
        migrator.registerMigration("v3", migrate: v3)
        migrator.registerMigration("v4", migrate: v4)
        migrator.registerMigration("v5", migrate: v5)
        return migrator
    }

    /// The first schema. Texts live apart from the article rows so that paging
    /// the library reads small rows; the full-text index reads its content from
    /// them (FTS5 external content: the text is stored once). Quote texts were
    /// stored with the quotes until v5; figure texts are read from the article's. `speaker_keys` has no
    /// index by article (a tenth of the archive): its rows are found again from
    /// the speakers when an article is removed. `quotes.place` is `headline`,
    /// `subheadline` or `Opening` (`(opening)` in archives indexed before), or null for the heading of the quote's section.
    static func v1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: """
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                format TEXT NOT NULL,
                headline TEXT NOT NULL,
                byline TEXT,
                dateline TEXT,
                date TEXT,
                source TEXT,
                meta_date TEXT,
                meta_byline TEXT,
                meta_source TEXT,
                url TEXT,
                size INTEGER NOT NULL,
                mtime INTEGER NOT NULL,
                hash TEXT NOT NULL,
                analyzer TEXT NOT NULL,
                section_count INTEGER NOT NULL,
                quote_count INTEGER NOT NULL,
                figure_count INTEGER NOT NULL
            );
            CREATE INDEX articles_hash ON articles(hash);
            CREATE INDEX articles_date ON articles(date);
            CREATE TABLE texts (
                article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                text TEXT NOT NULL
            );
            CREATE VIEW search_content AS
                SELECT a.id AS id, a.headline AS headline, t.text AS body
                FROM articles a JOIN texts t ON t.article_id = a.id;
            CREATE VIRTUAL TABLE search USING fts5(
                headline, body, content = 'search_content', content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 2');
            CREATE TABLE sections (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                heading TEXT,
                start_at INTEGER NOT NULL,
                end_at INTEGER NOT NULL,
                paragraphs INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE speakers (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                aliases TEXT NOT NULL,
                roles TEXT NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE speaker_keys (
                key TEXT NOT NULL,
                rank INTEGER NOT NULL,
                article_id INTEGER NOT NULL,
                speaker INTEGER NOT NULL,
                PRIMARY KEY (key, article_id, speaker, rank)
            ) WITHOUT ROWID;
            CREATE TABLE quotes (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                start_at INTEGER NOT NULL,
                end_at INTEGER NOT NULL,
                kind TEXT NOT NULL,
                speaker INTEGER,
                via TEXT,
                section INTEGER NOT NULL,
                paragraph INTEGER,
                place TEXT,
                parts TEXT,
                text TEXT NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE figures (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                start_at INTEGER NOT NULL,
                end_at INTEGER NOT NULL,
                kind TEXT NOT NULL,
                value REAL,
                low REAL,
                high REAL,
                qualifier TEXT,
                unit TEXT,
                counted TEXT,
                change TEXT,
                from_value REAL,
                to_value REAL,
                section INTEGER NOT NULL,
                paragraph INTEGER,
                sentence_start INTEGER NOT NULL,
                sentence_end INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE conflicts (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                first INTEGER NOT NULL,
                second INTEGER NOT NULL,
                reason TEXT NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;
            """)
    }

    /// Feeds and packages: each item is an article of its own, at the path `FILE#N`, with
    /// `item` = N (0 for a file's only article, which every article of v1 is). The items of a
    /// file share its size, time and hash; `index` reads `item` to find the file again.
    /// Listings are in file order, a feed's items in document order (`#2` before `#10`):
    /// `ORDER BY \(order)` reads this index.
    static func v2(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE articles ADD COLUMN item INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX articles_order ON articles(
                (CASE WHEN item = 0 THEN path ELSE substr(path, 1, length(path) - length(item) - 1) END), item);
            """)
    }

    /// The listing order of articles under the alias `a` (the expression of the index `articles_order`).
    static func order(_ a: String) -> String {
        "(CASE WHEN \(a).item = 0 THEN \(a).path ELSE substr(\(a).path, 1, length(\(a).path) - length(\(a).item) - 1) END), \(a).item"
    }

    /// Each speaker's number of quotes in its article: a page of a speaker's quotes is
    /// ordered by person, the most quoted first, and says how many there are in all,
    /// without reading every quote.
    static func v3(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE speakers ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;
            UPDATE speakers SET quotes = (SELECT count(*) FROM quotes q
                                          WHERE q.article_id = speakers.article_id AND q.speaker = speakers.idx);
            """)
    }

    /// Per whole speaker key and person, the quote count and first article (`SpeakerTotals`):
    /// a page of an exact `--speaker` query reads its persons in order from the index
    /// `speaker_totals_order`, not every speaker row of the key (a person quoted in a quarter
    /// of a large archive has tens of thousands); `speaker_key_quotes` is the page's total.
    static func v4(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE speaker_totals (
                key TEXT NOT NULL,
                person TEXT NOT NULL,
                leads INTEGER NOT NULL,
                quotes INTEGER NOT NULL,
                first_path TEXT,
                first_item INTEGER,
                first_article INTEGER,
                first_start INTEGER,
                PRIMARY KEY (key, person)
            ) WITHOUT ROWID;
            CREATE INDEX speaker_totals_order ON speaker_totals(key, leads = 0, quotes DESC, first_path, first_item, first_start);
            CREATE TABLE speaker_key_quotes (
                key TEXT PRIMARY KEY,
                quotes INTEGER NOT NULL
            ) WITHOUT ROWID;
            """)
        try SpeakerTotals.rebuild(db)
    }

    /// Texts stored deflated (`StoredText`: a third of their size), read through
    /// `article_text(…)` by the view the full-text index takes its content from; quote texts
    /// no longer stored (a quote is `text[start:end]`, sliced on reading as figures are).
    static func v5(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE quotes DROP COLUMN text;
            DROP VIEW search_content;
            CREATE VIEW search_content AS
                SELECT a.id AS id, a.headline AS headline, article_text(t.text) AS body
                FROM articles a JOIN texts t ON t.article_id = a.id;
            """)
        // A thousand texts at a time, not the whole archive's in memory.
        let ids = try Int64.fetchAll(db, sql: "SELECT article_id FROM texts WHERE typeof(text) = 'text' ORDER BY article_id")
        let update = try RowInserter(db, "UPDATE texts SET text = ?2 WHERE article_id = ?1")
        for chunk in stride(from: 0, to: ids.count, by: 1000) {
            let range = ids[chunk...].prefix(1000)
            let rows = try Row.fetchAll(db, sql: "SELECT article_id, text FROM texts WHERE article_id BETWEEN ? AND ? AND typeof(text) = 'text'",
                                        arguments: [range.first, range.last])
            for row in rows {
                let text: String = row[1]
                try update.insert { b in b.int(row[0] as Int64); b.blob(StoredText.encode(text)) }
            }
        }
    }
}
