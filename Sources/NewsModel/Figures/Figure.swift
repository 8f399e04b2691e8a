public enum FigureKind: String, Sendable, CaseIterable {
    case count, percent, money, duration, measure, age, temperature, date, time, ordinal
}

/// Which way a figure moves a quantity: "rose 4%", "fell by $2 billion", "up from 1.9 million".
public enum FigureChange: String, Sendable {
    case up, down
}

/// A number the story rests on, normalized.
public struct Figure: Sendable, Hashable {
    /// The whole figure: qualifier, number, unit and counted noun phrase.
    public var range: SourceRange
    /// Exactly `source.slice(range)`.
    public var text: String
    public var kind: FigureKind
    /// The value; nil for vague quantities ("dozens of") and dates without a number.
    public var value: Double?
    /// Bounds of a range ("between 20 and 30") or a bound ("up to 50%": high 50).
    public var low: Double?
    public var high: Double?
    /// "about", "up to", "more than"…
    public var qualifier: String?
    /// "%", an ISO currency code, "hour", "km"…
    public var unit: String?
    /// For counts, what is counted: "prisoners of war".
    public var counted: String?
    /// Up or down for a figure of change ("rose 4%"); nil for a level.
    public var change: FigureChange?
    /// Both ends of a change written with them: "narrowed from 3.4 to 2.9 percent".
    public var from: Double?
    public var to: Double?
    /// The sentence the figure is in.
    public var sentence: SourceRange
    public var section: Int
    public var paragraph: Int?

    public init(range: SourceRange, text: String, kind: FigureKind, value: Double?, low: Double? = nil,
                high: Double? = nil, qualifier: String? = nil, unit: String? = nil, counted: String? = nil,
                change: FigureChange? = nil, from: Double? = nil, to: Double? = nil,
                sentence: SourceRange, section: Int, paragraph: Int?) {
        self.range = range
        self.text = text
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.unit = unit
        self.counted = counted
        self.change = change
        self.from = from
        self.to = to
        self.sentence = sentence
        self.section = section
        self.paragraph = paragraph
    }
}

/// Two figures of the same article that count the same thing with different values.
public struct FigureConflict: Sendable, Hashable {
    /// Indices into `AnalyzedArticle.figures`, `first < second`.
    public var first: Int
    public var second: Int
    /// Why they were paired, for the reader.
    public var reason: String

    public init(first: Int, second: Int, reason: String) {
        self.first = first
        self.second = second
        self.reason = reason
    }
}
