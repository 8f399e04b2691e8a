/// One figure found in a block, in token positions, before it is placed in the source.
struct FigureDraft: Sendable {
    var first: Int
    var end: Int
    var kind: FigureKind
    var value: Double?
    var low: Double? = nil
    var high: Double? = nil
    var qualifier: String? = nil
    var bound: Qualifiers.Bound? = nil
    var unit: String? = nil
    var phrase: CountedPhrase? = nil
    var vague = false
    /// "3,000 trucks a day": a rate, not a total.
    var rate = false
    /// "40 trucks from the same cooperative": a part singled out by what follows.
    var subset = false
    /// "rose 4%": which way the figure moves what it measures (see `FigureParser.markChange`).
    var change: FigureChange? = nil
    /// "from 3.4 to 2.9 percent" after a verb of change: both ends.
    var from: Double? = nil
    var to: Double? = nil
}

/// Finds the figures of one block of display text, left to right. Each rule
/// looks at a bounded number of tokens, so the scan is linear.
struct FigureParser {
    let t: FigureTokens

    func parseAll() -> [FigureDraft] {
        var out: [FigureDraft] = []
        parseAll(into: &out)
        return out
    }

    /// `parseAll` into `out`, emptied first and reused from block to block.
    func parseAll(into out: inout [FigureDraft]) {
        out.removeAll(keepingCapacity: true)
        let n = t.count
        var i = 0
        while i < n {
            // Most tokens cannot begin a figure: they are skipped here, read in place through a
            // buffer pointer (no bounds check, no copy of the token), before the full step.
            i = t.items.withUnsafeBufferPointer { items in
                var k = i
                while k < n, !Self.mayStart(items[k]) { k &+= 1 }
                return k
            }
            if i < n { i = step(at: i, into: &out) }
        }
        if out.count > 1 { joinDrafts(&out) }
        if !out.isEmpty {
            markChanges(&out)
            // A figure holds a number: "last year", "Tuesday", "a year earlier" stay drafts while
            // changes are read (they end a figure's reach), and are dropped here.
            out.removeAll { $0.kind == .date && $0.value == nil }
        }
    }

    /// Appends a figure found at token `i` and returns where the scan goes on. A figure
    /// is appended here rather than returned in an enum: drafts are large, and each
    /// copy of one is a `memmove`.
    @inline(__always)
    private func emit(into out: inout [FigureDraft], at i: Int, _ draft: consuming FigureDraft) -> Int {
        // Consumed, so that the draft moves into the array instead of being copied and destroyed.
        // "Nine of the 11 judges": the whole's number is read again, as a figure of its own.
        let whole = draft.phrase?.whole ?? -1
        let next = max(whole > i ? whole : draft.end, i + 1)
        out.append(draft)
        return next
    }

    /// The cheap first test of `step`: words of no starting class and most symbols never begin a figure.
    @inline(__always)
    static func mayStart(_ tok: FigureToken) -> Bool {
        switch tok.kind {
        case .number: return true
        case .word: return !tok.cls.isDisjoint(with: .starts)
        case .symbol: return Self.mayStartSymbol(tok.scalar)
        }
    }

    /// Only these symbols can begin a figure.
    static func mayStartSymbol(_ c: Unicode.Scalar) -> Bool {
        c == "+" || c == "(" || c == "-" || c == "\u{2212}" || c.isSingleQuoteMark || Units.isCurrencySymbol(c)
    }

    // MARK: Token helpers

    func word(_ i: Int) -> FigureWord? { i >= 0 && i < t.count && t[i].kind == .word ? t.text(i) : nil }
    /// `word(i) == w`, without building an optional word: most tests are of this form.
    @inline(__always)
    func isWord(_ i: Int, _ w: FigureWord) -> Bool {
        guard i >= 0, i < t.count, t.items[i].kind == .word else { return false }
        if t.items[i].wideIndex < 0, w.wide == nil { return t.items[i].packed == w.packed }
        return t.text(i) == w
    }

