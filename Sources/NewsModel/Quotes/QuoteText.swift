/// Strings of a few scalars for names and roles, sized exactly: a string asked for with
/// room for more than 15 UTF-8 bytes is allocated on the heap even when the text would fit
/// inline, and most words and short roles fit inline.
enum QuoteText {
    /// The scalars `s[from..<to]` as a string.
    static func make(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> String {
        s.withUnsafeBufferPointer { make($0, from, to) }
    }

    static func make(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int) -> String {
        let from = max(0, from), to = min(to, s.count)
        guard from < to else { return "" }
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
}
