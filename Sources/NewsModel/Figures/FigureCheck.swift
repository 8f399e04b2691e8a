/// Compares the counts of an article: the same thing counted with different
/// numbers is flagged for the reader ("300 prisoners" here, "175 prisoners
/// of war" there).
///
/// The check is deliberately conservative. Two counts are compared only when
/// they count the same head noun with the same modifiers ("prisoners" and
/// "prisoners of war" match; "seriously wounded prisoners" stands apart), when
/// neither is a part ("35 of them", "40 trucks from the cooperative"), a rate
/// ("3,000 trucks a day") or vague ("dozens of"), when their bounds cannot
/// both hold ("more than 1,000" agrees with "1,200"), and when what is said
/// before them matches: the content words before one count include those
/// before the other ("Moscow and Kyiv exchanged 300 prisoners" / "Moscow and
/// Kyiv each exchanged 175 prisoners of war"), since one story often counts
/// different parts of a group ("primary classes average 24 pupils",
/// "secondary classes average 27 pupils"). A bare count equal to a
/// modified one ("the 22 prisoners" after "22 wounded prisoners") refers back
/// to it and is left out, and two numbers in one sentence are taken as a
/// deliberate contrast ("12 ballots, then 15").
enum FigureCheck {
    /// Distinct values per counted thing above which the numbers are taken to
    /// count different groups, and nothing is flagged (also bounds the work).
    static let maxDistinct = 6
    /// Mentions of one counted thing above which it is not checked (bounds the pairs compared).
    static let maxGroup = 40
    /// Values further apart than this factor are taken to count different groups.
    static let maxRatio = 5.0

    /// Plain data, so that comparing the pairs of a group copies no strings.
    struct Item {
        var index: Int
        var low: Double
        var high: Double
        var value: Double
        var sentence: SourceRange
    }

    /// A count that may be compared, with what it counts: the singular head and the modifiers.
    private struct Candidate {
        var item: Item
        var key: String
        var modifiers: String
    }

    /// Scalars before a count read for the words that give its context: a long sentence's worth,
    /// which also bounds the work per count.
    static let contextWindow = 400
    /// Content words that make a count's context: who did what to it, not the whole sentence.
    static let contextWordLimit = 4

    /// Whether a count may be compared: a checkable count of a named head, above one.
    static func isCandidate(checkable: Bool, head: String?, value: Double?) -> Bool {
        checkable && head != nil && (value ?? 0) > 1
    }

