/// Where a quote is: article index in the library and quote index in the article.
public struct QuoteLocation: Sendable, Hashable {
    public var article: Int
    public var quote: Int
    public init(article: Int, quote: Int) {
        self.article = article
        self.quote = quote
    }
}

/// A speaker across the library, with every quote attributed to them.
public struct LibrarySpeaker: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var roles: [String]
    public var quotes: [QuoteLocation]
    /// How many articles quote this speaker.
    public var articles: Int
}

/// Speakers merged across articles and searchable by name, alias, name prefix or role.
/// (Implemented by the quotes work.)
public struct SpeakerIndex: Sendable {
    public let speakers: [LibrarySpeaker]

    public init(_ articles: [AnalyzedArticle]) {
        speakers = []
    }

    /// Matching speakers, best first: exact name, then alias, prefix, role.
    public func search(_ query: String) -> [LibrarySpeaker] { [] }
}
