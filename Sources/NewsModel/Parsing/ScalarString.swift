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

    /// All scalars of `text`, decoded by hand from its UTF-8 storage.
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { ScalarDecoding.scalars($0) }
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
