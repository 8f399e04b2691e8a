/// Slices an article's source by scalar offsets for the figures' `text`.
/// Figures come in source order, so the cursor walks the UTF-8 bytes forward
/// from the previous slice instead of seeking from a checkpoint each time;
/// the whole article costs one pass (a slice behind the cursor restarts it).
struct SourceCursor {
    private let string: String
    private let scalarCount: Int
    /// ASCII text: scalar offsets are byte offsets.
    private let ascii: Bool
    private var scalar = 0
    private var byte = 0

    init(_ source: SourceText) {
        string = source.string
        scalarCount = source.scalarCount
        ascii = source.scalarCount == source.string.utf8.count
    }

    /// The UTF-8 offset of scalar `target`, clamped to the text like `SourceText.utf8Offset(ofScalar:)`.
    mutating func byteOffset(ofScalar target: Int) -> Int {
        let target = min(max(target, 0), scalarCount)
        if ascii { return target }
        if target < scalar {
            scalar = 0
            byte = 0
        }
        let found = string.utf8.withContiguousStorageIfAvailable { b -> Int in
            walk(b, to: target)
            return byte
        }
        if let found { return found }
        // Not contiguous (SourceText makes it so): count from the start.
        let view = string.utf8
        return view.distance(from: view.startIndex,
                             to: string.unicodeScalars.index(string.unicodeScalars.startIndex, offsetBy: target))
    }

    /// Advances `byte`/`scalar` to scalar `target` over the bytes `b`.
    private mutating func walk(_ b: UnsafeBufferPointer<UInt8>, to target: Int) {
        let n = b.count
        // Eight bytes at a time while the target is at least eight scalars away: a
        // scalar starts at every byte that is not a continuation byte (10xxxxxx).
        if let base = UnsafeRawPointer(b.baseAddress) {
            // In locals, not the stored properties, so that the loop keeps them in registers.
            var s = scalar, o = byte
            // Thirty-two bytes at a time first: news copy is mostly ASCII, where one test of
            // four words counts 32 scalars.
            while target - s >= 32, o + 32 <= n {
                let w0 = base.loadUnaligned(fromByteOffset: o, as: UInt64.self)
                let w1 = base.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self)
                let w2 = base.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self)
                let w3 = base.loadUnaligned(fromByteOffset: o + 24, as: UInt64.self)
                if (w0 | w1 | w2 | w3) & 0x8080_8080_8080_8080 != 0 { break }
                s &+= 32
                o &+= 32
            }
            while target - s >= 8, o + 8 <= n {
                // One load; the count below does not depend on the byte order.
                let word = base.loadUnaligned(fromByteOffset: o, as: UInt64.self)
                // One bit per continuation byte at the bottom of its byte; the multiply sums the
                // bytes (`nonzeroBitCount` is a long bit-twiddling sequence without POPCNT).
                let continuations = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                s &+= 8 &- Int(truncatingIfNeeded: (continuations &* 0x0101_0101_0101_0101) >> 56)
                o &+= 8
            }
            scalar = s
            byte = o
        }
        // The block may have ended inside a scalar: its continuation bytes are already counted.
        while byte < n, b[byte] & 0xC0 == 0x80 { byte += 1 }
        // Strings hold valid UTF-8: the lead byte gives the scalar's length.
        while scalar < target, byte < n {
            let lead = b[byte]
            byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            scalar += 1
        }
        byte = min(byte, n)
    }

    /// The same text as `SourceText.slice(range)`.
    mutating func slice(_ range: SourceRange) -> String {
        let lower = byteOffset(ofScalar: range.start)
        let upper = max(lower, byteOffset(ofScalar: range.end))
        let sliced = string.utf8.withContiguousStorageIfAvailable { b in
            String(decoding: UnsafeBufferPointer(rebasing: b[lower..<upper]), as: UTF8.self)
        }
        if let sliced { return sliced }
        let view = string.utf8
        return String(decoding: view[view.index(view.startIndex, offsetBy: lower)..<view.index(view.startIndex, offsetBy: upper)],
                      as: UTF8.self)
    }
}
