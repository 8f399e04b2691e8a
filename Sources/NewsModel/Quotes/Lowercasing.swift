extension String {
    /// The same as `lowercased()`, with ASCII text lowercased byte by byte: the general
    /// routine costs about a thousand instructions even for a short ASCII word, and names,
    /// roles and descriptions are lowercased for every mention.
    var quickLowercased: String {
        let u = utf8
        var ascii = true
        var upper = false
        for b in u {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { upper = true }
        }
        guard ascii else { return lowercased() }
        guard upper else { return self }
        return String(unsafeUninitializedCapacity: u.count) { buffer in
            var n = 0
            for b in u {
                buffer[n] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                n += 1
            }
            return n
        }
    }
}
