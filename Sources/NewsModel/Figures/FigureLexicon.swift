/// What a word can do in a figure, looked up once per word when the text is
/// tokenized, so the scan rejects most words without further lookups.
struct FigureWordClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// Dates: weekdays, months, "yesterday", "last"/"next"/"this".
    static let date = FigureWordClass(rawValue: 1 << 0)
    /// First word of a qualifier: "about", "up" (to), "more" (than).
    static let qualifier = FigureWordClass(rawValue: 1 << 1)
    static let ordinal = FigureWordClass(rawValue: 1 << 2)
    /// "one" … "ninety".
    static let number = FigureWordClass(rawValue: 1 << 3)
    /// "hundred", "million", "dozen".
    static let scale = FigureWordClass(rawValue: 1 << 4)
    /// "half", "third", "quarters".
    static let fraction = FigureWordClass(rawValue: 1 << 5)
    /// "dozens", "hundreds", "several", "few", "handful", "couple".
    static let vague = FigureWordClass(rawValue: 1 << 6)
    /// Durations and measures: "hour", "mile".
    static let unit = FigureWordClass(rawValue: 1 << 7)
    /// "a", "an".
    static let article = FigureWordClass(rawValue: 1 << 8)
    /// Letters before `$` ("US$") and ISO codes ("USD 5").
    static let currency = FigureWordClass(rawValue: 1 << 9)
    /// "between", "from", "aged", "age", "magnitude", "minus".
    static let special = FigureWordClass(rawValue: 1 << 10)

    /// Classes that can begin a figure.
    static let starts: FigureWordClass = [
        .date, .qualifier, .ordinal, .number, .fraction, .vague, .article, .currency, .special, .scale,
    ]
    /// Classes that can begin the number itself after a qualifier.
    static let quantity: FigureWordClass = [.number, .fraction, .vague, .article, .currency, .special, .scale]
}

enum FigureLexicon {
    /// Shapes (length, first and last byte) of the lexicon's words: most words
    /// are rejected here without hashing.
    private static let shapes: [Bool] = {
        var table = [Bool](repeating: false, count: 32 * 64 * 64)
        for word in classes.keys { if let i = shapeIndex(word) { table[i] = true } }
        return table
    }()

    private static func shapeIndex(_ word: String) -> Int? {
        let utf8 = word.utf8
        guard let first = utf8.first, let last = utf8.last, utf8.count < 32 else { return nil }
        return (utf8.count * 64 + Int(first & 63)) * 64 + Int(last & 63)
    }

    static func mayContain(length: Int, first: UInt8, last: UInt8) -> Bool {
        guard length < 32 else { return false }
        return shapes[(length * 64 + Int(first & 63)) * 64 + Int(last & 63)]
    }

    static let classes: [String: FigureWordClass] = {
        var table: [String: FigureWordClass] = [:]
        func add<S: Sequence>(_ words: S, _ c: FigureWordClass) where S.Element == String {
            for w in words { table[w, default: []].insert(c) }
        }
        add(Dates.deictic, .date)
        add(["noon", "midday", "midnight"], .date)
        add(Dates.relativeStarters, .date)
        add(Dates.weekdays, .date)
        add(Dates.weekdays.map { $0 + "s" }, .date)
        add(Dates.months.keys, .date)
        add(Dates.monthAbbreviations, .date)
        add(Qualifiers.table.keys, .qualifier)
        add(NumberWords.ordinals.keys, .ordinal)
        add(NumberWords.small.keys, .number)
        add(NumberWords.scales.keys, .scale)
        add(["dozen"], .scale)
        add(NumberWords.fractions.keys, .fraction)
        add(NumberWords.vagueOf, .vague)
        add(["several", "few", "handful", "couple"], .vague)
        add(Units.durations.keys, .unit)
        add(Units.measures.keys, .unit)
        add(["a", "an"], .article)
        add(Units.dollarPrefixes.keys, .currency)
        add(Units.isoCodes, .currency)
        add(["between", "from", "aged", "age", "magnitude", "minus"], .special)
        return table
    }()
}
