/// A word, a punctuation mark or a whole quotation in the narrative of a block.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, comma, colon, semicolon, terminal, dash, openParen, closeParen, quote, other
    }

    // Wide fields first and flags last, so a token takes 40 bytes rather than 48: the
    // attribution rules read tokens one after another many times.
    /// Display offsets in the block.
    var start: Int
    var end: Int
    /// The word lists the word is in.
    var classes: WordClass = []
    /// For `.quote`, the index of the quote in the article (32 bits keep the token at 40 bytes).
    private var quoteIndex: Int32 = -1
    var quote: Int {
        get { Int(quoteIndex) }
        set { quoteIndex = Int32(truncatingIfNeeded: newValue) }
    }
    /// Where the word's lowercased form is found. Only unusual words (beyond ASCII,
    /// abbreviations) keep a string, so a block does not hold one per token.
    enum Lower: Equatable {
        /// Entry `index` of the block's `lowers`.
        case kept(Int)
        /// Entry `index` of `ScalarTable.shared.words`: a listed word.
        case listed(Int)
        /// Made on demand from the token's scalars; when `capped`, from at most its first
        /// `Token.lowercasedCap` (see `lowerCapped`).
        case onDemand(capped: Bool)
    }

    /// `lower` in 32 bits, so that the token stays 40 bytes: an index into `lowers` (0 and up),
    /// `-2 - e` for table entry `e`, -1 on demand, `Int32.min` on demand and capped.
    /// The tokenizer sets it through `code`, which folds to a constant or one subtraction per word.
    fileprivate var lowerCode: Int32 = -1
    var lower: Lower {
        get {
            if lowerCode >= 0 { return .kept(Int(lowerCode)) }
            if lowerCode == -1 || lowerCode == Int32.min { return .onDemand(capped: lowerCode == Int32.min) }
            return .listed(Int(-2 - lowerCode))
        }
        set { lowerCode = Self.code(newValue) }
    }

    @inline(__always)
    fileprivate static func code(_ lower: Lower) -> Int32 {
        switch lower {
        case .kept(let k): return Int32(truncatingIfNeeded: k)
        case .listed(let e): return -2 - Int32(truncatingIfNeeded: e)
        case .onDemand(let capped): return capped ? Int32.min : -1
        }
    }

    /// Scalars of a word lowercased at most: more than any name or listed word holds, and a
    /// bound on the string a long run without spaces (an address) would make.
    static let lowercasedCap = 40
    var kind: Kind
    /// Starts with a capital, or with a letter of a script without case (CJK).
    var nameShaped = false
    /// First word of a sentence.
    var sentenceStart = false
    /// The first token of its sentence (never more than `sentenceTokenLimit` tokens back), set by
    /// the tokenizer: kept in the token's padding rather than in a list of its own for every block.
    var sentence: Int32 = 0

    /// Tokens a sentence holds at most, for the rules that read to its start or end: a run without
    /// a sentence mark (a list, a table row) is cut, so that reading back and forth stays bounded.
    static let sentenceTokenLimit = 200

    /// `lower` of an ASCII name-shaped word: lowercased on demand, as a kept word is, from at most its
    /// first `lowercasedCap` scalars (`PhraseReader.lower`). Most capitalised words are only ever tested
    /// by their signature (`KeySignatures.mayContainKey`), so they make no string at all.
    static var lowerCapped: Lower { .onDemand(capped: true) }

    init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    func has(_ c: WordClass) -> Bool { !classes.isDisjoint(with: c) }

    var isWord: Bool { kind == .word }
    var isPossessive: Bool { classes.contains(.possessive) }
    /// Strong evidence of a name: capitalised and not a sentence-opening function word.
    var isNameWord: Bool { kind == .word && nameShaped && !classes.contains(.notNames) }
}

/// Splits a block's display text into tokens in one pass, with each quotation
/// (from its opening mark to its closing mark) as a single `.quote` token.
enum NarrativeTokenizer {
    /// `quotes`: display spans `start..<end` of the block's quotations, ascending, with their indices.
    /// The tokens, and the lowercased words they refer to (`Token.lower`), with an abbreviation's period kept;
    /// `quoteTokens`: the index of each quotation's token, in the order of `quotes` (one each).
    static func tokenize(_ s: BlockScalars, quotes: [(start: Int, end: Int, index: Int)])
        -> (tokens: [Token], lowers: [String], quoteTokens: [Int]) {
        // Every index below is checked against `n` before it is read.
        s.withUnsafeBufferPointer { tokenize($0, quotes: quotes, table: ScalarTable.shared) }
    }

