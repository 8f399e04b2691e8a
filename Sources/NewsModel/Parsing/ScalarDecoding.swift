/// UTF-8 to scalars by hand, for the hot paths (a whole article, every paragraph).
///
/// The generic `unicodeScalars` iterator costs several times more; and arrays made
/// with `Array(unsafeUninitializedCapacity:)` go through a non-inlinable stdlib path
/// that looks up the array's generic metadata on every call (≈400 instructions).
enum ScalarDecoding {
    /// The scalars of valid UTF-8 `bytes` (a `String`'s storage), decoded straight into
    /// the new array's storage (room for one scalar per byte is reserved first).
    static func scalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        guard !bytes.isEmpty else { return result }
        result.reserveCapacity(bytes.count)
        result.append(contentsOf: UTF8Scalars(bytes: bytes))
        return result
    }

    /// Decodes `bytes` from byte offset `start` into `out` until either runs out; returns
    /// the scalars written and the byte offset after them. A malformed sequence (a
    /// `String` holds none) becomes U+FFFD; a truncated tail ends the text.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0,
                       into out: UnsafeMutableBufferPointer<Unicode.Scalar>) -> (count: Int, next: Int) {
        guard let source = bytes.baseAddress, let target = out.baseAddress else { return (0, start) }
        let end = bytes.count, room = out.count
        // Unicode.Scalar is a UInt32 in memory; widening bytes to UInt32 is a loop the compiler vectorizes.
        let wide = UnsafeMutableRawPointer(target).assumingMemoryBound(to: UInt32.self)
        var i = max(start, 0), n = 0
        while i < end, n < room {
            let runEnd = min(asciiRunEnd(bytes, from: i), i &+ (room &- n))
            if runEnd > i {
                let from = source + i, to = wide + n
                for k in 0..<(runEnd &- i) { to[k] = UInt32(from[k]) }
                n &+= runEnd &- i
                i = runEnd
                continue
            }
            let b0 = UInt32(source[i])
            var v = b0, length = 1
            if b0 >= 0xF0 {
                length = 4
                guard i + 3 < end else { return (n, end) }
                v = (b0 & 0x07) << 18 | (UInt32(source[i + 1]) & 0x3F) << 12
                    | (UInt32(source[i + 2]) & 0x3F) << 6 | (UInt32(source[i + 3]) & 0x3F)
            } else if b0 >= 0xE0 {
                length = 3
                guard i + 2 < end else { return (n, end) }
                v = (b0 & 0x0F) << 12 | (UInt32(source[i + 1]) & 0x3F) << 6 | (UInt32(source[i + 2]) & 0x3F)
            } else if b0 >= 0xC0 {
                length = 2
                guard i + 1 < end else { return (n, end) }
                v = (b0 & 0x1F) << 6 | (UInt32(source[i + 1]) & 0x3F)
            }
            target[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
            n &+= 1
            i &+= length
        }
        return (n, i)
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

/// Valid UTF-8 seen as its scalars. Appended to an array with room reserved, it is decoded
/// straight into the array's storage through `_copyContents` (the standard library's hook
/// for bulk copies): no temporary buffer, no second copy, and none of the generic metadata
/// lookup that `Array(unsafeUninitializedCapacity:)` makes on every call (≈400 instructions).
struct UTF8Scalars: Sequence {
    let bytes: UnsafeBufferPointer<UInt8>

    struct Iterator: IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset: Int

        /// One scalar at a time: only reached when the array had no room for all of them.
        mutating func next() -> Unicode.Scalar? {
            guard offset >= 0, offset < bytes.count else { return nil }
            if bytes[offset] < 0x80 {
                offset += 1
                return Unicode.Scalar(bytes[offset - 1])
            }
            var scalar = Unicode.Scalar(UInt8(0))
            let (count, next) = withUnsafeMutablePointer(to: &scalar) {
                ScalarDecoding.decode(bytes, from: offset, into: UnsafeMutableBufferPointer(start: $0, count: 1))
            }
            offset = count == 1 ? next : bytes.count
            return count == 1 ? scalar : nil
        }
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes, offset: 0) }

    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Unicode.Scalar>) -> (Iterator, Int) {
        let (count, next) = ScalarDecoding.decode(bytes, into: buffer)
        return (Iterator(bytes: bytes, offset: next), count)
    }
}
