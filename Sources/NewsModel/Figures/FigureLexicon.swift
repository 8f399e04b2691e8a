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

    /// Not part of a counted noun phrase: stop words, months, weekdays, small
    /// number words (see `CountedNoun.isContent`).
    static let nonContent = FigureWordClass(rawValue: 1 << 11)

    // The word lists the parser consults around a figure, as bits, so that
    // each test is a mask on the token instead of hashing its `String`.
    /// `FigureParser.scoreWords`.
    static let score = FigureWordClass(rawValue: 1 << 12)
    /// `FigureParser.changeVerbs`.
    static let changeVerb = FigureWordClass(rawValue: 1 << 13)
    /// `FigureParser.identifierNouns`.
    static let identifierNoun = FigureWordClass(rawValue: 1 << 14)
    /// `FigureParser.phrasalVerbs`.
    static let phrasalVerb = FigureWordClass(rawValue: 1 << 15)
    /// `CountedNoun.irregularPlurals`.
    static let irregularPlural = FigureWordClass(rawValue: 1 << 16)
    /// `CountedNoun.notPlural`.
    static let notPlural = FigureWordClass(rawValue: 1 << 17)
    /// Capitalised words that do not name what follows (see `FigureParser.isNameBefore`):
    /// stop words, qualifiers, months, weekdays, small numbers, date words.
    static let notName = FigureWordClass(rawValue: 1 << 18)
    /// `CountedNoun.pronouns`.
    static let pronoun = FigureWordClass(rawValue: 1 << 19)
    /// `CountedNoun.determiners`.
    static let determiner = FigureWordClass(rawValue: 1 << 20)
    /// Every word `FigureParser.unit(at:)` can read as (the start of) a unit: most
    /// words after a number are the counted noun, rejected with one mask.
    static let unitWord = FigureWordClass(rawValue: 1 << 21)
    /// `FigureParser.rateWords`, `rateAdverbs` and `subsetWords`, tested after every amount.
    static let rateOrSubset = FigureWordClass(rawValue: 1 << 22)
    /// "more", "extra", "additional", "further": words of addition (see `FigureParser.isAddition`),
    /// tested twice after every amount.
    static let addition = FigureWordClass(rawValue: 1 << 23)
    /// `FigureParser.clockWords`: what can follow the hour of a time of day.
    static let clock = FigureWordClass(rawValue: 1 << 24)
    /// `FigureParser.ageVerbs`: "turned 100".
    static let ageVerb = FigureWordClass(rawValue: 1 << 25)
    /// `FigureParser.metreVerbs`: "ran 37m" is metres.
    static let metreVerb = FigureWordClass(rawValue: 1 << 26)
    /// `FigureChangeWords`: verbs, adverbs and nouns of change, and "by", "to", "of", "from".
    static let change = FigureWordClass(rawValue: 1 << 27)

    // Unions the parser tests, built from raw values: an option-set array literal in a
    // test would allocate an array on every call.
    static let ordinalOrNumber = FigureWordClass(rawValue: ordinal.rawValue | number.rawValue)
    static let numberOrFraction = FigureWordClass(rawValue: number.rawValue | fraction.rawValue)
    /// Words that can be inside a figure after its first token: units and number words.
    static let unitOrNumber = FigureWordClass(rawValue: unitWord.rawValue | number.rawValue | scale.rawValue
                                                | fraction.rawValue)
    /// What an article can stand before in a quantity: "a hundred", "a third", "an hour", "a few".
    static let afterArticle = FigureWordClass(rawValue: scale.rawValue | fraction.rawValue | unit.rawValue
                                                | vague.rawValue)
    /// Words that can begin a quantity on their own.
    static let quantityWord = FigureWordClass(rawValue: number.rawValue | scale.rawValue | fraction.rawValue
                                                | vague.rawValue | special.rawValue)

    /// Classes that can begin a figure.
    static let starts: FigureWordClass = [
        .date, .qualifier, .ordinal, .number, .fraction, .vague, .article, .currency, .special, .scale,
    ]
    /// Classes that can begin the number itself after a qualifier.
    static let quantity: FigureWordClass = [.number, .fraction, .vague, .article, .currency, .special, .scale]
}

enum FigureLexicon {
    /// One open-addressing table over the packed bytes of the words of
    /// `classes`, built once: a word is classified with one multiply and a
    /// probe or two, without hashing a `String`. Probes read a 16-bit
    /// fingerprint per slot first: the fingerprints (4 KB) stay in the L1
    /// cache, and the keys are read only on a likely hit.
    struct Table: Sendable {
        fileprivate(set) var fingerprints: [UInt16]
        fileprivate(set) var keys: [PackedText]
        fileprivate(set) var wordClasses: [FigureWordClass]
        /// Words of the lists that do not fit `PackedText` (none of the current ones).
        fileprivate(set) var wide: [String: FigureWordClass]

        /// The classes of a word whose lowercased bytes fit `PackedText`.
        @inline(__always)
        func classes(of p: PackedText) -> FigureWordClass {
            let mask = (1 << tableBits) - 1
            let (slot, print) = FigureLexicon.slot(p)
            // All three arrays through buffer pointers: a probe that hits reads a key and a
            // class, whose bounds checks cost as much as the comparison.
            return fingerprints.withUnsafeBufferPointer { prints in
                keys.withUnsafeBufferPointer { keys in
                    wordClasses.withUnsafeBufferPointer { classes in
                        var h = slot
                        while true {
                            let f = prints[h]
                            if f == 0 { return [] }
                            if f == print, keys[h].lo == p.lo, keys[h].hi == p.hi { return classes[h] }
                            h = (h + 1) & mask
                        }
                    }
                }
            }
        }