    private static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, quotes: [(start: Int, end: Int, index: Int)],
                                 table: ScalarTable) -> (tokens: [Token], lowers: [String], quoteTokens: [Int]) {
        var tokens: [Token] = []
        var lowers: [String] = []
        // Kept so that the quotations' tokens are found without reading every token again.
        var quoteTokens: [Int] = []
        if !quotes.isEmpty { quoteTokens.reserveCapacity(quotes.count) }
        tokens.reserveCapacity(s.count / 4 + 8)
        // The first token of the sentence being read; see `Token.sentence`.
        var sentence = 0
        var nextQuote = 0
        // Where the next quotation starts, so that each scalar is tested against one number.
        var nextQuoteStart = quotes.first?.start ?? Int.max
        var i = 0
        let n = s.count
        var atSentenceStart = true
        while i < n {
            if nextQuoteStart <= i, nextQuote < quotes.count {
                let q = quotes[nextQuote]
                var t = Token(kind: .quote, start: q.start, end: max(q.end, q.start + 1))
                t.quote = q.index
                t.sentenceStart = atSentenceStart
                quoteTokens.append(tokens.count)
                append(t, to: &tokens, sentence: &sentence)
                // A quote ending a sentence inside its marks ("...exchanges.") ends the narrative sentence too.
                var last = min(q.end, n) - 1
                while last > q.start, s[last].isQuoteMark || s[last].isSpaceOrBreak { last -= 1 }
                atSentenceStart = last > q.start && s[last].isSentenceTerminal && s[last] != "\u{2026}"
                i = max(q.end, i + 1)
                nextQuote += 1
                nextQuoteStart = nextQuote < quotes.count ? quotes[nextQuote].start : Int.max
                continue
            }
            let c = s[i]
            // Most scalars between words are plain spaces.
            if c == " " { i += 1; continue }
            // General Punctuation (curly quotes, dashes) is no letter: its test needs no Unicode table.
            if !(c.value >= 0x2000 && c.value <= 0x206F), c.isLetter || c.isDigit {
                var j = i + 1
                // Whether every scalar of the word is ASCII (only then are the word lists looked up
                // from the scalars), and its last hyphen, found while the word is read.
                var ascii = c.value < 0x80
                var lastDash = -1
                while j < n {
                    let d = s[j]
                    let v = d.value
                    // ASCII letters and digits first, by two range tests: most scalars of a word.
                    // `v | 0x20` maps capitals onto lowercase letters and no other scalar into a-z.
                    if (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10 {
                        j += 1
                    } else if v >= 0x80, d.isLetter || (v >= 0x300 && (d.properties.generalCategory == .nonspacingMark
                                                                      || d.properties.generalCategory == .spacingMark)) {
                        ascii = false
                        j += 1
                    } else if (d == "'" || d == "\u{2019}" || d == "-" || d == "." || d == ":" || d == "\u{2011}"
                               || d == "&"), j + 1 < n, s[j + 1].isLetter || s[j + 1].isDigit,
                              !(d == ":" && !s[j - 1].isDigit), !(d == "." && s[j + 1].isUppercaseLetter && j - i > 1) {
                        if v >= 0x80 || s[j + 1].value >= 0x80 { ascii = false }
                        if d == "-" { lastDash = j }
                        j += 2
                    } else {
                        break
                    }
                }
                // Plural possessive: "Traders'".
                if j < n, s[j] == "'" || s[j] == "\u{2019}", s[j - 1] == "s" || s[j - 1] == "S",
                   j + 1 >= n || !(s[j + 1].isLetter || s[j + 1].isDigit) {
                    if s[j].value >= 0x80 { ascii = false }
                    j += 1
                }
                // The ASCII test first: `isLetter` is a call, and most words start with an ASCII letter.
                let nameShaped = c.isUppercaseLetter || (!c.isASCII && c.isLetter && !c.isLowercaseLetter)
                var classes: WordClass
                // The word's lowercased form, when kept: see `Token.lower`. Plain listed and
                // lowercase words (most of them) make no string at all.
                var lower = Token.code(.onDemand(capped: false))
                func keep(_ word: String) {
                    guard !word.isEmpty else { return }
                    // Few words keep their lowercased form (abbreviations, words beyond ASCII): one allocation,
                    // not several, and none for a block (a heading, a short line) that keeps no word.
                    if lowers.capacity == 0 { lowers.reserveCapacity(n / 64 + 4) }
                    lower = Token.code(.kept(lowers.count))
                    lowers.append(word)
                }
                if ascii, let found = WordClass.lookup(s, i, j, table: table, lastDash: lastDash) {
                    // ASCII: no string unless the word is listed or may be a name.
                    classes = found.classes
                    if j < n, s[j] == ".", j - i == 1 && c.isUppercaseLetter || classes.contains(.abbreviation)
                        || s[i..<j].contains(".") {
                        let bare = classes
                        var word = found.entry.map { table.words[$0] } ?? lowercased(s, i, j)
                        word.append(".")
                        classes = (table.listedClasses(of: word) ?? []).union(bare.intersection([.title, .honorifics, .role, .feminine, .masculine,
                                                                                              .organisation, .organisationNameEnd]))
                            .union(bare.intersection(WordClass.shapes))
                        j += 1
                        keep(word)
                    } else if let e = found.entry {
                        lower = Token.code(.listed(e))
                    } else if nameShaped {
                        lower = Token.code(Token.lowerCapped)
                    }
                } else {
                    var word = lowercased(s, i, j)
                    // "Mr." and "U.S." keep their period; it does not end the sentence.
                    if j < n, s[j] == ".", isAbbreviation(word, s, i, j) {
                        j += 1
                        word.append(".")
                    }
                    classes = WordClass.of(word)
                    keep(word)
                }
                var t = Token(kind: .word, start: i, end: j)
                t.classes = classes
                t.nameShaped = nameShaped
                t.sentenceStart = atSentenceStart
                t.lowerCode = lower
                // "Gary Pruett's double substitution": the name is "Pruett"; the possessive
                // class stays, for the phrase rules that read "Mr. Hollis's spokeswoman".
                if nameShaped, classes.contains(.possessive) {
                    let apostrophe = s[j - 1] == "'" || s[j - 1] == "\u{2019}" ? j - 1 : j - 2
                    if apostrophe > i, s[apostrophe] == "'" || s[apostrophe] == "\u{2019}" {
                        t.end = apostrophe
                        // The name's own lowercased form replaces the one kept with the possessive.
                        if case .kept(let k) = t.lower, lowers.indices.contains(k) {
                            lowers[k] = lowercased(s, i, apostrophe)
                        } else {
                            t.lower = Token.lowerCapped
                        }
                    }
                }
                append(t, to: &tokens, sentence: &sentence)
                atSentenceStart = false
                i = j
                continue
            }
            if c.isSpaceOrBreak { i += 1; continue }
            var kind = Token.Kind.other
            switch c {
            case ",", "\u{FF0C}", "\u{3001}": kind = .comma
            case ":": kind = .colon
            case ";": kind = .semicolon
            case "(", "[": kind = .openParen
            case ")", "]": kind = .closeParen
            default:
                if c.isSentenceTerminal { kind = .terminal } else if c.isDash { kind = .dash }
            }
            if kind == .dash, c == "-", !(i > 0 && s[i - 1].isSpaceOrBreak) { kind = .other }
            // "(D-Ore.)": a period closing an abbreviation inside brackets ends no sentence.
            if kind == .terminal, c == ".", i + 1 < n, s[i + 1] == ")" { kind = .other }
            var t = Token(kind: kind, start: i, end: i + 1)
            t.sentenceStart = atSentenceStart
            append(t, to: &tokens, sentence: &sentence)
            if kind == .terminal { atSentenceStart = c != "\u{2026}" || (i + 2 < n && s[i + 2].isUppercaseLetter) }
            i += 1
        }
        return (tokens, lowers, quoteTokens)
    }

    /// Appends `t` with the first token of its sentence (`Token.sentence`), which `sentence` tracks.
    @inline(__always)
    private static func append(_ t: Token, to tokens: inout [Token], sentence: inout Int) {
        var t = t
        if t.sentenceStart || tokens.count - sentence >= Token.sentenceTokenLimit { sentence = tokens.count }
        t.sentence = Int32(truncatingIfNeeded: sentence)
        tokens.append(t)
    }

    /// The word lowercased; ASCII words go through a byte buffer, the rest through
    /// `String.lowercasing` (which is `lowercased()`).
    private static func lowercased(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int) -> String {
        let end = min(to, from + Token.lowercasedCap)
        var ascii = true
        for k in from..<end where !s[k].isASCII { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: end - from) { buffer in
                var n = 0
                for k in from..<end {
                    let v = UInt8(truncatingIfNeeded: s[k].value)
                    buffer[n] = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
                    n += 1
                }
                return n
            }
        }
        let a = max(0, from), b = min(end, s.count)
        return a < b ? String.lowercasing(s[a..<b]) : ""
    }

    private static func isAbbreviation(_ word: String, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int) -> Bool {
        if to - from == 1 { return s[from].isUppercaseLetter }  // an initial: "J."
        if word.contains(".") { return true }  // "U.S", "a.m"
        return Lexicon.abbreviations.contains(word)
    }
}
