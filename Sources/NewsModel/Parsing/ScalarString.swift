/// Strings made from a run of scalars. Appending a slice to a
/// `String.UnicodeScalarView` goes through an unspecialized generic path that
/// costs thousands of instructions per word; encoding the UTF-8 by hand does not.
enum ScalarString {
    /// The scalars `s[from..<to]` as a string.
    static func make(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int) -> String {
        let from = max(0, from), to = min(to, s.count)
        guard from < to else { return "" }
        // Sized exactly: a string asked for with room for more than 15 UTF-8 bytes goes to the
        // heap even when its text would fit inline, and most words and names do fit.
        var count = 0
        for k in from..<to {
            let v = s[k].value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var n = 0
            for k in from..<to {
                let v = s[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: v)
                    n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    n += 3
                } else {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }

    static func make(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> String {
        s.withUnsafeBufferPointer { make($0, from, to) }
    }

    /// All scalars of `text`. Plain ASCII text (most news prose) is widened byte by byte
    /// from its UTF-8 storage, other text decoded by hand.
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        let ascii: [Unicode.Scalar]? = text.withUTF8 { bytes in
            var all: UInt8 = 0
            for b in bytes { all |= b }
            guard all < 0x80 else { return nil }
            return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                for k in 0..<bytes.count { buffer[k] = Unicode.Scalar(bytes[k]) }
                count = bytes.count
            }
        }
        if let ascii { return ascii }
        // A String's storage is valid UTF-8, decoded here by hand (the generic iterator costs
        // several times more); a malformed tail, which cannot occur, would end the array early.
        let decoded: [Unicode.Scalar]? = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0, n = 0
                let end = bytes.count
                let base = UnsafeRawPointer(bytes.baseAddress)
                while i < end {
                    // Runs of ASCII (most of any English text) are widened eight bytes at a time.
                    if let base, i + 8 <= end,
                       base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        for k in 0..<8 { buffer[n + k] = Unicode.Scalar(bytes[i + k]) }
                        n += 8
                        i += 8
                        continue
                    }
                    let b0 = UInt32(bytes[i])
                    if b0 < 0x80 {
                        buffer[n] = Unicode.Scalar(UInt8(truncatingIfNeeded: b0))
                        n += 1
                        i += 1
                        continue
                    }
                    var v = b0, length = 1
                    if b0 >= 0xF0 {
                        length = 4
                        guard i + 3 < end else { break }
                        v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
                            | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
                    } else if b0 >= 0xE0 {
                        length = 3
                        guard i + 2 < end else { break }
                        v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
                    } else if b0 >= 0xC0 {
                        length = 2
                        guard i + 1 < end else { break }
                        v = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
                    }
                    buffer[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    n += 1
                    i += length
                }
                count = n
            }
        }
        if let decoded { return decoded }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { out.append(scalar) }
        return out
    }

    /// The end of the run of text starting at `from` (before `to`) that needs no attention
    /// from a line or block scanner: printable ASCII, and single plain spaces between it.
    @inline(__always)
    static func plainRunEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> Int {
        var j = from
        while j < to {
            let w = s[j].value
            if w <= 0x20 || w >= 0x7F {
                guard w == 0x20, j &+ 1 < to else { break }
                let x = s[j &+ 1].value
                guard x > 0x20, x < 0x7F else { break }
            }
            j &+= 1
        }
        return j
    }
}
