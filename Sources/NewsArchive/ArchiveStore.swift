import NewsModel

/// The storage interface: everything the commands ask of an archive. The
/// SQLite archive (`SQLiteArchive`) implements it; a shared server archive
/// (PostgreSQL, see docs/ARCHIVE.md) would implement the same.
public protocol ArchiveStore: Sendable {
    /// Every archived article's path, stamp, hash and analyzer version.
    func knownArticles() throws(ArchiveError) -> [KnownArticle]
    /// Applies one batch of changes in one transaction: all of it or nothing.
    func apply(_ batch: ArchiveBatch) throws(ArchiveError)
    /// Removes every article (`index --rebuild`), in one transaction.
    func removeAll() throws(ArchiveError)
    func articleCount() throws(ArchiveError) -> Int

    /// Full-text search, best first.
    func search(_ request: SearchRequest) throws(ArchiveError) -> [SearchHit]
    /// Quotes in path order, then by position in the article.
    func quotes(_ filter: ArchiveFilter) throws(ArchiveError) -> [ArchivedQuote]
    /// `limit` quotes of `quotes(filter)` from `offset`, and how many there are in all; with a
    /// speaker (and no kind) without reading the quotes off the page.
    func quotes(_ filter: ArchiveFilter, offset: Int, limit: Int) throws(ArchiveError) -> ArchivedQuotePage
    /// Each article's speakers and its quotes' speakers, in path order (to merge across articles).
    func speakerSources(_ filter: ArchiveFilter) throws(ArchiveError) -> [ArchivedSpeakers]
    /// Each article's figures and figure conflicts, in path order.
    func figures(_ filter: ArchiveFilter) throws(ArchiveError) -> [ArchivedFigures]
    /// Each article's outline, in path order.
    func sections(_ filter: ArchiveFilter) throws(ArchiveError) -> [ArchivedSections]
    /// A page of the library: articles in path order from `offset`.
    func library(offset: Int, limit: Int) throws(ArchiveError) -> [ArchivedArticleSummary]
    /// A page of the reader's library: entries in path order from `offset`, as a library of files makes them.
    func libraryEntries(offset: Int, limit: Int) throws(ArchiveError) -> [LibraryEntry]
    /// Folds the write-ahead log into the archive file, so the file alone holds everything.
    func checkpoint() throws(ArchiveError)
    /// Checks the archive through and through; returns problems (none when sound).
    func verify() throws(ArchiveError) -> [String]
}

/// One transaction's worth of `index` work.
public struct ArchiveBatch: Sendable {
    /// New or re-analyzed articles (an existing row at the same path is replaced).
    public var records: [ArticleRecord] = []
    /// A file whose content is unchanged but whose size or time changed.
    public var restamps: [(id: Int64, stamp: FileStamp)] = []
    /// A file found at a new path with the content of an archived one.
    public var moves: [(id: Int64, path: String, stamp: FileStamp)] = []
    /// Articles to remove.
    public var removals: [Int64] = []

    public init() {}

    public var isEmpty: Bool { records.isEmpty && restamps.isEmpty && moves.isEmpty && removals.isEmpty }
}

/// What to keep: the filters `quotes`, `search` and friends take.
public struct ArchiveFilter: Sendable {
    /// Speaker search: name, alias, name-word prefix or role (folded).
    public var speaker: String?
    /// With `speaker`: match names and their forms only, not roles or descriptions.
    public var nameOnly = false
    public var kind: String?
    /// Article days, inclusive, `YYYY-MM-DD`.
    public var since: String?
    public var until: String?
    /// Source, case-insensitive.
    public var source: String?

    public init(speaker: String? = nil, kind: String? = nil, since: String? = nil, until: String? = nil,
                source: String? = nil) {
        self.speaker = speaker
        self.kind = kind
        self.since = since
        self.until = until
        self.source = source
    }
}

public struct SearchRequest: Sendable {
    /// The user's query (see `SearchQuery` for the syntax).
    public var query: String
    public var filter: ArchiveFilter
    public var limit: Int

    public init(query: String, filter: ArchiveFilter = ArchiveFilter(), limit: Int = 20) {
        self.query = query
        self.filter = filter
        self.limit = limit
    }
}

public struct SearchHit: Sendable, Hashable {
    public var path: String
    public var headline: String
    public var date: String?
    public var source: String?
    /// bm25: lower is better (SQLite's sign).
    public var score: Double
    /// Text around the matches, each match between `SearchHit.markStart` and `markEnd`.
    public var snippet: String

    public static let markStart: Unicode.Scalar = "\u{E000}"
    public static let markEnd: Unicode.Scalar = "\u{E001}"
}

public struct ArchivedQuote: Sendable, Hashable {
    public var path: String
    public var text: String
    public var speaker: String?
    public var role: String?
    /// person, organization or unnamed; nil without a speaker.
    public var speakerType: String?
    /// How the speaker was found (`SpeakerVia`); nil without a speaker.
    public var via: String?
    public var kind: String
    public var range: SourceRange
    public var section: Int
    public var paragraph: Int?
    public var place: String
    public var parts: [SourceRange]
}

public struct ArchivedQuotePage: Sendable, Hashable {
    public var quotes: [ArchivedQuote]
    /// Every quote the filter selects.
    public var total: Int
}

public struct ArchivedSpeakers: Sendable, SpeakerSource {
    public var path: String
    public var speakers: [Speaker]
    public var quoteSpeakers: [Int?]
}

public struct ArchivedFigures: Sendable {
    public var path: String
    public var headline: String
    /// The figures with their texts read back from the archived text.
    public var figures: [Figure]
    public var conflicts: [FigureConflict]
    /// Sentence texts by figure index, for the conflicts.
    public var sentences: [Int: String]
}

public struct ArchivedSections: Sendable {
    public var path: String
    public var format: String
    public var headline: String
    public var date: String?
    public var byline: String?
    public var source: String?
    public var url: String?
    public var sections: [ArticleRecord.SectionRow]
}

public struct ArchivedArticleSummary: Sendable, Hashable {
    public var path: String
    public var headline: String
    public var date: String?
    public var sections: Int
    public var quotes: Int
    public var figures: Int
}
