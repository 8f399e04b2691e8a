/// Slices an article's source by scalar offsets for the figures' `text`.
/// Figures come in source order, so the cursor walks the UTF-8 bytes forward
/// from the previous slice instead of seeking from a checkpoint each time;
/// the whole article costs one pass (a slice behind the cursor restarts it).
struct SourceCursor {
    private let bytes: [UInt8]
    private let scalarCount: Int
    private var scalar = 0
    private var byte = 0

    init(_ source: SourceText) {
        bytes = Array(source.string.utf8)
        scalarCount = source.scalarCount
    }

    /// The UTF-8 offset of scalar `target`, clamped to the text like `SourceText.utf8Offset(ofScalar:)`.
    mutating func byteOffset(ofScalar target: Int) -> Int {
        let target = min(max(target, 0), scalarCount)
        if target < scalar {
            scalar = 0
            byte = 0
        }
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            // Strings hold valid UTF-8: the lead byte gives the scalar's length.
            while scalar < target, byte < n {
                let lead = b[byte]
                byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                scalar += 1
            }
            byte = min(byte, n)
        }
        return byte
    }

    /// The same text as `SourceText.slice(range)`.
    mutating func slice(_ range: SourceRange) -> String {
        let lower = byteOffset(ofScalar: range.start)
        let upper = byteOffset(ofScalar: range.end)
        return String(decoding: bytes[lower..<max(lower, upper)], as: UTF8.self)
    }
}
