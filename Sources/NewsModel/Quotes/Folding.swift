/// Case and diacritics folding for search, without Foundation: "Zoë" and
/// "ZOE" both fold to "zoe", "Łukasz" to "lukasz". Letters outside the table
/// (Cyrillic, CJK) are lowercased and kept.
public enum Folding {
    private static let table: [UInt32: String] = {
        var map: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("a", "àáâãäåāăąǎǻ"), ("ae", "æǽ"), ("c", "çćĉċč"), ("d", "ďđð"), ("e", "èéêëēĕėęěə"),
            ("g", "ĝğġģ"), ("h", "ĥħ"), ("i", "ìíîïĩīĭįıǐ"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"),
            ("n", "ñńņňŉ"), ("o", "òóôõöøōŏőǒǿ"), ("oe", "œ"), ("r", "ŕŗř"), ("s", "śŝşšș"), ("ss", "ß"),
            ("t", "ţťŧț"), ("th", "þ"), ("u", "ùúûüũūŭůűųǔǖǘǚǜ"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
            ("α", "ά"), ("ε", "έ"), ("η", "ή"), ("ι", "ίϊΐ"), ("ο", "ό"), ("υ", "ύϋΰ"), ("ω", "ώ"),
            ("е", "ё"), ("и", "й"), ("і", "ї"),
            ("'", "\u{2019}\u{2018}`"), ("-", "\u{2010}\u{2011}\u{2012}\u{2013}"),
        ]
        for (base, letters) in groups {
            for s in letters.unicodeScalars { map[s.value] = base }
        }
        return map
    }()

    public static func fold(_ text: String) -> String {
        if let ascii = foldASCII(text) { return ascii }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isSpaceOrBreak {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            if scalar.isASCII {
                out.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 0x20) ?? scalar : scalar)
                continue
            }
            // Combining marks (a decomposed "é") fold away.
            if (0x300...0x36F).contains(scalar.value) { continue }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            for l in lower {
                if let base = table[l.value] { out.append(contentsOf: base.unicodeScalars) } else { out.append(l) }
            }
        }
        return String(out)
    }

    /// `fold` of ASCII text, byte by byte; nil when the text has other scalars.
    private static func foldASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            for b in bytes where b >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var n = 0
                var pendingSpace = false
                for b in bytes {
                    // The ASCII scalars of `isSpaceOrBreak`: space, tab, vertical tab, form feed, LF, CR.
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                        pendingSpace = n > 0
                        continue
                    }
                    if pendingSpace {
                        buffer[n] = 0x20
                        n += 1
                        pendingSpace = false
                    }
                    buffer[n] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                    n += 1
                }
                return n
            }
        }
    }
}
