/// UTF-8 to scalars by hand, for the hot paths (a whole article, every paragraph).
///
/// The generic `unicodeScalars` iterator costs several times more; and arrays made
/// with `Array(unsafeUninitializedCapacity:)` go through a non-inlinable stdlib path
/// that looks up the array's generic metadata on every call (≈400 instructions).
enum ScalarDecoding {
    /// The scalars of valid UTF-8 `bytes` (a `String`'s storage). A paragraph's array is
    /// allocated through the specialized growth path (decoded into temporary storage, then
    /// copied); a long text, where the copy would cost more than the lookup, directly.
    static func scalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        guard !bytes.isEmpty else { return result }
        if bytes.count > 512 {
            return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                count = decode(bytes, into: buffer)
            }
        }
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: bytes.count) { buffer in
            let count = decode(bytes, into: buffer)
            result.reserveCapacity(count)
            result.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
        return result
    }

    /// Decodes `bytes` into `out` (room for `bytes.count` scalars); returns the scalar count.
    /// A malformed sequence (a `String` holds none) becomes U+FFFD; a truncated tail ends the text.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        guard let source = bytes.baseAddress, let target = out.baseAddress else { return 0 }
        let end = min(bytes.count, out.count)
        // Unicode.Scalar is a UInt32 in memory; widening bytes to UInt32 is a loop the compiler vectorizes.
        let wide = UnsafeMutableRawPointer(target).assumingMemoryBound(to: UInt32.self)
        var i = 0, n = 0
        while i < end {
            let runEnd = asciiRunEnd(bytes, from: i)
            if runEnd > i {
                let from = source + i, to = wide + n
                for k in 0..<(runEnd &- i) { to[k] = UInt32(from[k]) }
                n &+= runEnd &- i
                i = runEnd
                if i >= end { break }
            }
            let b0 = UInt32(source[i])
            var v = b0, length = 1
            if b0 >= 0xF0 {
                length = 4
                guard i + 3 < end else { break }
                v = (b0 & 0x07) << 18 | (UInt32(source[i + 1]) & 0x3F) << 12
                    | (UInt32(source[i + 2]) & 0x3F) << 6 | (UInt32(source[i + 3]) & 0x3F)
            } else if b0 >= 0xE0 {
                length = 3
                guard i + 2 < end else { break }
                v = (b0 & 0x0F) << 12 | (UInt32(source[i + 1]) & 0x3F) << 6 | (UInt32(source[i + 2]) & 0x3F)
            } else if b0 >= 0xC0 {
                length = 2
                guard i + 1 < end else { break }
                v = (b0 & 0x1F) << 6 | (UInt32(source[i + 1]) & 0x3F)
            }
            target[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
            n &+= 1
            i &+= length
        }
        return n
    }

    /// The end of the run of ASCII bytes starting at `from`, eight bytes at a time.
    @inline(__always)
    static func asciiRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard let base = bytes.baseAddress else { return from }
        let raw = UnsafeRawPointer(base)
        let end = bytes.count
        var i = from
        while i &+ 8 <= end {
            // Little-endian order puts the first byte lowest, so the first high bit is the lowest set bit.
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & 0x8080_8080_8080_8080
            if word != 0 { return i &+ word.trailingZeroBitCount >> 3 }
            i &+= 8
        }
        while i < end, base[i] < 0x80 { i &+= 1 }
        return i
    }
}
