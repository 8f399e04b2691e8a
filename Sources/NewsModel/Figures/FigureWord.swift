/// The lowercased text of a token as the parser reads it: its packed bytes,
/// or a `String` for the few words that do not fit. Comparing it with a
/// literal or looking it up in a `WordTable` costs no `String` and no hashing
/// for the packed words that make up nearly all tokens.
struct FigureWord: Sendable, Equatable, ExpressibleByStringLiteral {
    var packed: PackedText
    /// The text when it does not fit `packed` (non-ASCII or longer than 16 bytes).
    var wide: String?

    init(packed: PackedText, wide: String?) {
        self.packed = packed
        self.wide = wide
    }

    @inline(__always)
    init(stringLiteral value: StaticString) {
        var p = PackedText()
        var fits = true
        value.withUTF8Buffer { bytes in
            for byte in bytes where byte == 0 || !p.append(byte) {
                fits = false
                break
            }
        }
        if fits {
            packed = p
            wide = nil
        } else {
            packed = PackedText()
            wide = value.description
        }
    }

    /// A word held the way a token would hold it.
    init(_ s: String) {
        if let p = PackedText(s) {
            packed = p
            wide = nil
        } else {
            packed = PackedText()
            wide = s
        }
    }

    var string: String { wide ?? packed.string }

    /// Equal texts, whichever way they are held: a wide word may still lowercase
    /// to short ASCII (the Kelvin sign becomes "k"), so mixed pairs compare strings.
    @inline(__always)
    static func == (a: FigureWord, b: FigureWord) -> Bool {
        if a.wide == nil && b.wide == nil { return a.packed == b.packed }
        return a.string == b.string
    }

    /// Characters, as `string.count` counts them (packed words are ASCII).
    var count: Int { wide.map { $0.count } ?? Int(packed.count) }

    var utf8Count: Int { wide.map { $0.utf8.count } ?? Int(packed.count) }

    /// `string.hasSuffix(suffix)`; packed words are ASCII, where bytes are characters.
    /// Inlined: the suffix is a literal, whose bytes are then known where it is called.
    @inline(__always)
    func hasSuffix(_ suffix: StaticString) -> Bool {
        if let wide { return wide.hasSuffix(suffix.description) }
        let n = Int(packed.count), m = suffix.utf8CodeUnitCount
        guard m <= n else { return false }
        return suffix.withUTF8Buffer { s in
            for k in 0..<m where byte(n - m + k) != s[k] { return false }
            return true
        }
    }

    /// Byte `k` of a packed word.
    @inline(__always)
    private func byte(_ k: Int) -> UInt8 {
        let word = k >= 8 ? packed.hi : packed.lo
        return UInt8(truncatingIfNeeded: word >> (8 * UInt64(k & 7)))
    }

    /// The last byte of a packed word, or nil.
    private var lastPackedByte: UInt8? {
        let n = Int(packed.count)
        guard n > 0 else { return nil }
        let word = n > 8 ? packed.hi : packed.lo
        return UInt8(truncatingIfNeeded: word >> (8 * UInt64((n - 1) & 7)))
    }

    /// `string.hasSuffix("s")` without building the string for packed words.
    @inline(__always)
    var endsWithS: Bool {
        if let wide { return wide.hasSuffix("s") }
        return lastPackedByte == UInt8(ascii: "s")
    }
}
