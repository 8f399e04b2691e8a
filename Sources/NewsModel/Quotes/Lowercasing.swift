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
        guard ascii else { return lowercased() }
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

    /// The last UTF-8 byte, as `utf8.last` gives it, without the view's generic index walk.
    var lastUTF8Byte: UInt8? {
        var copy = self
        return copy.withUTF8 { $0.last }
    }
}
