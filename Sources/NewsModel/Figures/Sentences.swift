/// Sentence boundaries in a block's display text: a terminal mark (and any
/// closing quotes or brackets) followed by a space and a capital, digit or
/// quotation mark, unless the mark ends an abbreviation or an initial.
enum Sentences {
    /// Words whose period does not end a sentence (see `Abbreviations`).
    static let abbreviations = WordSet(Abbreviations.words)

    /// "!", "." and "?" as bits of their code points (all below 0x40).
    fileprivate static let asciiTerminals: UInt64 = 1 << 0x21 | 1 << 0x2E | 1 << 0x3F

    /// `asciiTerminals` and bit 0, which stands for every scalar from "…" (U+2026) on.
    fileprivate static let candidateBits: UInt64 = asciiTerminals | 1

    /// The display ranges of the sentences of a text, in order, covering it,
    /// one at a time: a block's figures need only the sentences up to the last one.
    /// Holds the text's buffer: valid only while the storage it points into is.
    struct Cursor {
        private let s: UnsafeBufferPointer<Unicode.Scalar>
        /// The text's tokens: a word holds only letters and single quote marks, never a
        /// sentence mark, so the scan steps over each word whole instead of by its letters.
        private let words: [FigureToken]
        private var start = 0
        private var i = 0
        /// The first token not yet behind the scan.
        private var k = 0

        init(_ s: UnsafeBufferPointer<Unicode.Scalar>, tokens: [FigureToken] = []) {
            self.s = s
            self.words = tokens
        }

        mutating func next() -> Range<Int>? {
            // Every scalar is read here: buffer pointers spare the arrays' bounds checks.
            let (found, scanned, token) = words.withUnsafeBufferPointer {
                Self.next(in: s, words: $0, from: i, token: k)
            }
            i = scanned
            k = token
            if let end = found {
                let sentence = start..<end
                start = end + 1
                return sentence
            }
            let n = s.count
            guard start < n else { return nil }
            defer { start = n }
            return start..<n
        }

        /// The end of the next sentence at or after `from` that is followed by
        /// another, and where to go on scanning; nil when the text ends first.
        private static func next(in s: UnsafeBufferPointer<Unicode.Scalar>, words t: UnsafeBufferPointer<FigureToken>,
                                 from: Int, token: Int) -> (Int?, Int, Int) {
            let n = s.count
            let m = t.count
            var i = from
            var k = token
            while i < n {
                while k < m, t[k].start < i { k &+= 1 }
                // Token by token while none can end a sentence: words (letters and single quote
                // marks), numerals (whose "." is always followed by a digit) and symbols other than
                // the marks. In display text a lone scalar between two tokens is a space, which
                // ends nothing either; anything else between them (an address the tokenizer
                // dropped) is scanned by its scalars below.
                while k < m {
                    let start = t[k].start
                    guard start == i || (start == i &+ 1 && s[i] == " ") else { break }
                    let end = t[k].end
                    guard end > start, t[k].kind != .symbol || !mayEnd(t[k].scalar) else {
                        i = start
                        break
                    }
                    i = end
                    k &+= 1
                }
                guard i < n else { break }
                let c = s[i]
                guard mayEnd(c) else {
                    i += 1
                    continue
                }
                var j = i + 1
                while j < n, s[j].isSentenceTerminal || s[j].isQuoteMark || s[j] == ")" || s[j] == "]" { j += 1 }
                guard j + 1 < n, s[j] == " " else { i = j; continue }
                let next = s[j + 1]
                guard next.isUppercaseLetter || next.isDigit || next.isQuoteMark || next == "(" else { i = j; continue }
                if c == ".", Sentences.isAbbreviation(s, dot: i) { i = j; continue }
                return (j, j + 1, k)
            }
            return (nil, i, k)
        }
    }

    /// Whether `c` may end a sentence: a bit mask rejects nearly everything without the full test.
    /// Letters and most punctuation lie between "?" and "…", and below "?" only "!", "." and "?"
    /// end sentences. Each scalar maps to a bit of one mask: its own below "@", bit 0 (set) from
    /// "…" on, bit 0x20 (the space, clear) between; one shift and test, without branches on the
    /// range (letters and spaces alternate too often for those to be predicted).
    @inline(__always)
    fileprivate static func mayEnd(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        let bit = v < 0x40 ? v : (v >= 0x2026 ? 0 : 0x20)
        return (candidateBits &>> UInt64(bit)) & 1 != 0 && (bit != 0 || c.isSentenceTerminal)
    }

    fileprivate static func isAbbreviation(_ s: UnsafeBufferPointer<Unicode.Scalar>, dot: Int) -> Bool {
        var k = dot
        while k > 0, s[k - 1].isLetter, dot - k < 8 {
            k -= 1
        }
        if dot - k >= 8 { return false }
        if k == dot { return false }
        // An initial ("J. Smith") or a dotted abbreviation ("U.S.", "a.m.").
        if dot - k == 1 { return true }
        if k > 0, s[k - 1] == "." { return true }
        // At most seven letters: ASCII ones are lowercased into packed bytes, without a `String`.
        var packed = PackedText()
        for p in k..<dot {
            let v = s[p].value
            guard v < 0x80 else {
                var word = ""
                for q in k..<dot { word.unicodeScalars.append(s[q]) }
                return abbreviations.contains(word.lowercased())
            }
            _ = packed.append(UInt8(truncatingIfNeeded: v | 0x20))
        }
        return abbreviations.contains(FigureWord(packed: packed, wide: nil))
    }
}
