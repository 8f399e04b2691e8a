/// Splits display text into words, numerals and symbols in one pass. URLs,
/// e-mail addresses, handles and hashtags are skipped whole: their digits are
/// never figures.
enum FigureTokenizer {
    /// A number token holding `numeral`, whose value is kept beside the tokens.
    @inline(__always)
    private static func appendNumber(_ numeral: Numeral, start: Int, end: Int, spaceBefore: Bool, scalar: Unicode.Scalar,
                                     tokens: inout [FigureToken], numerals: inout [Numeral]) {
        var token = FigureToken(kind: .number, start: start, end: end, spaceBefore: spaceBefore, packed: PackedText(),
                                capitalized: false, allCaps: false, possessive: false, scalar: scalar)
        token.numeralIndex = Int32(truncatingIfNeeded: numerals.count)
        numerals.append(numeral)
        tokens.append(token)
    }

    static func tokenize(_ s: [Unicode.Scalar], isGroupSpace: (Int) -> Bool) -> FigureTokens {
        var tokens = FigureTokens()
        tokenize(s, into: &tokens, isGroupSpace: isGroupSpace)
        return tokens
    }

    /// `tokenize` into `buffer`, whose arrays are emptied and reused: an article's blocks
    /// share one set of arrays instead of allocating and regrowing three per block.
    static func tokenize(_ s: [Unicode.Scalar], into buffer: inout FigureTokens, isGroupSpace: (Int) -> Bool) {
        // Every scalar is read here: a buffer pointer spares the array's bounds checks.
        s.withUnsafeBufferPointer { tokenize($0, into: &buffer, isGroupSpace: isGroupSpace) }
    }

