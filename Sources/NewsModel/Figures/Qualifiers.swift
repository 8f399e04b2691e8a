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
        var table: [String: [Entry]] = [:]
        for (words, bound) in entries {
            table[words[0], default: []].append(Entry(words: words, bound: bound))
        }
        for key in table.keys { table[key]?.sort { $0.words.count > $1.words.count } }
        return WordTable(table)
    }()

    /// The qualifier starting at token `i`: its text for output, bound and the token after it.
    static func match(_ t: FigureTokens, at i: Int) -> (label: String, bound: Bound, end: Int)? {
        guard i < t.count, t[i].kind == .word, let entries = table[t.text(i)] else { return nil }
        for entry in entries {
            guard i + entry.words.count <= t.count else { continue }
            var ok = true
            for (k, word) in entry.keys.enumerated() where t[i + k].kind != .word || t.text(i + k) != word {
                ok = false
                break
            }
            if ok { return (entry.label, entry.bound, i + entry.words.count) }
        }
        return nil
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