        /// The classes of a lowercased word held as a `String` (non-ASCII or long): the
        /// packed table when its bytes fit (the Kelvin sign lowercases to "k"), else `wide`.
        func classes(ofWide word: String) -> FigureWordClass {
            if let p = PackedText(word) { return classes(of: p) }
            return wide[word] ?? []
        }
    }

    private static let tableBits = 12

    /// The first slot and the (nonzero) fingerprint of a word: Fibonacci hashing of its bytes,
    /// one multiply for the short words that fill `lo` alone. The length needs no mixing in:
    /// the bytes after a word are zero, and no word holds a zero byte. The slot takes the top
    /// bits, which depend on every byte; the fingerprint bits further down.
    @inline(__always)
    fileprivate static func slot(_ p: PackedText) -> (Int, UInt16) {
        let mixed = (p.lo &+ p.hi &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15
        return (Int(truncatingIfNeeded: mixed >> UInt64(64 - tableBits)), UInt16(truncatingIfNeeded: mixed >> 36) | 1)
    }

    /// Read once per block by the tokenizer: a `static let` costs a
    /// `swift_once` check on every access. Built straight from the word lists:
    /// merging them in a `[String: FigureWordClass]` first hashed every word
    /// several times, a one-off cost larger than scanning dozens of articles.
    static let table: Table = {
        let size = 1 << tableBits
        let mask = size - 1
        var table = Table(fingerprints: [UInt16](repeating: 0, count: size),
                          keys: [PackedText](repeating: PackedText(), count: size),
                          wordClasses: [FigureWordClass](repeating: [], count: size), wide: [:])
        forEachWord { word, cls in
            guard let p = PackedText(word), p.count > 0 else {
                if !word.isEmpty { table.wide[word, default: []].insert(cls) }
                return
            }
            var (h, print) = slot(p)
            while table.fingerprints[h] != 0 {
                if table.fingerprints[h] == print, table.keys[h] == p {
                    table.wordClasses[h].insert(cls)
                    return
                }
                h = (h + 1) & mask
            }
            table.fingerprints[h] = print
            table.keys[h] = p
            table.wordClasses[h] = cls
        }
        return table
    }()

    /// The classes of a word whose lowercased bytes fit `PackedText`.
    static func classes(of p: PackedText) -> FigureWordClass {
        table.classes(of: p)
    }

    /// The classes of any word, lowercased.
    static func classes(of word: String) -> FigureWordClass {
        table.classes(ofWide: word)
    }

    /// Every word of the lexicon with one of its classes (a word may come several times).
    private static func forEachWord(_ body: (String, FigureWordClass) -> Void) {
        func add<S: Sequence>(_ words: S, _ c: FigureWordClass) where S.Element == String {
            for w in words { body(w, c) }
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
        add(Units.wordPrefixes.keys, .currency)
        add(["y"], .currency)
        add(["between", "from", "aged", "age", "magnitude", "minus", "negative", "once", "twice", "thrice"], .special)
        add(CountedNoun.stopWords, .nonContent)
        add(Dates.months.keys, .nonContent)
        add(Dates.weekdays, .nonContent)
        add(NumberWords.small.keys, .nonContent)
        add(FigureParser.scoreWords, .score)
        add(FigureParser.changeVerbs, .changeVerb)
        add(FigureParser.identifierNouns, .identifierNoun)
        add(FigureParser.phrasalVerbs, .phrasalVerb)
        add(CountedNoun.irregularPlurals, .irregularPlural)
        add(CountedNoun.notPlural, .notPlural)
        add(CountedNoun.pronouns, .pronoun)
        add(CountedNoun.determiners, .determiner)
        add(CountedNoun.stopWords, .notName)
        add(Qualifiers.table.keys, .notName)
        add(Dates.months.keys, .notName)
        add(Dates.weekdays, .notName)
        add(NumberWords.small.keys, .notName)
        add(Dates.relativeStarters, .notName)
        add(Dates.datePrepositions, .notName)
        add(["percent", "pct", "percentage", "pc", "nautical", "metric", "per", "basis", "degree", "degrees",
             "celsius", "centigrade", "fahrenheit", "c", "f", "m", "square", "sq", "cubic", "deg", "degs",
             "percents", "prc", "pp", "ppt", "ppts", "lb", "lbs", "pound", "pounds", "nm", "astronomical"], .unitWord)
        add(Units.temperatureScales.keys, .unitWord)
        add(Units.currencyAdjectives.keys, .unitWord)
        add(Units.currencyWords.keys, .unitWord)
        add(Units.isoCodes, .unitWord)
        add(Units.durations.keys, .unitWord)
        add(Units.attachedOnly.keys, .unitWord)
        add(Units.measures.keys, .unitWord)
        add(FigureParser.rateWords, .rateOrSubset)
        add(FigureParser.rateAdverbs, .rateOrSubset)
        add(FigureParser.subsetWords, .rateOrSubset)
        add(FigureParser.additionWords, .addition)
        add(FigureParser.clockWords, .clock)
        add(FigureParser.ageVerbs, .ageVerb)
        add(FigureParser.metreVerbs, .metreVerb)
        add(FigureChangeWords.allWords, .change)
    }
}
