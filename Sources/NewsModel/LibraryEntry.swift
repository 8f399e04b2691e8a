/// A quote as the library keeps it for every article: enough to list it in a
/// speaker search and to find it again when its article is opened.
public struct EntryQuote: Sendable, Hashable {
    public let text: String
    public let kind: QuoteKind
    // Kept as 32-bit numbers (half the size of a `Quote`'s): 18 quotes an
    // article times 10,000 articles. Offsets fit: files are limited to
    // `FileReader.sizeLimit` bytes. Optional values are stored plus one, 0 for nil.
    private let start: UInt32
    private let end: UInt32
    private let sectionIndex: UInt32
    private let speakerPlusOne: UInt32
    private let paragraphPlusOne: UInt32

    /// Index into the entry's `speakers`.
    public var speaker: Int? { speakerPlusOne == 0 ? nil : Int(speakerPlusOne) - 1 }
    public var range: SourceRange { SourceRange(Int(start), Int(end)) }
    public var section: Int { Int(sectionIndex) }
    public var paragraph: Int? { paragraphPlusOne == 0 ? nil : Int(paragraphPlusOne) - 1 }

    public init(_ quote: Quote) {
        text = quote.text
        kind = quote.kind
        start = UInt32(clamping: quote.range.start)
        end = UInt32(clamping: quote.range.end)
        sectionIndex = UInt32(clamping: quote.section)
        speakerPlusOne = quote.speaker.map { UInt32(clamping: $0 + 1) } ?? 0
        paragraphPlusOne = quote.paragraph.map { UInt32(clamping: $0 + 1) } ?? 0
    }

    /// Whether `quote` (from the article loaded again) is still this one.
    public func matches(_ quote: Quote) -> Bool {
        quote.range == range && quote.text == text && quote.kind == kind
    }
}

/// What the library remembers of an article once it has been analyzed.
///
/// A library of 10,000 articles cannot keep every article's source, paragraphs
/// and offset maps (several times the corpus size in memory); it keeps this
/// instead, and loads an article again in full when it is opened.
public struct LibraryEntry: Sendable, Hashable {
    public let path: String
    public let format: ArticleFormat
    public let headline: String
    public let sectionCount: Int
    public let figureCount: Int
    public let quotes: [EntryQuote]
    public let speakers: [Speaker]

    public var quoteCount: Int { quotes.count }

    public init(_ analyzed: AnalyzedArticle) {
        let article = analyzed.article
        path = article.path
        format = article.format
        headline = article.headline.text
        sectionCount = article.sections.count
        figureCount = analyzed.figures.count
        quotes = analyzed.quotes.map(EntryQuote.init)
        speakers = analyzed.speakers
    }
}

/// Anything with per-article speakers and quotes attributed to them, so that a
/// `SpeakerIndex` can be built from full articles or from library entries alike.
public protocol SpeakerSource {
    var speakers: [Speaker] { get }
    /// The speaker of each quote, in the article's quote order.
    var quoteSpeakers: [Int?] { get }
}

extension AnalyzedArticle: SpeakerSource {
    public var quoteSpeakers: [Int?] { quotes.map(\.speaker) }
}

extension LibraryEntry: SpeakerSource {
    public var quoteSpeakers: [Int?] { quotes.map(\.speaker) }
}
