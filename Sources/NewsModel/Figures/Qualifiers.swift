/// Words before a number that bound or hedge it: "up to 50%", "more than
/// 1,000", "about an hour". Each reports how it bounds the value.
enum Qualifiers {
    enum Bound: Sendable { case low, high, approximate, exact }

    struct Entry: Sendable {
        let words: [String]
        /// `words` as tokens hold them, for comparison without strings.
        let keys: [FigureWord]
        let bound: Bound
        /// `words` joined, the qualifier's label.
        let label: String

        init(words: [String], bound: Bound) {
            self.words = words
            keys = words.map { FigureWord($0) }
            self.bound = bound
            label = words.joined(separator: " ")
        }
    }

    /// Keyed by the first word; longer phrases first.
    static let table: WordTable<[Entry]> = {
        let entries: [([String], Bound)] = [
            (["about"], .approximate), (["around"], .approximate), (["approximately"], .approximate),
            (["approx"], .approximate), (["roughly"], .approximate), (["some"], .approximate),
            (["circa"], .approximate), (["an", "estimated"], .approximate), (["estimated"], .approximate),
            (["close", "to"], .approximate), (["nearly"], .high), (["almost"], .high),
            (["up", "to"], .high), (["more", "than"], .low), (["over"], .low), (["under"], .high),
            (["below"], .high), (["above"], .low), (["less", "than"], .high), (["fewer", "than"], .high),
            (["at", "least"], .low), (["at", "most"], .high), (["as", "many", "as"], .high),
            (["as", "much", "as"], .high), (["as", "few", "as"], .low), (["as", "little", "as"], .low),
            (["as", "low", "as"], .low), (["as", "high", "as"], .high),
            (["no", "more", "than"], .high), (["no", "fewer", "than"], .low), (["no", "less", "than"], .low),
            (["not", "more", "than"], .high), (["just", "over"], .low), (["just", "under"], .high),
            (["just", "below"], .high), (["just", "above"], .low), (["well", "over"], .low),
            (["well", "above"], .low), (["well", "below"], .high), (["well", "under"], .high),
            (["upwards", "of"], .low), (["upward", "of"], .low), (["in", "excess", "of"], .low),
            (["within"], .high), (["exactly"], .exact), (["precisely"], .exact), (["barely"], .high),
            (["almost", "exactly"], .approximate), (["an", "average", "of"], .approximate),
            (["on", "average"], .approximate), (["a", "maximum", "of"], .high), (["a", "minimum", "of"], .low),
            (["a", "total", "of"], .exact), (["more", "or", "less"], .approximate),
        ]
        // Grouped by first word in two arrays, not a `[String: [Entry]]`: a dictionary's
        // hashing and run-time metadata cost more than this search over a few dozen entries.
        var firstWords: [String] = []
        var groups: [[Entry]] = []
        for (words, bound) in entries {
            let entry = Entry(words: words, bound: bound)
            if let k = firstWords.firstIndex(of: words[0]) {
                groups[k].append(entry)
            } else {
                firstWords.append(words[0])
                groups.append([entry])
            }
        }
        for k in groups.indices { groups[k].sort { $0.words.count > $1.words.count } }
        return WordTable(pairs: Array(zip(firstWords, groups)))
    }()

    /// The qualifier starting at token `i`: its text for output, bound and the token after it.
    static func match(_ t: FigureTokens, at i: Int) -> (label: String, bound: Bound, end: Int)? {
        guard i < t.count, t[i].kind == .word else { return nil }
        // Read in place: a copy of the entries (arrays of strings) is retained and released.
        return table.withValue(for: t.text(i)) { entries in
            for entry in entries where i + entry.keys.count <= t.count && matches(entry.keys, t, at: i) {
                return (entry.label, entry.bound, i + entry.keys.count)
            }
            return nil
        } ?? nil
    }

    /// Whether the tokens from `i` on are the words `keys`.
    private static func matches(_ keys: [FigureWord], _ t: FigureTokens, at i: Int) -> Bool {
        for k in keys.indices {
            let token = t.items[i + k]
            guard token.kind == .word else { return false }
            // Packed against packed, the common case, without building a `FigureWord`.
            if token.wideIndex < 0, keys[k].wide == nil {
                if token.packed != keys[k].packed { return false }
            } else if t.text(i + k) != keys[k] {
                return false
            }
        }
        return true
    }

    /// Words after a number that bound it: "50 or more".
    static func trailing(_ t: FigureTokens, at i: Int) -> (label: String, bound: Bound, end: Int)? {
        guard i + 1 < t.count, t.text(i) == "or", t[i].kind == .word else { return nil }
        switch t.text(i + 1) {
        case "more": return ("or more", .low, i + 2)
        case "so": return ("or so", .approximate, i + 2)
        case "fewer": return ("or fewer", .high, i + 2)
        case "less": return ("or less", .high, i + 2)
        default: return nil
        }
    }
}