    /// Token `i` is a word of class `c`: one mask, no `String` built.
    func wordIs(_ i: Int, _ c: FigureWordClass) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .word && t[i].cls.contains(c)
    }
    func symbol(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < t.count && t[i].kind == .symbol ? t[i].scalar : nil }
    func numeral(_ i: Int) -> Numeral? { i >= 0 && i < t.count ? t.numeral(i) : nil }
    /// Token `i` exists and touches the one before it.
    func attached(_ i: Int) -> Bool { i < t.count && i > 0 && !t[i].spaceBefore }
    func isDash(_ i: Int) -> Bool { symbol(i).map { $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" } ?? false }

    // MARK: Dispatch

    /// Reads the figure, if any, that begins at token `i` into `out`; returns the token
    /// where the scan goes on (after the figure, or after a skipped phone number).
    func step(at i: Int, into out: inout [FigureDraft]) -> Int {
        let cls = t[i].cls
        switch t[i].kind {
        case .word:
            if cls.isDisjoint(with: .starts) { return i + 1 }
        case .symbol:
            guard Self.mayStartSymbol(t[i].scalar) else { return i + 1 }
        case .number:
            break
        }
        // A phone number begins with a digit, "+" or "(": most steps are at words, spared the call.
        if t[i].kind != .word, let end = phoneEnd(at: i) { return max(end, i + 1) }
        let tok = t[i]
        switch tok.kind {
        case .word:
            if cls.contains(.date), let d = date(at: i) { return emit(into: &out, at: i, d) }
            // The next five rules start with a word of `.special`: one mask spares their text tests.
            if cls.contains(.special), let end = special(at: i, into: &out) { return end }
            if cls.contains(.qualifier), mayBeginQuantity(i + 1) || mayBeginQuantity(i + 2) || mayBeginQuantity(i + 3)
                || mayBeginQuantity(i + 4) || mayBeginQuantity(i + 5),
               let q = Qualifiers.match(t, at: i), mayBeginQuantity(q.end),
               !isPhrasalParticle(i, label: q.label),
               var d = amount(at: q.end, qualified: true) {
                // "phase out over 18 months": over a span of time, not more than it. "higher than a
                // year ago": a date is not bounded.
                if q.label == "over", d.kind == .duration, !Self.spanWords.contains(word(i - 1) ?? "") {
                    return emit(into: &out, at: i, d)
                }
                if d.kind == .date, d.value == nil { return emit(into: &out, at: i, d) }
                d.first = i
                if d.qualifier == nil {
                    d.qualifier = q.label
                    d.bound = q.bound
                    apply(q.bound, to: &d)
                }
                // "people over 18", "children under 16": an age limit, not a count.
                if q.label == "over" || q.label == "under", d.kind == .count, d.phrase == nil, d.low != nil || d.high != nil,
                   Self.agedGroups.contains(word(i - 1) ?? ""), let v = d.value, v > 0, v < 130 {
                    d.kind = .age
                    d.unit = "year"
                }
                return emit(into: &out, at: i, d)
            }
            if !cls.isDisjoint(with: .ordinalOrNumber), let (value, end) = NumberWords.ordinal(t, at: i),
               !ordinalIsNoun(i, end: end) {
                if let period = quarterEnd(after: end) {
                    // "the second quarter": a period of the year, a date whose value is its number (2).
                    return emit(into: &out, at: i, FigureDraft(first: i, end: period, kind: .date, value: value))
                }
                return emit(into: &out, at: i, FigureDraft(first: i, end: orderedUnitEnd(after: end), kind: .ordinal, value: value))
            }
            if !cls.isDisjoint(with: .quantity), mayBeginQuantity(i),
               let d = amount(at: i, qualified: false) { return emit(into: &out, at: i, d) }
            return i + 1
        case .number, .symbol:
            if let d = decade(at: i) { return emit(into: &out, at: i, d) }
            if let d = amount(at: i, qualified: false) { return emit(into: &out, at: i, d) }
            return i + 1
        }
    }

    /// The rules of `step` for words of `.special` ("between", "aged", "from", "age",
    /// "magnitude"): where the scan goes on after a figure, or nil when none matched.
    private func special(at i: Int, into out: inout [FigureDraft]) -> Int? {
        if t.text(i) == "between", var d = amount(at: i + 1, qualified: true, between: true),
           d.low != nil, d.high != nil {
            d.first = i
            d.qualifier = "between"
            return emit(into: &out, at: i, d)
        }
        // "aged between 18 and 25"
        if t.text(i) == "aged", isWord(i + 1, "between"), var d = amount(at: i + 2, qualified: true, between: true),
           d.low != nil, d.high != nil, d.kind == .count {
            d.first = i
            d.qualifier = "between"
            d.kind = .age
            d.unit = "year"
            return emit(into: &out, at: i, d)
        }
        if t.text(i) == "from", let d = fromToChange(at: i) {
            return emit(into: &out, at: i, d)
        }
        if t.text(i) == "from", var d = amount(at: i + 1, qualified: true), d.low != nil, d.high != nil {
            d.first = i
            d.qualifier = "from"
            return emit(into: &out, at: i, d)
        }
        if t.text(i) == "aged" || t.text(i) == "age", let n = numeral(i + 1), n.isInteger, let v = n.value,
           v > 0, v < 130, t[i + 1].spaceBefore {
            var end = i + 2
            if isWord(end, "and") || isWord(end, "to") || isDash(end), let m = numeral(end + 1), m.isInteger {
                end += 2
            }
            // "aged 3 months": an age in another unit of time.
            var unit = "year"
            if end == i + 2, let w = word(end), let u = Units.durations[w], u != "decade", u != "century" {
                unit = u
                end += 1
            }
            var d = FigureDraft(first: i, end: end, kind: .age, value: v,
                                low: end > i + 2 && unit == "year" ? v : nil,
                                high: end > i + 2 && unit == "year" ? numeral(i + 3)?.value : nil, unit: unit)
            // "aged 16 and over": an open bound.
            if let trailing = Qualifiers.trailing(t, at: end) {
                d.qualifier = trailing.label
                d.bound = trailing.bound
                apply(trailing.bound, to: &d)
                d.end = trailing.end
            }
            return emit(into: &out, at: i, d)
        }
        if t.text(i) == "magnitude", i + 1 < t.count, t[i + 1].spaceBefore,
           let q = quantity(at: i + 1, qualified: false), !q.vague, let v = q.value, v < 11 {
            let d = FigureDraft(first: i, end: q.end, kind: .measure, value: v, unit: "magnitude")
            return emit(into: &out, at: i, d)
        }
        // "twice daily", "once a week": how often, as a count per unit of time.
        if let times = Self.frequencyCounts[t.text(i)], let (per, end) = rateDenominator(at: i + 1) {
            var d = FigureDraft(first: i, end: end, kind: .count, value: times, unit: "/" + per)
            d.rate = true
            return emit(into: &out, at: i, d)
        }
        return nil
    }

    /// Words that say how many times: "twice daily".
    static let frequencyCounts: WordTable<Double> = ["once": 1, "twice": 2, "thrice": 3]

    /// Verbs whose particle looks like a qualifier: "handed over 22 prisoners", "took over 300 firms".
    static let phrasalVerbs: WordSet = [
        "hand", "hands", "handed", "handing", "take", "takes", "took", "taken", "taking", "turn", "turns",
        "turned", "turning", "pass", "passed", "passes", "passing", "give", "gave", "given", "gives", "sign",
        "signed", "signs", "carry", "carried", "carries", "fight", "fought", "look", "looked", "preside",
        "presided", "watch", "watched", "win", "won", "argue", "argued", "clash", "clashed", "worry", "worried",
        "roll", "rolled", "blow", "blew", "knock", "knocked", "tip", "tipped", "think", "thought", "talk",
        "talked", "pore", "pored", "mull", "mulled", "row", "rowed", "bicker", "bickered", "tussle", "tussled",
        "hands", "haggle", "haggled", "wrangle", "wrangled", "fret", "fretted", "agonise", "agonised",
    ]

    func isPhrasalParticle(_ i: Int, label: String) -> Bool {
        label == "over" && wordIs(i - 1, .phrasalVerb)
    }

    /// A cheap test before the full parse: can a number start at token `k`?
    /// Articles must be followed by a scale, fraction, unit or "few".
    @inline(__always)
    func mayBeginQuantity(_ k: Int) -> Bool {
        guard k < t.count else { return false }
        switch t[k].kind {
        case .number: return true
        case .symbol:
            let c = t[k].scalar
            return c == "-" || c == "\u{2212}" || Units.isCurrencySymbol(c)
        case .word:
            let cls = t[k].cls
            guard k + 1 < t.count else { return !cls.isDisjoint(with: .numberOrFraction) }
            let next = t[k + 1]
            if cls.contains(.currency),
               next.kind == .number || (next.kind == .symbol && (next.scalar == "$" || next.scalar == "=")) {
                return true
            }
            if cls.contains(.article), !next.cls.isDisjoint(with: .afterArticle) { return true }
            return !cls.isDisjoint(with: .quantityWord)
        }
    }

    func apply(_ bound: Qualifiers.Bound, to d: inout FigureDraft) {
        guard d.low == nil, d.high == nil, let v = d.value else { return }
        switch bound {
        case .low: d.low = v
        case .high: d.high = v
        case .approximate, .exact: break
        }
    }

    /// "the second half", "a second": an ordinal that is a unit after a number was handled before.
    private func ordinalIsNoun(_ i: Int, end: Int) -> Bool {
        // "second" after a number is a unit ("30 second"), handled by the amount rules.
        if numeral(i - 1) != nil { return true }
        return false
    }

    // MARK: Phone numbers

    /// The end of a telephone number starting at `i`: `+1 555 0100`, `(555) 123-4567`, `555-0100`.
    func phoneEnd(at i: Int) -> Int? {
        let plus = symbol(i) == "+", paren = symbol(i) == "("
        guard plus || paren || t[i].kind == .number else { return nil }
        if plus, numeral(i + 1) == nil || !attached(i + 1) { return nil }
        if paren, numeral(i + 1) == nil { return nil }
        var k = plus ? i + 1 : i
        var digits = 0
        // The groups and separators as counts and the first few, not arrays: this runs for every number.
        var groupCount = 0
        var shortGroups = true
        var firstGroup: Numeral? = nil, secondGroup: Numeral? = nil
        var separatorCount = 0
        var firstSeparator: Unicode.Scalar = " "
        while k < t.count, k - i < 16 {
            if let n = numeral(k) {
                guard !n.grouped, n.decimals == 0, !n.vulgarFraction, !n.dotted else { break }
                if groupCount > 0, t[k - 1].kind == .number {
                    if separatorCount == 0 { firstSeparator = " " }
                    separatorCount += 1
                }
                digits += n.integerDigits
                if groupCount == 0 { firstGroup = n } else if groupCount == 1 { secondGroup = n }
                groupCount += 1
                if n.integerDigits > 4 { shortGroups = false }
                k += 1
            } else if let c = symbol(k), c == "-" || c == "(" || c == ")" || c == ".",
                      numeral(k + 1) != nil || c == ")", !(c == "." && t[k + 1].spaceBefore) {
                if separatorCount == 0 { firstSeparator = c }
                separatorCount += 1
                k += 1
            } else {
                break
            }
        }
        while k > i, t[k - 1].kind == .symbol { k -= 1 }
        var isPhone = (plus && digits >= 6) || (paren && digits >= 7 && groupCount >= 2)
            || (digits >= 9 && groupCount >= 3 && shortGroups)
        if !isPhone, groupCount == 2, separatorCount == 1, firstSeparator == "-", let g0 = firstGroup,
           let g1 = secondGroup, g0.integerDigits == 3, g1.integerDigits == 4, let a = g0.value, let b = g1.value {
            isPhone = g1.leadingZero || (a.truncatingRemainder(dividingBy: 10) != 0
                                         && b.truncatingRemainder(dividingBy: 100) != 0)
        }
        return isPhone ? k : nil
    }

    // MARK: Dates

    func date(at i: Int) -> FigureDraft? {
        let tok = t[i]
        let w = t.text(i)
        if w == "noon" || w == "midday" || w == "midnight" {
            return FigureDraft(first: i, end: i + 1, kind: .time, value: w == "midnight" ? 0 : 12)
        }
        if Dates.deictic.contains(w) {
            return FigureDraft(first: i, end: i + 1, kind: .date, value: nil)
        }
        if Dates.relativeStarters.contains(w), let next = word(i + 1), t[i + 1].spaceBefore,
           Dates.periods.contains(next) || (Dates.weekdays.contains(next) && t[i + 1].capitalized)
            || (Dates.months[next] != nil && t[i + 1].capitalized) {
            return FigureDraft(first: i, end: i + 2, kind: .date, value: nil)
        }
        // "last fiscal year", "next academic year"
        if Dates.relativeStarters.contains(w), let kind = word(i + 1), Self.yearKinds.contains(kind), t[i + 1].spaceBefore,
           let next = word(i + 2), next == "year" || next == "quarter", t[i + 2].spaceBefore {
            return FigureDraft(first: i, end: i + 3, kind: .date, value: nil)
        }
        if tok.capitalized, Dates.weekdays.contains(w) || (w.endsWithS && Dates.weekdays.contains(String(w.string.dropLast()))) {
            return FigureDraft(first: i, end: i + 1, kind: .date, value: nil)
        }
        if tok.capitalized, Dates.months[w] != nil || (Dates.monthAbbreviations.contains(w)
                                                       && (symbol(i + 1) == "." || numeral(i + 1) != nil)) {
            let abbreviated = Dates.months[w] == nil
            let k = abbreviated && symbol(i + 1) == "." ? i + 2 : i + 1
            if let n = numeral(k), n.isInteger, t[k].spaceBefore, let v = n.value {
                if n.integerDigits <= 2, v >= 1, v <= 31 {
                    var end = k + 1
                    if let suffix = word(end), attached(end), Self.ordinalSuffixes.contains(suffix) { end += 1 }
                    var yearEnd = end
                    if symbol(yearEnd) == "," { yearEnd += 1 }
                    if let y = numeral(yearEnd), isYearShaped(y), t[yearEnd].spaceBefore { end = yearEnd + 1 }
                    return FigureDraft(first: i, end: end, kind: .date, value: v)
                }
                if isYearShaped(n), !abbreviated {
                    return FigureDraft(first: i, end: k + 1, kind: .date, value: v)
                }
            }
            if abbreviated { return nil }
            if Dates.ambiguousMonths.contains(w) {
                guard let before = word(i - 1), Dates.datePrepositions.contains(before) else { return nil }
            }
            return FigureDraft(first: i, end: i + 1, kind: .date, value: nil)
        }
        return nil
    }

    func isYearShaped(_ n: Numeral) -> Bool {
        guard n.isInteger, !n.grouped, n.integerDigits == 4, let v = n.value else { return false }
        return v >= 1000 && v <= 2199
    }

    /// "1990s", "the '90s", and ages as decades: "in his 60s".
    func decade(at i: Int) -> FigureDraft? {
        if let n = numeral(i), n.isInteger, n.integerDigits == 2, isWord(i + 1, "s"), attached(i + 1), let v = n.value,
           v.truncatingRemainder(dividingBy: 10) == 0 {
            // "in his 60s", "in her mid-40s"
            var b = i - 1
            if isDash(b), let w = word(b - 1), Self.decadeParts.contains(w) { b -= 2 }
            else if let w = word(b), Self.decadeParts.contains(w) { b -= 1 }
            if let owner = word(b), Self.possessives.contains(owner) {
                // The whole phrase is the age: "in her late 70s", as "aged 42" is.
                let first = isWord(b - 1, "in") ? b - 1 : i
                return FigureDraft(first: first, end: i + 2, kind: .age, value: v, low: v, high: v + 9, unit: "year")
            }
            return FigureDraft(first: i, end: i + 2, kind: .date, value: (v >= 30 ? 1900 : 2000) + v)
        }
        if let q = symbol(i), q.isSingleQuoteMark, let n = numeral(i + 1), attached(i + 1), n.integerDigits == 2,
           n.isInteger, isWord(i + 2, "s"), attached(i + 2), let v = n.value {
            return FigureDraft(first: i, end: i + 3, kind: .date, value: (v >= 30 ? 1900 : 2000) + v)
        }
        if let n = numeral(i), isYearShaped(n), isWord(i + 1, "s"), attached(i + 1), let v = n.value,
           v.truncatingRemainder(dividingBy: 10) == 0 {
            return FigureDraft(first: i, end: i + 2, kind: .date, value: v)
        }
        return nil
    }
}

/// Word lists of the rules above, as tables: an array literal would be built on every call.
extension FigureParser {
    /// Words before "over" that keep it a bound on a span ("in over 18 months").
    static let spanWords: WordSet = [
        "in", "for", "after", "of", "within", "than", "at", "with", "to", "lasted", "lasting", "took", "spent",
        "taking",
    ]

    /// Ordinal suffixes after a day number.
    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]

    /// People an age limit is put on: "people over 18", "those aged under 25".
    static let agedGroups: WordSet = [
        "people", "children", "adults", "those", "anyone", "everyone", "men", "women", "persons", "kids", "aged",
        "patients", "drivers", "students", "citizens", "users", "voters", "residents", "workers", "girls", "boys",
    ]

    /// Kinds of year between "last" and "year": "last fiscal year".
    static let yearKinds: WordSet = ["fiscal", "financial", "academic", "calendar", "tax", "school", "budget", "model"]

    /// Parts of a decade ("mid-40s").
    static let decadeParts: WordSet = ["mid", "early", "late"]

    /// Possessives before a decade of age ("in his 60s").
    static let possessives: WordSet = ["his", "her", "their", "its", "my", "our", "your"]
}