    static func conflicts(_ found: FoundFigures) -> [FigureConflict] {
        var candidates: [Candidate] = []
        // Room for every figure up front: growing from empty reallocates several times.
        candidates.reserveCapacity(found.figures.count)
        for i in found.figures.indices {
            guard isCandidate(checkable: found.facts[i].checkable, head: found.facts[i].head, value: found.figures[i].value),
                  let head = found.facts[i].head, let value = found.figures[i].value else { continue }
            let (low, high) = bounds(found.figures[i].value, low: found.figures[i].low, high: found.figures[i].high,
                                     qualifier: found.figures[i].qualifier, bound: found.facts[i].bound)
            candidates.append(Candidate(item: Item(index: i, low: low, high: high, value: value,
                                                   sentence: found.figures[i].sentence),
                                        key: singular(head), modifiers: found.facts[i].modifiers))
        }
        // A conflict is a pair within a group: most articles have fewer than two candidates.
        guard candidates.count >= 2 else { return [] }
        let groups = groups(of: candidates)
        var result: [FigureConflict] = []
        // By figure index, made on the first comparison: an array, where an `[Int: Set<String>]`
        // would be instantiated at run time on first use, at the cost of several articles.
        var contexts: [Set<String>?] = []
        func context(_ i: Int) -> Set<String> {
            if contexts.isEmpty { contexts = Array(repeating: nil, count: found.figures.count) }
            if let known = contexts[i] { return known }
            let words = found.facts[i].context.map { contextWords($0, in: found.blocks) } ?? []
            contexts[i] = words
            return words
        }
        for group in groups {
            guard group.count >= 2, group.count <= maxGroup else { continue }
            guard (2...maxDistinct).contains(distinctValues(group, atMost: maxDistinct + 1)) else { continue }
            // Value pairs already reported, smaller first: at most `maxDistinct` values make
            // few pairs, and a list needs no `Set<[Double]>` instantiated at run time.
            var reported: [(Double, Double)] = []
            for a in 0..<group.count {
                for b in (a + 1)..<group.count {
                    let x = group[a], y = group[b]
                    // Two numbers in one sentence are contrasted on purpose ("12 ballots, then 15").
                    guard x.value != y.value, x.high < y.low || y.high < x.low, x.sentence != y.sentence else {
                        continue
                    }
                    let ratio = max(x.value, y.value) / min(x.value, y.value)
                    guard ratio <= maxRatio else { continue }
                    let cx = context(x.index), cy = context(y.index)
                    let pair = (min(x.value, y.value), max(x.value, y.value))
                    guard !cx.isEmpty, !cy.isEmpty, cx.isSubset(of: cy) || cy.isSubset(of: cx),
                          !reported.contains(where: { $0 == pair }) else { continue }
                    reported.append(pair)
                    let fx = found.figures[x.index], fy = found.figures[y.index]
                    let modifiers = found.facts[x.index].modifiers
                    let what = (modifiers.isEmpty ? "" : modifiers + " ") + (found.facts[x.index].head ?? "")
                    let reason = "both count \(what) but give \(describe(fx)) and \(describe(fy))"
                    result.append(FigureConflict(first: min(x.index, y.index), second: max(x.index, y.index),
                                                 reason: reason))
                }
            }
        }
        result.sort { ($0.first, $0.second) < ($1.first, $1.second) }
        return result
    }

    /// The candidates grouped by what they count (singular head and modifiers), each group in
    /// figure order; groups of fewer than two are left out. A bare count ("the 22 prisoners")
    /// equal to a modified count of the same head ("22 wounded prisoners") refers back to it and
    /// is left out too. Sorted, not hashed: an article has a handful of candidates, for which a
    /// sort costs far less than building String-keyed dictionaries, and stays O(n log n).
    private static func groups(of candidates: [Candidate]) -> [[Item]] {
        // By head, then modifiers (bare counts first), then figure order.
        let order = candidates.indices.sorted { a, b in
            if candidates[a].key != candidates[b].key { return candidates[a].key < candidates[b].key }
            if candidates[a].modifiers != candidates[b].modifiers {
                return candidates[a].modifiers < candidates[b].modifiers
            }
            return a < b
        }
        var groups: [[Item]] = []
        var run = 0
        while run < order.count {
            // The counts of one head noun: order[run..<headEnd].
            var headEnd = run + 1
            while headEnd < order.count, candidates[order[headEnd]].key == candidates[order[run]].key { headEnd += 1 }
            // The values of its modified counts, sorted for the bare counts to be looked up; made
            // only when the head has both (bare counts sort first), as few heads do.
            var modifiedValues: [Double] = []
            if candidates[order[run]].modifiers.isEmpty, !candidates[order[headEnd - 1]].modifiers.isEmpty {
                for k in run..<headEnd where !candidates[order[k]].modifiers.isEmpty {
                    modifiedValues.append(candidates[order[k]].item.value)
                }
                modifiedValues.sort()
            }
            var k = run
            while k < headEnd {
                var groupEnd = k + 1
                while groupEnd < headEnd, candidates[order[groupEnd]].modifiers == candidates[order[k]].modifiers {
                    groupEnd += 1
                }
                if groupEnd - k >= 2 {
                    var group: [Item] = []
                    for g in k..<groupEnd {
                        let c = order[g]
                        if candidates[c].modifiers.isEmpty, contains(modifiedValues, candidates[c].item.value) { continue }
                        group.append(candidates[c].item)
                    }
                    if group.count >= 2 { groups.append(group) }
                }
                k = groupEnd
            }
            run = headEnd
        }
        return groups
    }

    /// Whether the sorted `values` hold `value` (binary search).
    private static func contains(_ values: [Double], _ value: Double) -> Bool {
        var lo = 0, hi = values.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < values.count && values[lo] == value
    }

