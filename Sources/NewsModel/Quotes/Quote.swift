/// How a quotation is used in the text.
public enum QuoteKind: String, Sendable, CaseIterable {
    /// A sentence or more of direct speech.
    case full
    /// A fragment inside reported speech: he might take "ownership" of…
    case partial
    /// A word or phrase set off without speech: a so-called "peace dividend".
    case scare
}

/// A direct quotation, its text without the quotation marks.
public struct Quote: Sendable, Hashable {
    /// Source range of the quoted words, without the marks. For a quote running
    /// over several paragraphs, from its first word to its last.
    public var range: SourceRange
    /// The quoted words exactly as in the source (`source.slice(range)`).
    public var text: String
    public var kind: QuoteKind
    /// Index into `AnalyzedArticle.speakers`, nil when no speaker could be found.
    public var speaker: Int?
    public var section: Int
    /// Article-wide paragraph index; nil for a quote in the headline or dek.
    public var paragraph: Int?
    /// One range per paragraph the quote spans (a single one for most quotes).
    public var parts: [SourceRange]

    public init(range: SourceRange, text: String, kind: QuoteKind, speaker: Int?, section: Int,
                paragraph: Int?, parts: [SourceRange]) {
        self.range = range
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.section = section
        self.paragraph = paragraph
        self.parts = parts
    }
}

/// One person (or organisation) quoted in an article.
public struct Speaker: Sendable, Hashable {
    /// The fullest form of the name used in the article: "Donald Trump", not "Trump".
    public var name: String
    /// Other forms that referred to the speaker: surname, title + surname, resolved descriptions.
    public var aliases: [String]
    /// Titles and roles: "White House spokeswoman", "Ukrainian President".
    public var roles: [String]

    public init(name: String, aliases: [String], roles: [String]) {
        self.name = name
        self.aliases = aliases
        self.roles = roles
    }
}
