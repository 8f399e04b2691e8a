/// A word, numeral or single symbol of a block's display text. Figures are
/// parsed over tokens so that every rule looks at whole words, never at
/// arbitrary character windows.
struct FigureToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, symbol }

    var kind: Kind
    /// Display offsets, half-open.
    var start: Int
    var end: Int
    /// Whether white space (or the start of the block) comes right before.
    var spaceBefore: Bool
    /// The text's bytes when they fit in 16 (all symbols, most words).
    var packed: PackedText
    /// Where the text is in `FigureTokens.wide` when it does not fit `packed`
    /// (non-ASCII or long words), or -1. An index, not a `String`, keeps the
    /// token plain data: copying it costs no reference counting.
    var wideIndex: Int32 = -1
    var capitalized: Bool
    var allCaps: Bool
    /// A capital after the first letter: "iPhone", "McDonald".
    var innerUpper: Bool = false
    var possessive: Bool
    /// Words only: what the word can be in a figure (see `FigureLexicon`).
    var cls: FigureWordClass = []
    var numeral: Numeral?
    var scalar: Unicode.Scalar
}

/// A numeral as written: its value and the shape clues that tell a count
/// from a year, a phone number or a version string.
struct Numeral: Sendable {
    /// Nil when the digits do not fit a finite Double.
    var value: Double?
    /// Counts kept in 32 bits so that tokens stay small (a block has far
    /// fewer than 2^31 scalars).
    private var integerDigits32: Int32
    private var decimals32: Int32
    var integerDigits: Int { Int(integerDigits32) }
    var decimals: Int { Int(decimals32) }
    /// Written with thousands separators (`1,200`, `12 000`).
    var grouped: Bool
    /// `007`, `0100`: codes, not quantities.
    var leadingZero: Bool
    /// `1.2.3`: a version or an address.
    var dotted: Bool
    /// `½`, `¾`.
    var vulgarFraction: Bool

    var isInteger: Bool { decimals32 == 0 && !vulgarFraction && !dotted }

    init(value: Double?, integerDigits: Int, grouped: Bool, decimals: Int, leadingZero: Bool, dotted: Bool,
         vulgarFraction: Bool) {
        self.value = value
        integerDigits32 = Int32(clamping: integerDigits)
        decimals32 = Int32(clamping: decimals)
        self.grouped = grouped
        self.leadingZero = leadingZero
        self.dotted = dotted
        self.vulgarFraction = vulgarFraction
    }
}

/// The tokens of a block and the few texts that do not fit a token.
struct FigureTokens: Sendable {
    var items: [FigureToken] = []
    var wide: [String] = []

    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }

    subscript(i: Int) -> FigureToken {
        @inline(__always) get { items[i] }
    }

    /// Words: lowercased, a possessive 's removed. Symbols: the character. Numbers: empty.
    /// Built on demand: only tokens near a figure are ever read as strings.
    func string(_ i: Int) -> String {
        let w = Int(items[i].wideIndex)
        return w >= 0 && w < wide.count ? wide[w] : items[i].packed.string
    }

    /// `string(i)` for comparisons and table lookups, without building a `String`.
    @inline(__always)
    func text(_ i: Int) -> FigureWord {
        let w = Int(items[i].wideIndex)
        return FigureWord(packed: items[i].packed, wide: w >= 0 && w < wide.count ? wide[w] : nil)
    }
}
