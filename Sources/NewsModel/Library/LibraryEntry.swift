/// A quote as the library keeps it for every article: enough to list it in a
/// speaker search and to find it again when its article is opened.
public struct EntryQuote: Sendable, Hashable {
    public let kind: QuoteKind
    /// How the speaker was found (`Quote.via`).
    public let via: SpeakerVia?
    // An article's quotes share one string for their texts (one allocation, not
    // one each), and keep their numbers in 32 bits: 18 quotes an article times
    // 10,000 articles. Offsets fit: files are limited to `FileReader.sizeLimit`
    // bytes. Optional values are stored plus one, 0 for nil.
    private let texts: String
    private let textStart: UInt32
    private let textEnd: UInt32
    private let start: UInt32
    private let end: UInt32
    private let sectionIndex: UInt32
    private let speakerPlusOne: UInt32
    private let paragraphPlusOne: UInt32

    /// The quoted words, as `Quote.text`.
    public var text: String {
        let utf8 = texts.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(textStart), limitedBy: utf8.endIndex) ?? utf8.endIndex
        let to = utf8.index(from, offsetBy: Int(textEnd) - Int(textStart), limitedBy: utf8.endIndex) ?? utf8.endIndex
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }
    /// Index into the entry's `speakers`.
    public var speaker: Int? { speakerPlusOne == 0 ? nil : Int(speakerPlusOne) - 1 }
    public var range: SourceRange { SourceRange(Int(start), Int(end)) }
    public var section: Int { Int(sectionIndex) }
    public var paragraph: Int? { paragraphPlusOne == 0 ? nil : Int(paragraphPlusOne) - 1 }

    public init(_ quote: Quote) {
        self.init(quote, texts: quote.text, textStart: 0)
    }

    /// `quote`, its text found in `texts` from UTF-8 offset `textStart`.
    init(_ quote: Quote, texts: String, textStart: Int) {
        kind = quote.kind
        via = quote.via
        self.texts = texts
        self.textStart = UInt32(clamping: textStart)
        textEnd = UInt32(clamping: textStart + quote.text.utf8.count)
        start = UInt32(clamping: quote.range.start)
        end = UInt32(clamping: quote.range.end)
        sectionIndex = UInt32(clamping: quote.section)
        speakerPlusOne = quote.speaker.map { UInt32(clamping: $0 + 1) } ?? 0
        paragraphPlusOne = quote.paragraph.map { UInt32(clamping: $0 + 1) } ?? 0
    }

    public static func == (a: EntryQuote, b: EntryQuote) -> Bool {
        a.kind == b.kind && a.start == b.start && a.end == b.end && a.sectionIndex == b.sectionIndex
            && a.speakerPlusOne == b.speakerPlusOne && a.paragraphPlusOne == b.paragraphPlusOne && a.text == b.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(text)
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
    /// From the dateline or byline, when they give one.
    public let date: ArticleDate?
    /// The outlet in the dateline, else the byline's author.
    public let source: String?
    public let byline: String?
    /// The paragraphs' text, one per line, for the library filter.
    public let body: String

    public var quoteCount: Int { quotes.count }

    public init(_ analyzed: AnalyzedArticle) {
        let article = analyzed.article
        path = article.path
        format = article.format
        headline = article.headline.text
        sectionCount = article.sections.count
        figureCount = analyzed.figures.count
        date = ArticleOrigin.date(article)
        source = ArticleOrigin.source(article)
        byline = ArticleOrigin.author(article)
        // Sized up front: grown by appending, a string keeps up to twice its length
        // in capacity, and the library holds one per article (10,000 articles: 193 -> 170 MB peak).
        var body = ""
        body.reserveCapacity(article.sections.reduce(0) { sum, section in
            section.paragraphs.reduce(sum) { $0 + $1.text.utf8.count + 1 }
        })
        for section in article.sections {
            for paragraph in section.paragraphs {
                body += paragraph.text
                body += "\n"
            }
        }
        self.body = body
        var texts = ""
        texts.reserveCapacity(analyzed.quotes.reduce(0) { $0 + $1.text.utf8.count })
        var offsets: [Int] = []
        offsets.reserveCapacity(analyzed.quotes.count)
        for quote in analyzed.quotes {
            offsets.append(texts.utf8.count)
            texts += quote.text
        }
        quotes = exactly(zip(analyzed.quotes, offsets).lazy.map { EntryQuote($0, texts: texts, textStart: $1) },
                         count: analyzed.quotes.count)
        // The extractor's arrays grew by appending and have room to spare; the
        // library keeps them for every article, so it keeps tight copies.
        speakers = exactly(analyzed.speakers.lazy.map { speaker in
            Speaker(name: speaker.name, kind: speaker.kind, aliases: exactly(speaker.aliases, count: speaker.aliases.count),
                    roles: exactly(speaker.roles, count: speaker.roles.count))
        }, count: analyzed.speakers.count)
    }
}

/// `elements` in an array with no spare capacity (none allocated at all when empty).
private func exactly<S: Sequence>(_ elements: S, count: Int) -> [S.Element] {
    guard count > 0 else { return [] }
    var array: [S.Element] = []
    array.reserveCapacity(count)
    array.append(contentsOf: elements)
    return array
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
