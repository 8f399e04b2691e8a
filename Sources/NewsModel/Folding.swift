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
}