    /// The number of distinct values in a group, counted up to `limit`: groups hold at most
    /// `maxGroup` items, so the pairwise test is bounded and allocates nothing.
    private static func distinctValues(_ group: [Item], atMost limit: Int) -> Int {
        var distinct = 0
        for a in group.indices {
            var seen = false
            for b in 0..<a where group[b].value == group[a].value {
                seen = true
                break
            }
            if !seen {
                distinct += 1
                if distinct >= limit { break }
            }
        }
        return distinct
    }

    private static func describe(_ f: Figure) -> String {
        let number = JSON.number(f.value ?? 0).serialized().dropLast()
        return f.qualifier.map { "\($0) \(number)" } ?? String(number)
    }

    /// The interval a count allows: exact, bounded by its qualifier, or ±10% when approximate.
    /// Takes the fields it reads, not the `Figure`: a copy of one retains its strings.
    private static func bounds(_ value: Double?, low: Double?, high: Double?, qualifier: String?,
                               bound: Qualifiers.Bound?) -> (Double, Double) {
        let v = value ?? 0
        if let low, let high { return (low, high) }
        switch bound {
        case .low?: return (v, .infinity)
        case .high?: return (qualifier == "nearly" || qualifier == "almost" ? v * 0.8 : 0, v)
        case .approximate?: return (v * 0.9, v * 1.1)
        case .exact?, nil: return (v, v)
        }
    }

    /// Stems of the last content words before a count in its sentence, within its window: who did
    /// what to it ("Moscow and Kyiv exchanged", "the ferry was carrying"). Read from the tokens the
    /// extractor kept, for the few counts the check compares.
    static func contextWords(_ context: FigureContext, in blocks: [KeptBlock]) -> Set<String> {
        guard blocks.indices.contains(context.block) else { return [] }
        let tokens = blocks[context.block].tokens, map = blocks[context.block].map
        // Room for the (at most four) words up front: growing from empty rehashes twice.
        var words = Set<String>(minimumCapacity: contextWordLimit)
        var k = min(context.first, tokens.count) - 1
        while k >= 0, words.count < contextWordLimit, tokens[k].start >= context.sentenceStart,
              map.source(ofDisplay: tokens[k].start) >= context.sourceStart {
            if tokens[k].kind == .word, CountedNoun.isContent(tokens[k]), Qualifiers.table[tokens.text(k)] == nil {
                words.insert(FigureExtractor.stem(tokens.string(k)))
            }
            k -= 1
        }
        return words
    }

    /// "prisoners" → "prisoner", "casualties" → "casualty": enough to match a noun with itself.
    static func singular(_ w: String) -> String {
        // ASCII words, nearly all of them, by their bytes: there each character is one byte.
        if let fast = asciiSingular(w) { return fast }
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("sses") || w.hasSuffix("xes") {
            return String(w.dropLast(2))
        }
        if w.hasSuffix("s"), !w.hasSuffix("ss") { return String(w.dropLast()) }
        return w
    }

    /// `singular` of an ASCII word, or nil for any other.
    private static func asciiSingular(_ w: String) -> String? {
        var copy = w
        // Outer nil: not ASCII. Inner nil: the word is its own singular, returned as it is
        // rather than copied into a new string.
        let stripped = copy.withUTF8 { bytes -> String?? in
            for byte in bytes where byte >= 0x80 { _ = byte; return nil }
            let n = bytes.count
            func endsWith(_ suffix: StaticString) -> Bool { bytes.hasSuffix(suffix, within: n) }
            func prefix(_ length: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<length]), as: UTF8.self)
            }
            if endsWith("ies"), n > 4 { return .some(prefix(n - 3) + "y") }
            if endsWith("ches") || endsWith("shes") || endsWith("sses") || endsWith("xes") { return .some(prefix(n - 2)) }
            if endsWith("s"), !endsWith("ss") { return .some(prefix(n - 1)) }
            return .some(nil)
        }
        guard let stripped else { return nil }
        return stripped ?? w
    }
}