    static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, into buffer: inout FigureTokens,
                         isGroupSpace: (Int) -> Bool) {
        // Moved out of the buffer, so that each array is uniquely referenced while it is filled.
        var tokens = buffer.items, wide = buffer.wide, numerals = buffer.numerals
        buffer = FigureTokens()
        tokens.removeAll(keepingCapacity: true)
        wide.removeAll(keepingCapacity: true)
        numerals.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(s.count / 3 + 1)
        let lexicon = FigureLexicon.table
        let n = s.count
        var i = 0
        var spaceBefore = true
        // Where the current run of non-space characters began, to drop it whole if it is an address.
        var chunkStart = 0
        var chunkFirstToken = 0
        while i < n {
            let c = s[i]
            // Printable ASCII other than the space is never white space: one test for most characters.
            if c.value <= 0x20 || c.value >= 0x7F, c == " " || c.isSpaceOrBreak {
                spaceBefore = true
                i += 1
                continue
            }
            if spaceBefore {
                chunkStart = i
                chunkFirstToken = tokens.count
                // `v | 0x20` is "w" (0x77) for "w" and "W" alone: one test for most words.
                let www = c.value | 0x20 == 0x77 && i + 3 < n && s[i + 1].value | 0x20 == 0x77
                    && s[i + 2].value | 0x20 == 0x77 && s[i + 3] == "."
                if c == "#" || c == "@" || www, let end = addressEnd(s, from: i) {
                    i = end
                    continue
                }
            } else if c == ":" || c == "@" || c == "/", isAddressMark(s, at: i, chunkStart: chunkStart),
                      let end = addressEnd(s, from: chunkStart, bareDomain: c == "/") {
                // "https://…", "name@example.org": drop what was read of it and skip the rest.
                tokens.removeSubrange(chunkFirstToken...)
                i = max(end, i + 1)
                spaceBefore = false
                continue
            }
            if let (token, spaceAfter) = asciiWord(s, from: i, first: c, spaceBefore: spaceBefore, lexicon: lexicon) {
                // Most tokens are plain words: tried first (it rejects anything else at its first test).
                i = token.end
                tokens.append(token)
                // The single space after most words is taken here, not by another turn of the loop.
                if spaceAfter {
                    spaceBefore = true
                    i += 1
                    continue
                }
            } else if c.isDigit {
                // "12 000" with a plain space groups digits, except after a month ("March 19 100 ships").
                let afterMonth = tokens.last.map {
                    $0.kind == .word && $0.cls.contains(.date) && Dates.months[packed: $0.packed] != nil
                } ?? false
                let afterNumber = tokens.last.map { $0.kind == .number || ($0.kind == .symbol && $0.scalar == "+") } ?? false
                let (numeral, end) = NumberScanner.scan(s, from: i, plainSpaceGroups: !afterMonth && !afterNumber,
                                                        isGroupSpace: isGroupSpace)
                appendNumber(numeral, start: i, end: end, spaceBefore: spaceBefore, scalar: c, tokens: &tokens,
                             numerals: &numerals)
                i = end
            } else if c == ".", spaceBefore, i + 1 < n, s[i + 1].isDigit,
                      case let (digits, end) = NumberScanner.scan(s, from: i + 1, isGroupSpace: { _ in false }),
                      digits.decimals == 0, !digits.grouped, !digits.dotted,
                      end + 1 >= n || s[end] != "." || !s[end + 1].isDigit {
                // ".500": a decimal written without its zero (a batting average).
                let numeral = Numeral(value: digits.value.map { $0 / NumberScanner.powerOfTen(digits.integerDigits) },
                                      integerDigits: 0, grouped: false, decimals: digits.integerDigits,
                                      leadingZero: false, dotted: false, vulgarFraction: false)
                appendNumber(numeral, start: i, end: end, spaceBefore: spaceBefore, scalar: c, tokens: &tokens,
                             numerals: &numerals)
                i = end
            } else if let fraction = NumberScanner.vulgarFraction(c) {
                let numeral = Numeral(value: fraction, integerDigits: 0, grouped: false, decimals: 0,
                                      leadingZero: false, dotted: false, vulgarFraction: true)
                var token = FigureToken(kind: .number, start: i, end: i + 1, spaceBefore: spaceBefore,
                                        packed: PackedText(), capitalized: false, allCaps: false, possessive: false,
                                        scalar: c)
                token.numeralIndex = Int32(truncatingIfNeeded: numerals.count)
                numerals.append(numeral)
                tokens.append(token)
                i += 1
            } else if isLetter(c) {
                let token = word(s, from: i, spaceBefore: spaceBefore, lexicon: lexicon, wide: &wide)
                i = token.end
                tokens.append(token)
            } else {
                tokens.append(FigureToken(kind: .symbol, start: i, end: i + 1, spaceBefore: spaceBefore,
                                          packed: symbolText(c), capitalized: false, allCaps: false,
                                          possessive: false, scalar: c))
                i += 1
            }
            spaceBefore = false
        }
        buffer = FigureTokens(items: tokens, wide: wide, numerals: numerals)
    }

    /// A run of letters with inner apostrophes (`don't`, `o'clock`); a final
    /// possessive `'s` is kept in the range but dropped from the text. ASCII
    /// words are lowercased into a `PackedText` and classified from its bytes;
    /// only long or non-ASCII words become strings here.
    private static func word(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, spaceBefore: Bool,
                             lexicon: FigureLexicon.Table, wide: inout [String]) -> FigureToken {
        let n = s.count
        var i = start
        var packed = PackedText()
        var fits = true
        var ascii = true
        var allCaps = true
        var innerUpper = false
        var possessive = false
        while i < n {
            let c = s[i]
            let v = c.value
            if v < 0x80 {
                let lower = v | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    if v <= 0x5A {
                        if i > start { innerUpper = true }
                    } else {
                        allCaps = false
                    }
                    if fits { fits = packed.append(UInt8(truncatingIfNeeded: lower)) }
                    i += 1
                    continue
                }
            } else if isLetter(c) {
                if !c.isUppercaseLetter { allCaps = false }
                ascii = false
                i += 1
                continue
            }
            if c.isSingleQuoteMark, i + 1 < n, s[i + 1].isLetter, i > start {
                let isS = s[i + 1] == "s" || s[i + 1] == "S"
                if isS, i + 2 >= n || !s[i + 2].isLetter {
                    possessive = true
                    i += 2
                    break
                }
                if fits { fits = packed.append(UInt8(ascii: "'")) }
                i += 1
            } else {
                break
            }
        }
        let first = s[start]
        var token = FigureToken(kind: .word, start: start, end: i, spaceBefore: spaceBefore, packed: packed,
                                capitalized: first.isUppercaseLetter, allCaps: allCaps && first.isUppercaseLetter,
                                innerUpper: innerUpper && !allCaps, possessive: possessive, scalar: first)
        if ascii && fits {
            token.cls = lexicon.classes(of: packed)
        } else {
            let text = lowercasedText(s, start, possessive ? i - 2 : i)
            token.packed = PackedText()
            token.wideIndex = Int32(truncatingIfNeeded: wide.count)
            wide.append(text)
            token.cls = lexicon.classes(ofWide: text)
        }
        return token
    }

    /// `word` for the common case, a run of at most 16 ASCII letters not
    /// followed by a letter or an apostrophe, in a loop that keeps its state
    /// in registers; nil for anything else (`word` reads other words in full).
    @inline(__always)
    /// Also tells whether a space follows: it was read here, and reading it again after the
    /// token is stored would load it once more.
    private static func asciiWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, first c: Unicode.Scalar,
                                  spaceBefore: Bool, lexicon: FigureLexicon.Table) -> (FigureToken, spaceAfter: Bool)? {
        let n = s.count
        let first = c.value
        // `v | 0x20` maps both cases of an ASCII letter into "a"..."z", and nothing else there.
        guard (first | 0x20) &- 0x61 < 26 else { return nil }
        // Bit 0x20 of an ASCII letter is set for lower case: OR over all letters (any
        // lower case letter?) and AND over those after the first (any inner capital?).
        var anyLower = first
        var allLowerAfterFirst: UInt32 = 0x20
        var i = start + 1
        // The lowercased bytes are stored into a zeroed 16-byte buffer, at an index taken
        // modulo 16: one store per letter and no test of the length in the loop. A longer
        // word wraps around, and is dropped after the loop.
        var bytes: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &bytes) { b in
            b[0] = UInt8(truncatingIfNeeded: first | 0x20)
            var k = 1
            while i < n {
                let v = s[i].value
                let lower = v | 0x20
                guard lower &- 0x61 < 26 else { break }
                b[k & 15] = UInt8(truncatingIfNeeded: lower)
                anyLower |= v
                allLowerAfterFirst &= v
                k &+= 1
                i &+= 1
            }
        }
        if i &- start > Int(PackedText.capacity) { return nil }
        // Most words end at a space: one test, before those for an apostrophe or a non-ASCII letter.
        var spaceAfter = false
        if i < n {
            let next = s[i]
            if next == " " {
                spaceAfter = true
            } else if next.isSingleQuoteMark || (next.value >= 0x80 && isNonASCIILetter(next)) {
                return nil
            }
        }
        var packed = PackedText()
        // Byte k of the buffer is byte k of `lo` then `hi` on a little-endian machine.
        packed.lo = UInt64(littleEndian: bytes.0)
        packed.hi = UInt64(littleEndian: bytes.1)
        packed.count = UInt8(truncatingIfNeeded: i &- start)
        // The case bits become the token's flags without branches (see `FigureToken.init(word:)`).
        let capitalized = (~first >> 5) & 1
        let allCaps = (~anyLower >> 5) & 1
        let innerUpper = (~allLowerAfterFirst >> 5) & 1
        let token = FigureToken(word: start, end: i, spaceBefore: spaceBefore, packed: packed,
                                capitalized: capitalized, allCaps: allCaps & capitalized,
                                innerUpper: innerUpper & ~allCaps & 1, cls: lexicon.classes(of: packed), scalar: c)
        return (token, spaceAfter)
    }

    /// Kept out of line: the Unicode property lookup needs runtime type
    /// metadata and a stack buffer, which would otherwise be set up on every call
    /// of the function it is inlined into.
    @inline(never)
    private static func isNonASCIILetter(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x80 && isLetter(c)
    }

    /// `c.isLetter` without the Unicode property lookup (hundreds of instructions) for
    /// General Punctuation, U+2000–U+206F: the dashes, curly quotes and ellipses of news
    /// copy, none of which is a letter.
    @inline(__always)
    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value &- 0x2000 <= 0x6F ? false : c.isLetter
    }

    /// The lowercased text of a word that does not fit `PackedText`, single quote marks as `'`.
    private static func lowercasedText(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        // Collected in an array and encoded by hand: appending to a `String.UnicodeScalarView`
        // costs thousands of instructions per word.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(end - start)
        for k in start..<end {
            let c = s[k]
            if c.isSingleQuoteMark {
                scalars.append("'")
            } else if c.value < 0x80 {
                let v = c.value
                scalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(truncatingIfNeeded: v + 0x20)) : c)
            } else {
                // What `String.lowercased()` appends for a scalar, without the one-character string.
                scalars.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return ScalarString.make(scalars, 0, scalars.count)
    }

    /// A symbol's text: its UTF-8 bytes (at most four).
    private static func symbolText(_ c: Unicode.Scalar) -> PackedText {
        var p = PackedText()
        UTF8.encode(c) { byte in _ = p.append(byte) }
        return p
    }

    /// "://" or an "@" between word characters.
    private static func isAddressMark(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, chunkStart: Int) -> Bool {
        if s[i] == ":" { return i + 2 < s.count && s[i + 1] == "/" && s[i + 2] == "/" }
        if s[i] == "/" { return isDomain(s, chunkStart, i) }
        return i > chunkStart && i + 1 < s.count && s[i + 1].isLetter && (s[i - 1].isLetter || s[i - 1].isDigit)
    }

    /// The end of a URL, e-mail address, handle or hashtag starting at `start`, or nil.
    /// `s[from..<to]` reads as a domain name: letters, digits and hyphens in parts joined by
    /// dots, the last part two or more letters ("example.com" in "example.com/2024").
    private static func isDomain(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int) -> Bool {
        guard from < to, to <= s.count else { return false }
        var lastDot = -1
        for k in from..<to {
            let c = s[k]
            if c == "." {
                if k == from || s[k - 1] == "." { return false }
                lastDot = k
            } else if !(c.isASCII && (c.isLetter || c.isDigit || c == "-")) {
                return false
            }
        }
        guard lastDot > from, to - lastDot > 2 else { return false }
        for k in (lastDot + 1)..<to where !s[k].isLetter { return false }
        return true
    }

    private static func addressEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int,
                                   bareDomain: Bool = false) -> Int? {
        let n = s.count
        let first = s[start]
        if first == "#" || first == "@" {
            guard start + 1 < n, s[start + 1].isLetter || s[start + 1].isDigit else { return nil }
            var i = start + 1
            while i < n, !s[i].isSpaceOrBreak { i += 1 }
            return i
        }
        var i = start
        var isAddress = bareDomain
        while i < n, !s[i].isSpaceOrBreak {
            let c = s[i]
            if c == ":", i + 2 < n, s[i + 1] == "/", s[i + 2] == "/" { isAddress = true }
            if c == "@", i > start, i + 1 < n, s[i + 1].isLetter { isAddress = true }
            i += 1
        }
        if !isAddress, i - start >= 4, s[start] == "w" || s[start] == "W", s[start + 1] == "w" || s[start + 1] == "W",
           s[start + 2] == "w" || s[start + 2] == "W", s[start + 3] == "." {
            isAddress = true
        }
        guard isAddress else { return nil }
        // A sentence-ending full stop or bracket after the address is punctuation.
        while i > start, s[i - 1] == "." || s[i - 1] == ")" || s[i - 1] == "," || s[i - 1] == ">" { i -= 1 }
        return i
    }
}
