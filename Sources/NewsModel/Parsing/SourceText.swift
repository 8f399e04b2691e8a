/// The decoded text of an article, sliceable by code-point offsets in O(1).
///
/// Articles are kept as UTF-8 `String`s (a quarter of the memory of a scalar
/// array); a checkpoint every `stride` scalars turns a code-point offset into a
/// UTF-8 offset without walking the whole string.
public struct SourceText: Sendable {
    public let string: String
    public let scalarCount: Int
    /// UTF-8 offset of every `stride`-th scalar; empty when the text is ASCII.
    private let checkpoints: [Int32]
    /// A power of two (the offset is masked, not divided).
    private static let stride = 64

    public init(_ string: String) {
        var s = string
        s.makeContiguousUTF8()
        self.string = s
        let (count, points) = s.utf8.withContiguousStorageIfAvailable(Self.index) ?? (s.unicodeScalars.count, [])
        self.scalarCount = count
        self.checkpoints = points
    }

    /// The scalar count of UTF-8 `bytes` and the offset of every `stride`-th scalar
    /// (none when all are ASCII). Scalars start at every byte that is not a
    /// continuation byte (10xxxxxx); they are counted 32 bytes at a time.
    private static func index(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, [Int32]) {
        let n = bytes.count
        let asciiEnd = ScalarDecoding.asciiRunEnd(bytes, from: 0)
        guard asciiEnd < n, let base = bytes.baseAddress else { return (n, []) }
        var points: [Int32] = []
        points.reserveCapacity(n / stride + 1)
        // Up to the first non-ASCII byte, scalar offsets are byte offsets.
        var offset = 0
        while offset < asciiEnd {
            points.append(Int32(truncatingIfNeeded: offset))
            offset += stride
        }
        var count = asciiEnd
        offset = asciiEnd
        let raw = UnsafeRawPointer(base)
        while offset + 32 <= n {
            let w0 = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let w1 = raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
            let w2 = raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)
            let w3 = raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)
            // Most stretches of 32 bytes are ASCII: 32 scalars.
            let ascii = (w0 | w1 | w2 | w3) & 0x8080_8080_8080_8080 == 0
            var starts = 32
            if !ascii {
                // One bit per continuation byte at the bottom of its byte; the multiply sums the bytes.
                let continuation = Self.continuationBits(w0) + Self.continuationBits(w1)
                    + Self.continuationBits(w2) + Self.continuationBits(w3)
                starts -= Int(truncatingIfNeeded: (continuation &* 0x0101_0101_0101_0101) >> 56)
            }
            // The first multiple of `stride` at or after `count`: at most one falls in 32 scalars.
            let due = (count + stride - 1) & ~(stride - 1)
            if due < count + starts {
                if ascii {
                    points.append(Int32(truncatingIfNeeded: offset + due - count))
                } else {
                    var scalar = count
                    for k in offset..<(offset + 32) where bytes[k] & 0xC0 != 0x80 {
                        if scalar == due { points.append(Int32(truncatingIfNeeded: k)) }
                        scalar += 1
                    }
                }
            }
            count += starts
            offset += 32
        }
        while offset < n {
            if bytes[offset] & 0xC0 != 0x80 {
                if count & (stride - 1) == 0 { points.append(Int32(truncatingIfNeeded: offset)) }
                count += 1
            }
            offset += 1
        }
        return (count, points)
    }

    /// A 1 at the bottom of each byte of `word` that is a UTF-8 continuation byte (10xxxxxx).
    @inline(__always)
    private static func continuationBits(_ word: UInt64) -> UInt64 {
        (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
    }

    /// The UTF-8 offset of the scalar at `offset` (clamped to the text).
    public func utf8Offset(ofScalar offset: Int) -> Int {
        let offset = min(max(offset, 0), scalarCount)
        if checkpoints.isEmpty { return offset }
        let checkpoint = offset / Self.stride
        if checkpoint >= checkpoints.count { return string.utf8.count }
        let start = Int(checkpoints[checkpoint])
        let steps = offset - checkpoint * Self.stride
        // The storage is contiguous (see init): walk its bytes rather than String indices.
        if let found = string.utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            var utf8 = start, remaining = steps
            // Runs of ASCII (one byte per scalar) are crossed eight bytes at a time.
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while remaining >= 8, utf8 + 8 <= bytes.count,
                      base.loadUnaligned(fromByteOffset: utf8, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    utf8 += 8
                    remaining -= 8
                }
            }
            while remaining > 0, utf8 < bytes.count {
                let byte = bytes[utf8]
                utf8 += byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                remaining -= 1
            }
            return utf8
        }) {
            return found
        }
        var utf8 = start, remaining = steps
        let view = string.utf8
        var index = view.index(view.startIndex, offsetBy: utf8)
        while remaining > 0, index < view.endIndex {
            let byte = view[index]
            let width = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            utf8 += width
            index = view.index(index, offsetBy: width)
            remaining -= 1
        }
        return utf8
    }

    /// The text of `range`, exactly as it stands in the source. Copied straight from the
    /// UTF-8 storage: going through `String.Index` and `Substring` cost three times more.
    public func slice(_ range: SourceRange) -> String {
        let lower = utf8Offset(ofScalar: range.start)
        let upper = max(lower, utf8Offset(ofScalar: range.end))
        if let text = string.utf8.withContiguousStorageIfAvailable({ bytes in
            let from = min(lower, bytes.count)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<min(upper, bytes.count)]), as: UTF8.self)
        }) {
            return text
        }
        let view = string.utf8
        return String(string[view.index(view.startIndex, offsetBy: lower)..<view.index(view.startIndex, offsetBy: upper)])
    }

    /// All scalars, for a single linear pass by a parser or extractor.
    public func scalarArray() -> [Unicode.Scalar] {
        ScalarString.scalars(string)
    }
}
