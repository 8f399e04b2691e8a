/// A word, numeral or single symbol of a block's display text. Figures are
/// parsed over tokens so that every rule looks at whole words, never at
/// arbitrary character windows.
struct FigureToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, symbol }

    var kind: Kind
    /// `spaceBefore`, `capitalized`, `allCaps`, `innerUpper`, `possessive` as bits: with
    /// 32-bit offsets and the numeral kept aside, a token is 56 bytes instead of 96,
    /// which the tokenizer writes and the parser reads for every word.
    private var flags: UInt8
    private var start32: Int32
    private var end32: Int32
    /// The text's bytes when they fit in 16 (all symbols, most words).
    var packed: PackedText
    /// Where the text is in `FigureTokens.wide` when it does not fit `packed`
    /// (non-ASCII or long words), or -1. An index, not a `String`, keeps the
    /// token plain data: copying it costs no reference counting.
    var wideIndex: Int32 = -1
    /// Words only: what the word can be in a figure (see `FigureLexicon`).
    var cls: FigureWordClass = []
    /// Numbers only: where the numeral is in `FigureTokens.numerals`, or -1.
    var numeralIndex: Int32 = -1
    var scalar: Unicode.Scalar

    private static let spaceBit: UInt8 = 1, capitalBit: UInt8 = 2, allCapsBit: UInt8 = 4, innerBit: UInt8 = 8,
                       possessiveBit: UInt8 = 16

    /// Display offsets, half-open (a block has far fewer than 2^31 scalars).
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    /// Whether white space (or the start of the block) comes right before.
    var spaceBefore: Bool { flags & Self.spaceBit != 0 }
    var capitalized: Bool { flags & Self.capitalBit != 0 }
    var allCaps: Bool { flags & Self.allCapsBit != 0 }
    /// A capital after the first letter: "iPhone", "McDonald".
    var innerUpper: Bool { flags & Self.innerBit != 0 }
    var possessive: Bool { flags & Self.possessiveBit != 0 }

    init(kind: Kind, start: Int, end: Int, spaceBefore: Bool, packed: PackedText, capitalized: Bool, allCaps: Bool,
         innerUpper: Bool = false, possessive: Bool, scalar: Unicode.Scalar) {
        self.kind = kind
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        self.packed = packed
        self.scalar = scalar
        var f: UInt8 = 0
        if spaceBefore { f |= Self.spaceBit }
        if capitalized { f |= Self.capitalBit }
        if allCaps { f |= Self.allCapsBit }
        if innerUpper { f |= Self.innerBit }
        if possessive { f |= Self.possessiveBit }
        flags = f
    }

    /// An ASCII word whose case flags are 0 or 1 (no possessive): the tokenizer's
    /// hot path builds them from case bits, without a branch per flag.
    init(word start: Int, end: Int, spaceBefore: Bool, packed: PackedText, capitalized: UInt32, allCaps: UInt32,
         innerUpper: UInt32, cls: FigureWordClass, scalar: Unicode.Scalar) {
        kind = .word
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        self.packed = packed
        self.cls = cls
        self.scalar = scalar
        let bits = capitalized << 1 | allCaps << 2 | innerUpper << 3
        flags = (spaceBefore ? Self.spaceBit : 0) | UInt8(truncatingIfNeeded: bits)
    }
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
    private(set) var items: [FigureToken] = []
    private(set) var wide: [String] = []
    /// The numerals of the number tokens (see `FigureToken.numeralIndex`).
    private(set) var numerals: [Numeral] = []
    /// `items.count`, stored: the parser's rules test it tens of thousands of times, and the
    /// array's getter was left out of line in their large functions, a call each time.
    let count: Int

    init() { count = 0 }

    init(items: [FigureToken], wide: [String], numerals: [Numeral]) {
        self.items = items
        self.wide = wide
        self.numerals = numerals
        count = items.count
    }
    var isEmpty: Bool { count == 0 }

    subscript(i: Int) -> FigureToken {
        @inline(__always) get { items[i] }
    }

    /// The numeral of token `i`, if it is a number.
    @inline(__always)
    func numeral(_ i: Int) -> Numeral? {
        let k = Int(items[i].numeralIndex)
        return k >= 0 && k < numerals.count ? numerals[k] : nil
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
