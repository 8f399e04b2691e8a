/// How a quotation is used in the text.
public enum QuoteKind: String, Sendable, CaseIterable {
    /// A sentence or more of direct speech.
    case full
    /// A fragment inside reported speech: he might take "ownership" of…
    case partial
    /// A word or phrase set off without speech: a so-called "peace dividend".
    case scare
}

/// How a quote's speaker was found: what a reader should double-check.
public enum SpeakerVia: String, Sendable, CaseIterable {
    /// Named (or described as an unnamed source) in the quote's own attribution clause.
    case name
    /// A pronoun in the attribution clause ("she said"), resolved to a person named before.
    case pronoun
    /// A description in the attribution clause ("the minister said"), resolved to someone named.
    case description
    /// No attribution of its own: the previous quote's speaker, or the subject of the sentence before.
    case continuation
    /// Introduced by a paragraph ending with a colon ("Ana Ruiz said:").
    case introduction
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
    /// How the speaker was found; nil when there is none.
    public var via: SpeakerVia?
    public var section: Int
    /// Article-wide paragraph index; nil for a quote in the headline or dek.
    public var paragraph: Int?
    /// One range per paragraph the quote spans (a single one for most quotes).
    public var parts: [SourceRange]

    public init(range: SourceRange, text: String, kind: QuoteKind, speaker: Int?, via: SpeakerVia? = nil, section: Int,
                paragraph: Int?, parts: [SourceRange]) {
        self.range = range
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.via = speaker == nil ? nil : via
        self.section = section
        self.paragraph = paragraph
        self.parts = parts
    }
}

/// What a speaker is.
public enum SpeakerKind: String, Sendable, CaseIterable {
    case person
    case organization
    /// A source the article does not name ("a spokesman for the ministry", "officials", "the report"),
    /// reported as written.
    case unnamed
}

/// One person (or organisation, or unnamed source) quoted in an article.
public struct Speaker: Sendable, Hashable {
    /// The fullest form of the name used in the article: "Donald Trump", not "Trump"; for an
    /// unnamed source, its description as written ("a spokesman for the ministry").
    public var name: String
    public var kind: SpeakerKind
    /// Other forms that referred to the speaker: surname, title + surname, resolved descriptions.
    public var aliases: [String]
    /// Titles and roles: "White House spokeswoman", "Ukrainian President".
    public var roles: [String]

    public init(name: String, kind: SpeakerKind = .person, aliases: [String], roles: [String]) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
    }
}

extension Speaker {
    /// Whether an alias is another form of the name ("Zelensky") rather than a description
    /// resolved to the speaker: descriptions are kept as "the " and the words written.
    public static func isNameForm(_ alias: String) -> Bool { !alias.hasPrefix("the ") }
}
