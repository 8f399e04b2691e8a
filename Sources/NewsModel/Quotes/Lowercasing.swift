extension String {
    /// The same as `lowercased()`, with ASCII text lowercased byte by byte: the general
    /// routine costs about a thousand instructions even for a short ASCII word, and names,
    /// roles and descriptions are lowercased for every mention. The bytes are read through
    /// `withUTF8`, much cheaper per byte than the `utf8` view's iterator.
    var quickLowercased: String {
        var copy = self
        var ascii = true, upper = false
        copy.withUTF8 { u in
            for b in u {
                if b >= 0x80 { ascii = false; break }
                if b >= 0x41 && b <= 0x5A { upper = true }
            }
        }
        guard ascii else { return Self.lowercasing(unicodeScalars) }
        guard upper else { return self }
        return copy.withUTF8 { u in
            String(unsafeUninitializedCapacity: u.count) { buffer in
                for k in 0..<u.count {
                    let b = u[k]
                    buffer[k] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                }
                return u.count
            }
        }
    }

    /// `lowercased()` of these scalars. The standard routine builds a string for every scalar's
    /// mapping (thousands of instructions for a short name beyond ASCII); it maps each scalar on
    /// its own, with no context, so here the scalars that do not change when lowercased (a Unicode
    /// property, cheap to read) are written as they are and only the others are mapped, straight
    /// into the new string's UTF-8, whose length is counted first.
    static func lowercasing<Scalars: Collection>(_ scalars: Scalars) -> String where Scalars.Element == Unicode.Scalar {
        var count = 0
        for u in scalars {
            if let known = knownLowercase(u.value) {
                count += utf8Length(known)
            } else if !u.properties.changesWhenLowercased {
                count += utf8Length(u.value)
            } else {
                count += u.properties.lowercaseMapping.utf8.count
            }
        }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var n = 0
            func put(_ v: UInt32) {
                let length = utf8Length(v)
                guard n + length <= buffer.count else { return }
                switch length {
                case 1:
                    buffer[n] = UInt8(truncatingIfNeeded: v)
                case 2:
                    buffer[n] = 0xC0 | UInt8(truncatingIfNeeded: v >> 6)
                    buffer[n + 1] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
                case 3:
                    buffer[n] = 0xE0 | UInt8(truncatingIfNeeded: v >> 12)
                    buffer[n + 1] = 0x80 | UInt8(truncatingIfNeeded: (v >> 6) & 0x3F)
                    buffer[n + 2] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
                default:
                    buffer[n] = 0xF0 | UInt8(truncatingIfNeeded: v >> 18)
                    buffer[n + 1] = 0x80 | UInt8(truncatingIfNeeded: (v >> 12) & 0x3F)
                    buffer[n + 2] = 0x80 | UInt8(truncatingIfNeeded: (v >> 6) & 0x3F)
                    buffer[n + 3] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
                }
                n += length
            }
            for u in scalars {
                if let known = knownLowercase(u.value) {
                    put(known)
                } else if !u.properties.changesWhenLowercased {
                    put(u.value)
                } else {
                    for m in u.properties.lowercaseMapping.unicodeScalars { put(m.value) }
                }
            }
            return n
        }
    }

    /// The lowercase of scalar `v` where it is known without the Unicode tables (each look-up
    /// costs hundreds of instructions): ASCII, Latin-1 (capitals À to Þ, but not ×, map 0x20
    /// up, the rest to themselves) and General Punctuation (curly quotes, dashes: no case); nil
    /// for others.
    @inline(__always)
    private static func knownLowercase(_ v: UInt32) -> UInt32? {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? v + 0x20 : v }
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 ? v + 0x20 : v }
        if v >= 0x2000 && v <= 0x206F { return v }
        return nil
    }

    private static func utf8Length(_ v: UInt32) -> Int { v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }

    /// The last UTF-8 byte, as `utf8.last` gives it, without the view's generic index walk.
    var lastUTF8Byte: UInt8? {
        var copy = self
        return copy.withUTF8 { $0.last }
    }
}
