import NewsModel

/// A file as the archive last saw it: what `index` compares to skip unchanged files.
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    /// Modification time in nanoseconds since the epoch.
    public var mtime: Int64

    public init(size: Int64, mtime: Int64) {
        self.size = size
        self.mtime = mtime
    }
}

/// An archived article as the store knows it before reading its file again. The
/// articles of one feed share their file's stamp and hash.
public struct KnownArticle: Sendable, Hashable {
    public var id: Int64
    public var path: String
    /// 0 for a file's only article; N for item N of a feed or package (`path` is then `FILE#N`).
    public var item: Int
    public var stamp: FileStamp
    public var hash: String
    public var analyzer: String

    public init(id: Int64, path: String, item: Int = 0, stamp: FileStamp, hash: String, analyzer: String) {
        self.id = id
        self.path = path
        self.item = item
        self.stamp = stamp
        self.hash = hash
        self.analyzer = analyzer
    }

    /// The file the article was read from.
    public var file: String { ArticleRecord.file(of: path, item: item) }
}

/// Everything the archive keeps of one analyzed article. Quote and figure
/// texts are not stored: they are `text[start:end]` of the decoded file, which is.
public struct ArticleRecord: Sendable {
    public struct SectionRow: Sendable, Hashable {
        public var heading: String?
        public var range: SourceRange
        public var paragraphs: Int
    }

    public struct QuoteRow: Sendable, Hashable {
        public var quote: Quote
        /// `headline`, `subheadline` or `Presentation.opening`: where the quote is; nil for its section's heading.
        public var place: String?
    }

    /// The article's path: its file, or `FILE#N` for item N of a feed or package.
    public var path: String
    /// 0 for a file's only article; N for item N of a feed or package.
    public var item: Int
    /// The file's stamp and hash (shared by the items of a feed).
    public var stamp: FileStamp
    public var hash: String
    public var analyzer: String
    public var format: ArticleFormat
    public var headline: String
    public var byline: String?
    public var dateline: String?
    /// `YYYY-MM-DD`.
    public var date: String?
    public var source: String?
    /// What `sections --json` reports of the article (`SectionJSON`): the format's own date, byline,
    /// source and address, the byline line of a text article.
    public var metaDate: String?
    public var metaByline: String?
    public var metaSource: String?
    public var url: String?
    /// The decoded file: every stored offset counts its code points.
    public var text: String
    /// `text` as the archive stores it (`StoredText`), deflated where the record is made
    /// (on the cores that analyze) rather than by the one writer.
    var storedText: [UInt8]
    public var sections: [SectionRow]
    public var quotes: [QuoteRow]
    public var speakers: [Speaker]
    public var figures: [Figure]
    public var conflicts: [FigureConflict]

    public init(_ a: AnalyzedArticle, path: String, item: Int = 0, stamp: FileStamp, hash: String, analyzer: String) {
        let article = a.article
        self.path = path
        self.item = item
        self.stamp = stamp
        self.hash = hash
        self.analyzer = analyzer
        format = article.format
        headline = article.headline.text
        byline = article.byline?.text
        dateline = article.dateline?.text
        // A wire item's own date and source when it has them; else the file's day and the dateline's agency.
        date = article.metadata.date.map { String($0.prefix(10)) } ?? ArticleDate.day(ofNanoseconds: stamp.mtime)
        source = article.metadata.source ?? article.dateline.flatMap { ArticleDate.agency(inDateline: $0.text) }
        metaDate = article.metadata.date
        metaByline = article.metadata.byline ?? article.byline.map(\.text)
        metaSource = article.metadata.source
        url = article.metadata.url
        text = article.source.string
        storedText = StoredText.encode(text)
        sections = article.sections.map { SectionRow(heading: $0.heading?.text, range: $0.range, paragraphs: $0.paragraphs.count) }
        quotes = a.quotes.map { QuoteRow(quote: $0, place: Self.place(of: $0, in: article)) }
        speakers = a.speakers
        figures = a.figures
        conflicts = a.conflicts
    }

    /// The file of an article's path: `FILE#N` without its `#N` when it is item N.
    public static func file(of path: String, item: Int) -> String {
        guard item > 0 else { return path }
        let suffix = "#" + String(item)
        return path.hasSuffix(suffix) ? String(path.dropLast(suffix.count)) : path
    }

    /// The path of item `item` (0: the file's only article) of `file`.
    public static func path(of file: String, item: Int) -> String {
        item > 0 ? file + "#" + String(item) : file
    }

    /// The label `newsroom quotes` prints after the article's path; nil when
    /// it is the heading of the quote's section (stored once, with the sections).
    public static func place(of quote: Quote, in article: Article) -> String? {
        if quote.paragraph == nil, article.headline.range.contains(quote.range) { return "headline" }
        if quote.paragraph == nil, let dek = article.dek, dek.range.contains(quote.range) { return "subheadline" }
        if article.sections.indices.contains(quote.section), article.sections[quote.section].heading != nil {
            return nil
        }
        return Presentation.opening
    }
}

/// The article's day and source, from what the file and its dateline say.
public enum ArticleDate {
    /// The UTC day of a time in nanoseconds since the epoch, `YYYY-MM-DD` (proleptic Gregorian).
    public static func day(ofNanoseconds ns: Int64) -> String {
        let seconds = ns / 1_000_000_000
        let days = Int(seconds / 86_400) - (seconds % 86_400 < 0 ? 1 : 0)
        // Howard Hinnant's days-to-civil.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    /// The agency a dateline names in parentheses: `KYIV, March 19 (Reuters) -` is Reuters.
    public static func agency(inDateline dateline: String) -> String? {
        guard let open = dateline.lastIndex(of: "("), let close = dateline[open...].firstIndex(of: ")") else { return nil }
        let name = dateline[dateline.index(after: open)..<close].trimmingSpaces()
        return name.isEmpty || name.count > 40 ? nil : name
    }

    /// Whether `text` is a day `YYYY-MM-DD` (what `--since` and `--until` take).
    public static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return (1...12).contains(m) && (1...31).contains(d)
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
