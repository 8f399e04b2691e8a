/// Words before a number that bound or hedge it: "up to 50%", "more than
/// 1,000", "about an hour". Each reports how it bounds the value.
enum Qualifiers {
    enum Bound: Sendable { case low, high, approximate, exact }

    /// A qualifier as plain data: its words are `words[first..<first + count]`. No strings or
    /// arrays inside, so that trying the entries of a word retains and releases nothing.
    struct Entry: Sendable {
        let first: Int
        let count: Int
        let bound: Bound
        /// Index in `labels` of the words joined, the qualifier's label.
        let label: Int
    }

    /// Every qualifier's words, as tokens hold them (compared without strings).
    static let words: [FigureWord] = compiled.words
    /// The qualifiers, grouped by first word, longer phrases first within a group.
    static let entries: [Entry] = compiled.entries
    static let labels: [String] = compiled.labels
    /// The range of `entries` starting with each first word.
    static let table: WordTable<Range<Int>> = compiled.table

    private static let compiled: (words: [FigureWord], entries: [Entry], labels: [String],
                                  table: WordTable<Range<Int>>) = {
        let list: [([String], Bound)] = [
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
            (["greater", "than"], .low), (["greater", "than", "or", "equal", "to"], .low),
            (["less", "than", "or", "equal", "to"], .high), (["more", "than", "or", "equal", "to"], .low),
            (["higher", "than"], .low), (["lower", "than"], .high), (["exceeding"], .low), (["surpassing"], .low),
            (["topping"], .low), (["not", "less", "than"], .low), (["not", "fewer", "than"], .low),
            (["no", "greater", "than"], .high), (["not", "exceeding"], .high), (["near"], .approximate),
            (["some", "estimated"], .approximate),
        ]
        // Grouped by first word in arrays, not a `[String: [...]]`: a dictionary's hashing and
        // run-time metadata cost more than this search over a few dozen entries.
        var firstWords: [String] = []
        var groups: [[([String], Bound)]] = []
        for item in list {
            if let k = firstWords.firstIndex(of: item.0[0]) {
                groups[k].append(item)
            } else {
                firstWords.append(item.0[0])
                groups.append([item])
            }
        }
        var words: [FigureWord] = [], entries: [Entry] = [], labels: [String] = []
        var ranges: [(String, Range<Int>)] = []
        for (k, group) in groups.enumerated() {
            let from = entries.count
            // Longer phrases first (a stable sort keeps the list's order among equals).
            for (phrase, bound) in group.sorted(by: { $0.0.count > $1.0.count }) {
                entries.append(Entry(first: words.count, count: phrase.count, bound: bound, label: labels.count))
                words.append(contentsOf: phrase.map { FigureWord($0) })
                labels.append(phrase.joined(separator: " "))
            }
            ranges.append((firstWords[k], from..<entries.count))
        }
        return (words, entries, labels, WordTable(pairs: ranges))
    }()

    /// The qualifier starting at token `i`: its text for output, bound and the token after it.
    static func match(_ t: FigureTokens, at i: Int) -> (label: String, bound: Bound, end: Int)? {
        guard i < t.count, t[i].kind == .word, let range = table[t.text(i)] else { return nil }
        let entries = Self.entries, words = Self.words
        for e in range {
            let entry = entries[e]
            if i + entry.count <= t.count, matches(words, entry.first, entry.count, t, at: i) {
                return (labels[entry.label], entry.bound, i + entry.count)
            }
        }
        return nil
    }

    /// Whether the tokens from `i` on are the words `keys[first..<first + count]`.
    private static func matches(_ keys: [FigureWord], _ first: Int, _ count: Int, _ t: FigureTokens, at i: Int) -> Bool {
        for k in 0..<count {
            let token = t.items[i + k]
            guard token.kind == .word else { return false }
            // Packed against packed, the common case, without building a `FigureWord`.
            if token.wideIndex < 0, keys[first + k].wide == nil {
                if token.packed != keys[first + k].packed { return false }
            } else if t.text(i + k) != keys[first + k] {
                return false
            }
        }
        return true
    }

    /// Words after a number that bound it: "50 or more".
    static func trailing(_ t: FigureTokens, at i: Int) -> (label: String, bound: Bound, end: Int)? {
        guard i + 1 < t.count, t[i].kind == .word else { return nil }
        // "16 and over", "aged 65 and above": an open bound.
        if t.text(i) == "and", t[i + 1].kind == .word,
           i + 2 >= t.count || (t[i + 2].kind != .number && !Units.isCurrencySymbol(t[i + 2].scalar)) {
            switch t.text(i + 1) {
            case "over": return ("and over", .low, i + 2)
            case "above": return ("and above", .low, i + 2)
            case "up": return ("and up", .low, i + 2)
            case "older": return ("and older", .low, i + 2)
            case "under": return ("and under", .high, i + 2)
            case "below": return ("and below", .high, i + 2)
            case "younger": return ("and younger", .high, i + 2)
            default: return nil
            }
        }
        guard t.text(i) == "or" else { return nil }
        switch t.text(i + 1) {
        case "greater": return ("or greater", .low, i + 2)
        case "higher": return ("or higher", .low, i + 2)
        case "above": return ("or above", .low, i + 2)
        case "over": return ("or over", .low, i + 2)
        case "older": return ("or older", .low, i + 2)
        case "younger": return ("or younger", .high, i + 2)
        case "below": return ("or below", .high, i + 2)
        case "lower": return ("or lower", .high, i + 2)
        case "more": return ("or more", .low, i + 2)
        case "so": return ("or so", .approximate, i + 2)
        case "fewer": return ("or fewer", .high, i + 2)
        case "less": return ("or less", .high, i + 2)
        default: return nil
        }
    }
}
