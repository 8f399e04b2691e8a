/// Up to 16 bytes of UTF-8 held inline and zero-padded. Most tokens are short
/// ASCII words: keeping their lowercased bytes in two integers lets the
/// tokenizer classify every word without building a `String`, and builds one
/// only for the few tokens the parser actually reads.
struct PackedText: Sendable, Equatable {
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    var count: UInt8 = 0

    static let capacity: UInt8 = 16

    /// Appends a byte; false when there is no room left (the text stays as it was).
    @inline(__always)
    mutating func append(_ byte: UInt8) -> Bool {
        if count < 8 {
            lo |= UInt64(byte) << (8 * UInt64(count))
        } else if count < Self.capacity {
            hi |= UInt64(byte) << (8 * UInt64(count - 8))
        } else {
            return false
        }
        count += 1
        return true
    }

    /// The UTF-8 bytes of `s` when they fit, or nil.
    init?(_ s: String) {
        // Over the contiguous UTF-8 (a small string is copied to the stack): the generic
        // `utf8` iterator cost hundreds of instructions per word when the word tables are built.
        var s = s
        let packed = s.withUTF8 { bytes -> PackedText? in
            guard bytes.count <= Int(Self.capacity) else { return nil }
            var p = PackedText()
            for byte in bytes where byte == 0 || !p.append(byte) { return nil }
            return p
        }
        guard let packed else { return nil }
        self = packed
    }

    init() {}

    var string: String {
        let n = Int(count)
        return String(unsafeUninitializedCapacity: n) { buffer in
            var word = lo
            for k in 0..<n {
                if k == 8 { word = hi }
                buffer[k] = UInt8(truncatingIfNeeded: word)
                word >>= 8
            }
            return n
        }
    }

    /// A hash for the lexicon's open-addressing table (Fibonacci hashing).
    @inline(__always)
    func hash(bits: Int) -> Int {
        let h = (lo &* 0x9E37_79B9_7F4A_7C15) ^ (hi &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        return Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }
}
