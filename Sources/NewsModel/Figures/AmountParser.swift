/// A number as written, before units: numerals, number words, fractions and
/// vague quantities.
struct Quantity: Sendable {
    var value: Double?
    var end: Int
    var numeral: Numeral?
    var vague = false
    var fraction = false
    /// "one": a pronoun unless a noun or unit follows.
    var isOne = false
    var scaled = false
}

extension FigureParser {
    /// Words before a number that make it part of a score, not a range: "a vote of 7 to 4".
    static let scoreWords: WordSet = [
        "vote", "votes", "voted", "margin", "score", "scored", "won", "win", "wins", "lost", "lose", "beat",
        "beats", "defeated", "defeat", "victory", "ratio", "odds", "majority", "tally", "drew", "draw",
        "result", "passed", "failed", "split", "ruled", "led", "leads", "trailed", "scoreline",
    ]

    static let streetWords: WordSet = [
        "street", "road", "avenue", "lane", "boulevard", "drive", "place", "square", "st", "rd", "ave", "blvd",
        "terrace", "crescent", "close", "way", "court", "highway",
    ]

    /// Verbs of change: after them "X to Y" is a change and its result.
    static let changeVerbs: WordSet = [
        "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "jumped", "jump",
        "jumps", "climbed", "climb", "climbs", "dropped", "drop", "drops", "increased", "increase", "increases",
        "decreased", "decrease", "grew", "grow", "grows", "grown", "gained", "gain", "gains", "lost", "slipped",
        "slid", "surged", "surge", "plunged", "plunge", "soared", "soar", "declined", "decline", "declines",
        "added", "shed", "cut", "cuts", "raised", "raise", "lowered", "lower", "edged", "tumbled", "sank",
        "slumped", "dipped", "advanced", "eased", "widened", "narrowed", "shrank", "expanded", "up", "down",
    ]

    /// Lower-case nouns that take an identifying number: "Article 5", "route 9".
    static let identifierNouns: WordSet = [
        "article", "route", "section", "chapter", "flight", "room", "berth", "gate", "terminal", "platform",
        "level", "category", "phase", "grade", "class", "no", "number", "version", "season", "episode",
        "page", "highway", "interstate", "item", "rule", "paragraph", "clause", "resolution", "pier",
        "dock", "ward", "district", "precinct", "zone", "building", "model", "type", "apollo", "exit", "runway",
        "jersey", "bus", "tram", "row", "plot", "box", "reactor", "sector", "pump", "pitch", "court", "camp",
        "act", "title", "amendment", "proposition", "channel", "studio", "lane", "junction", "hangar", "bay",
        "cell", "tier", "division", "league", "appendix", "annex", "volume", "stage", "suite", "wing",
    ]

    /// Capitalised words that may stand before a count without naming it:
    /// qualifiers and function words at the start of a sentence.
    func isNameBefore(_ j: Int) -> Bool {
        guard j > 0, j < t.count, t[j].spaceBefore, t[j - 1].kind == .word else { return false }
        let before = t[j - 1]
        if before.cls.contains(.identifierNoun) && !before.possessive { return true }
        guard before.capitalized || before.innerUpper, !before.possessive else { return false }
        return !before.cls.contains(.notName)
    }

    // MARK: Quantity

    /// `afterCode`: a currency code or abbreviation is glued before the digits ("EUR250", "RM300").
    func quantity(at j: Int, qualified: Bool, second: Bool = false, afterArticle: Bool = false,
                  afterCode: Bool = false) -> Quantity? {
        guard j < t.count else { return nil }
        let tok = t[j]
        if tok.kind == .number, let n = t.numeral(j) {
            if n.dotted { return nil }
            if n.leadingZero, symbol(j + 1) != ":" { return nil }
            // The second number of "7-2" or "787-9" that did not make a range.
            if !second, j > 1, !tok.spaceBefore, isDash(j - 1) || symbol(j - 1) == "/" || symbol(j - 1) == ":",
               !t[j - 1].spaceBefore, t[j - 2].kind == .number {
                return nil
            }
            // G7, A320, COVID-19, F-16: part of a name.
            if j > 0, !tok.spaceBefore, t[j - 1].kind == .word, !afterCode { return nil }
            if j > 1, !tok.spaceBefore, symbol(j - 1) == "-", t[j - 2].kind == .word, !t[j - 1].spaceBefore,
               t[j - 2].scalar.isUppercaseLetter {
                return nil
            }
            if j > 0, !tok.spaceBefore, symbol(j - 1) == "#" { return nil }
            // "1/16 inch", "1/2 of voters": a written fraction.
            if let part = writtenFraction(at: j) {
                return Quantity(value: part.value, end: part.end, numeral: n, fraction: true)
            }
            var q = Quantity(value: n.value, end: j + 1, numeral: n)
            if !n.vulgarFraction, let f = numeral(j + 1), f.vulgarFraction, attached(j + 1) {
                q.value = (n.value ?? 0) + (f.value ?? 0)
                q.end = j + 2
            }
            if n.vulgarFraction { q.fraction = true }
            return q
        }
        guard tok.kind == .word else { return nil }
        let w = t.text(j)
        if w == "a" || w == "an" {
            guard let next = word(j + 1) else { return nil }
            if NumberWords.scales[next] != nil || next == "dozen" {
                guard let (value, end) = NumberWords.parse(t, at: j + 1, implicitOne: true) else { return nil }
                return Quantity(value: value, end: end, scaled: true)
            }
            if next == "few", var q = quantity(at: j + 1, qualified: qualified, afterArticle: true) {
                q.end = max(q.end, j + 2)
                return q
            }
            if next == "handful", isWord(j + 2, "of") {
                return Quantity(value: nil, end: j + 2, vague: true)
            }
            if next == "couple", isWord(j + 2, "of") {
                // "a couple of dozen", "a couple of hundred": two of the scale.
                if let s = word(j + 3), let scale = s == "dozen" ? 12 : NumberWords.scales[s] {
                    return Quantity(value: 2 * scale, end: j + 4, scaled: true)
                }
                return Quantity(value: 2, end: j + 2)
            }
            if let f = NumberWords.fractions[next], !next.endsWithS {
                // "a quarter million visitors", "a quarter-million acres"
                let scaleAt = isDash(j + 2) && attached(j + 2) && attached(j + 3) ? j + 3 : j + 2
                if let s = word(scaleAt), let scale = NumberWords.scales[s], s != "hundred" {
                    return Quantity(value: NumberScanner.scaled(f, by: scale), end: scaleAt + 1, scaled: true)
                }
                let after = j + 2
                let unitFollows = Self.pointWords.contains(word(after) ?? "")
                    || Units.durations[word(after) ?? ""] != nil || Units.measures[word(after) ?? ""] != nil
                // "by a third", "nearly a third", "up a fifth": a share, where "a third term" is an ordinal.
                if isWord(after, "of") || after >= t.count || t[after].kind == .symbol || isWord(j - 1, "by")
                    || wordIs(j - 1, .changeVerb) || unitFollows || qualified {
                    return Quantity(value: f, end: after, fraction: true)
                }
                return nil
            }
            // "more than a year", "half a mile": "a" is one only where a bound or fraction puts a number
            // on it. Alone ("took a month", "a decade ago", "twice a week") it is an article: no figure.
            // "an hour and a half": the fraction puts the number on it.
            if qualified || isWord(j - 1, "half") || isWord(j + 2, "and") && isWord(j + 3, "a") && isWord(j + 4, "half"),
               Units.durations[next] != nil || Units.measures[next] != nil {
                return Quantity(value: 1, end: j + 1)
            }
            return nil
        }
        if w == "half" {
            if isDash(j + 1) && attached(j + 1) { return nil }
            if let before = word(j - 1), Self.notHalfBefore.contains(before) {
                return nil
            }
            if NumberWords.ordinals[word(j - 1) ?? ""] != nil { return nil }
            if isWord(j + 1, "a") || isWord(j + 1, "an"), let unit = word(j + 2) {
                if let scale = NumberWords.scales[unit] { return Quantity(value: 0.5 * scale, end: j + 3, scaled: true) }
                if Units.durations[unit] != nil || Units.measures[unit] != nil {
                    return Quantity(value: 0.5, end: j + 2, fraction: true)
                }
            }
            if isWord(j + 1, "of") || isWord(j + 1, "the") || qualified || isWord(j - 1, "by") {
                return Quantity(value: 0.5, end: j + 1, fraction: true)
            }
            return nil
        }
        if w == "several" || (w == "few" && isWord(j - 1, "a") && afterArticle) {
            var end = j + 1
            // "several hundred", "a few thousand", "several dozen"
            if let next = word(end), NumberWords.scales[next] != nil || next == "dozen" { end += 1 }
            return Quantity(value: nil, end: end, vague: true)
        }
        // The word lists below are each within a lexicon class of the word: the class mask
        // spares most words the lookups.
        let cls = tok.cls
        // "Thousands rallied", "killed hundreds": the plural scale alone.
        if cls.contains(.vague), Self.pluralScales.contains(w), !isWord(j + 1, "of"),
           !isWord(j - 1, "the") {
            return Quantity(value: nil, end: j + 1, vague: true)
        }
        if cls.contains(.vague), NumberWords.vagueOf.contains(w), isWord(j + 1, "of") {
            var end = j + 1
            // "tens of thousands of people", or "tens of thousands" alone.
            if let next = word(j + 2), NumberWords.vagueOf.contains(next) { end = j + 3 }
            return Quantity(value: nil, end: end, vague: true)
        }
        if w == "dozen", !isWord(j - 1, "a") {
            return nil
        }
        guard cls.contains(.number), NumberWords.small[w] != nil, let (value, end) = NumberWords.parse(t, at: j) else {
            return nil
        }
        // "7-Eleven": a number word glued to a name by a hyphen.
        if j > 1, isDash(j - 1), attached(j), attached(j - 1), t[j - 2].kind != .word || t[j - 2].capitalized {
            return nil
        }
        var q = Quantity(value: value, end: end)
        q.isOne = value == 1 && end == j + 1
        // "one over forty": a fraction read aloud, when nothing is counted after it.
        if isWord(end, "over"), wordIs(end + 1, .number), let (d, dEnd) = NumberWords.parse(t, at: end + 1), d > value,
           dEnd >= t.count || t[dEnd].kind == .symbol, !isWord(j - 1, "no"), !isWord(j - 1, "the") {
            return Quantity(value: value / d, end: dEnd)
        }
        // "two-thirds", "three quarters", "one third"
        var k = end
        let hyphen = isDash(k) && attached(k) && attached(k + 1)
        if hyphen { k += 1 }
        if let f = word(k), let part = NumberWords.fractions[f], f != "half", value < 20,
           hyphen || t[k].spaceBefore, value == 1 || f.endsWithS {
            q.value = value * part
            q.end = k + 1
            q.fraction = true
            q.isOne = false
        }
        return q
    }

    // MARK: Amount

    /// A quantity with its currency, scale, unit, range and counted noun phrase.
    /// `allowRange`: false where the caller reads the second number itself ("from 412 to 305").
    func amount(at j0: Int, qualified: Bool, between: Bool = false, allowRange: Bool = true) -> FigureDraft? {
        guard j0 < t.count else { return nil }
        var j = j0
        var currency: String? = nil
        var negative = false
        if let (code, next) = currencyPrefix(at: j) {
            currency = code
            j = next
        }
        if let c = symbol(j), c == "-" || c == "\u{2212}", numeral(j + 1) != nil, attached(j + 1),
           j == 0 || t[j].spaceBefore || symbol(j - 1) == "(" {
            negative = true
            j += 1
        } else if isWord(j, "minus") || isWord(j, "negative"), numeral(j + 1) != nil || wordIs(j + 1, .number) {
            negative = true
            j += 1
        }
        if currency == nil, negative, let (code, next) = currencyPrefix(at: j) {
            currency = code
            j = next
        }
        let afterCode = currency != nil && j > 0 && t[j - 1].kind == .word
        guard var q = quantity(at: j, qualified: qualified, afterCode: afterCode) else { return nil }
        let start = j
        var value = q.value
        if negative, let v = value { value = -v }
        var end = q.end

        // "one and a half"
        // "one and a half", "two and a third cups"
        if isWord(end, "and"), isWord(end + 1, "a") || isWord(end + 1, "an"), let f = word(end + 2),
           !f.endsWithS, let part = NumberWords.fractions[f], let v = value {
            value = v + part
            end += 3
        }
        // "3 1/2 inches": a whole number and a written fraction.
        if let n = q.numeral, n.isInteger, !q.fraction, let part = writtenFraction(at: end), t[end].spaceBefore,
           let v = value {
            value = v + part.value
            end = part.end
        }
        // "a quarter of a million", "half a billion": a fraction of a scale word.
        if q.fraction, let v = value, isWord(end, "of"), isWord(end + 1, "a"), let w = word(end + 2),
           let scale = NumberWords.scales[w], w != "dozen" {
            value = NumberScanner.scaled(v, by: scale)
            end += 3
            q.scaled = true
            q.fraction = false
        }
        // Scale words and suffixes: "1.5 million", "1.2m", "2bn".
        // A spaced word scales only as a scale word (`.scale`) or after a currency: most words
        // after a number are neither, and are not read as text.
        if q.numeral != nil, end < t.count, attached(end) || t[end].cls.contains(.scale) || currency != nil,
           let w = word(end) {
            if attached(end), let scale = NumberWords.suffixScales[w],
               w != "b" || currency != nil, w != "k" || !t[end].allCaps || currency != nil,
               w != "m" || currency != nil || !(metresAfter(q.numeral, at: end) || wordIs(start - 1, .metreVerb)) {
                value = value.map { NumberScanner.scaled($0, by: scale) }
                end += 1
                q.scaled = true
            } else if !attached(end), let scale = NumberWords.scales[w] {
                value = value.map { NumberScanner.scaled($0, by: scale) }
                end += 1
                q.scaled = true
                if let v2 = word(end), v2 != "hundred", let s2 = NumberWords.scales[v2], s2 > scale {
                    value = value.map { NumberScanner.scaled($0, by: s2) }
                    end += 1
                }
            } else if !attached(end), currency != nil, let scale = NumberWords.suffixScales[w], w != "b" && w != "k" {
                value = value.map { NumberScanner.scaled($0, by: scale) }
                end += 1
                q.scaled = true
            }
        }
        // "5 thousand 2 hundred and 7": digits and scale words in turn.
        if q.scaled, !between, q.numeral != nil, let v = value, let (rest, restEnd) = mixedRest(at: end, below: v) {
            value = v + rest
            end = restEnd
        }
        // "3×10⁻⁸", "1.6 x 10^9": a power of ten.
        if let v = value, let (power, powerEnd) = powerOfTen(at: end) {
            value = v * power
            end = powerEnd
        }
        if let v = value, !v.isFinite { value = nil }

        // Times of day: 10:30, 4 p.m., and the British 9.30am.
        if let n = q.numeral, n.isInteger, currency == nil, !q.scaled, let v = value, mayBeginTime(end) {
            if let d = time(at: start, hours: v, digits: n.integerDigits, afterNumber: end) {
                var d = d
                d.first = j0
                return d
            }
        }
        if let n = q.numeral, n.decimals == 2, n.integerDigits <= 2, currency == nil, !q.scaled, let v = value,
           let (mer, next) = meridiemMark(at: end) {
            let hours = v.rounded(.down)
            let minutes = ((v - hours) * 100).rounded()
            if hours >= 1, hours <= 12, minutes < 60 {
                var h = hours
                if mer == "pm", h < 12 { h += 12 }
                if mer == "am", h == 12 { h = 0 }
                return FigureDraft(first: j0, end: next, kind: .time, value: h + minutes / 60)
            }
        }

        // "1 in 3 Americans", "nine out of 10 doctors": a proportion.
        if !q.scaled, !q.vague, !q.fraction, currency == nil, let v = value, v >= 1,
           let (denominator, next) = proportion(after: end, numerator: q) {
            // "One in four adults" is a share of a group, as "a quarter of adults" is: a fraction (0.25),
            // kind percent; what it is a share of stays its counted noun.
            var draft = FigureDraft(first: j0, end: next, kind: .percent, value: v / denominator, unit: "fraction")
            if let phrase = CountedNoun.phrase(t, at: next, plural: true, partitiveOnly: false) {
                draft.phrase = phrase
                draft.end = phrase.end
            }
            return draft
        }

        // "23yo", "45 yo": an age.
        if let n = q.numeral, n.isInteger, currency == nil, let v = value, v > 0, v < 130, isWord(end, "yo") {
            return FigureDraft(first: j0, end: end + 1, kind: .age, value: v, unit: "year")
        }
        // Letters stuck to the digits that are not a unit make an identifier: 5G, 1e308, 3D.
        if q.numeral != nil, attached(end), let w = word(end) {
            let known = NumberWords.suffixScales[w] != nil || Self.attachedSuffixes.contains(w)
                || Units.durations[w] != nil || Units.measures[w] != nil || Units.attachedOnly[w] != nil
                || ((w == "c" || w == "f") && t[end].allCaps) || w == "percent" || w == "pct" || w == "pc"
                || Units.currencyWords[w] != nil || Units.isoCodes.contains(w)
            // "80p": pence, the British hundredth of a pound.
            if w == "p", !t[end].allCaps, let n = q.numeral, n.isInteger, !n.grouped, currency == nil, !q.scaled,
               let v = value, v < 1000, !(end + 1 < t.count && t[end + 1].kind == .word && !t[end + 1].spaceBefore) {
                return FigureDraft(first: j0, end: end + 1, kind: .money, value: v / 100, unit: "GBP")
            }
            if !known || (t[end].allCaps && w.count == 1 && w != "c" && w != "f") { return nil }
            if (w == "st" || w == "nd" || w == "rd" || w == "th"), let n = q.numeral, n.isInteger, currency == nil {
                // "the 1st Battalion", "5th Avenue": part of a name.
                if end + 1 < t.count, t[end + 1].kind == .word, t[end + 1].capitalized, t[end + 1].spaceBefore {
                    return nil
                }
                if let period = quarterEnd(after: end + 1) {
                    return FigureDraft(first: j0, end: period, kind: .date, value: value)
                }
                return FigureDraft(first: j0, end: orderedUnitEnd(after: end + 1), kind: .ordinal, value: value)
            }
            if w == "s" { return nil }
        }

        // "9/11", "24/7", "3:1": a date, a slogan or a ratio, not figures.
        if let c = symbol(end), c == "/" || c == ":", attached(end), numeral(end + 1) != nil, attached(end + 1) {
            return nil
        }
        // "10 Downing Street": a house number.
        if q.numeral != nil, end + 1 < t.count, t[end].kind == .word, t[end].capitalized,
           let street = word(end + 1) ?? word(end + 2), Self.streetWords.contains(street) {
            return nil
        }
        // "the 737 MAX", "500 SUV": a model name.
        if let n = q.numeral, n.isInteger, !n.grouped, currency == nil, !q.scaled, end < t.count,
           t[end].kind == .word, t[end].allCaps, t.text(end).utf8Count >= 2, t[end].spaceBefore,
           Units.measures[t.text(end)] == nil, !Units.isoCodes.contains(t.text(end)),
           Units.durations[t.text(end)] == nil, !Self.modelNameExceptions.contains(t.text(end)) {
            return nil
        }

        // Day and month: "19 March 2024".
        if let n = q.numeral, n.isInteger, n.integerDigits <= 2, currency == nil, let v = value, v >= 1, v <= 31,
           end < t.count, Dates.isMonthToken(t, end) {
            var dEnd = end + 1
            if let y = numeral(dEnd), isYearShaped(y) { dEnd += 1 }
            return FigureDraft(first: j0, end: dEnd, kind: .date, value: v)
        }

        // Compound adjectives: "two-year", "42-year-old", "12-km", "5,000-strong".
        if isDash(end), attached(end), attached(end + 1), let w = word(end + 1) {
            return compound(first: j0, quantity: q, value: value, dash: end, word: w, currency: currency)
        }

        // "six more weeks", "two extra days": the unit after a word of addition.
        if isAddition(end), !isWord(end + 1, "than"),
           let next = word(end + 1), Units.durations[next] != nil || Units.measures[next] != nil {
            end += 1
        }
        // The unit, then a range ("20 to 30 hours", "20%-30%").
        var unitMatch = unit(at: end, value: value, currency: currency, scaled: q.scaled)
        // "20 USD million", "5 euros billion": a scale after the currency.
        if let u = unitMatch, u.kind == .money, !q.scaled, let w = word(u.end), t[u.end].spaceBefore,
           let scale = NumberWords.scales[w], w != "hundred" {
            value = value.map { NumberScanner.scaled($0, by: scale) }
            unitMatch?.end = u.end + 1
            q.scaled = true
        }
        // "7.1 on the Richter scale"
        if unitMatch == nil, isWord(end, "on"), isWord(end + 1, "the"), isWord(end + 2, "richter") {
            unitMatch = UnitMatch(kind: .measure, unit: "magnitude", end: end)
        }
        // "a quarter point": a fraction of a percentage point.
        if q.fraction, unitMatch == nil, let w = word(end), w == "point" || w == "points" {
            unitMatch = UnitMatch(kind: .percent, unit: "percentage point", end: end + 1)
        }
        // "a quarter of a percentage point", "half of a mile", "½ a percent": a fraction of one unit.
        let ofA = isWord(end, "of") ? end + 1 : end
        if q.fraction, unitMatch == nil, isWord(ofA, "a") || isWord(ofA, "an"),
           let u = unit(at: ofA + 1, value: value, currency: currency, scaled: false), u.kind != .money {
            unitMatch = u
        }
        // "weighed 200 pounds": weight, not money.
        if let u = unitMatch, u.kind == .money, u.unit == "GBP", let w = word(end), w == "pound" || w == "pounds",
           (max(0, j0 - 3)..<j0).contains(where: { word($0)?.string.hasPrefix("weigh") ?? false }) {
            unitMatch = UnitMatch(kind: .measure, unit: "lb", end: u.end)
        }
        // "millions of dollars", "hundreds of miles": a vague amount of a unit.
        if q.vague, unitMatch == nil, isWord(end, "of"),
           let u = unit(at: end + 1, value: nil, currency: currency, scaled: true), u.kind != .percent {
            unitMatch = u
        }
        // "an hour and a half", "two years and a half"
        if let u = unitMatch, u.kind == .duration, let v = value, isWord(u.end, "and"),
           isWord(u.end + 1, "a"), isWord(u.end + 2, "half") {
            value = v + 0.5
            unitMatch?.end = u.end + 3
        }
        // "6ft 2in", "2 years 3 months", "9 dollars 75 cents": a smaller unit after the larger, in the larger.
        if let u = unitMatch, let v = value, let part = smallerPart(after: u.end, unit: u.unit) {
            value = v + part.value
            unitMatch?.end = part.end
        } else if unitMatch == nil, let c = currency, c == "USD" || c == "GBP" || c == "EUR", let v = value,
                  let part = smallerPart(after: end, unit: c) {
            // "£3 and 40p"
            value = v + part.value
            end = part.end
        }
        var low: Double? = nil, high: Double? = nil
        var afterFirst = unitMatch?.end ?? end
        if allowRange, !q.vague, !q.fraction, let v = value,
           let r = range(after: afterFirst, first: j0, low: v, q1: q, currency: currency, between: between),
           unitsAgree(unitMatch, unit(at: r.end, value: r.high, currency: currency, scaled: r.scale != 1)) {
            low = r.low
            high = r.high
            if r.scale != 1, !q.scaled { low = NumberScanner.scaled(v, by: r.scale) }
            value = low
            afterFirst = r.end
            if let u = unit(at: r.end, value: r.high, currency: currency, scaled: r.scale != 1) {
                unitMatch = u
                afterFirst = u.end
            }
            if r.isDate {
                return FigureDraft(first: j0, end: r.end, kind: .date, value: low, low: low, high: high)
            }
        } else if between {
            return nil
        } else if isDash(afterFirst), attached(afterFirst), numeral(afterFirst + 1) != nil, attached(afterFirst + 1) {
            // "beat Hallam 3-1": a score, one figure with the winner's (or first) number. "787-9": a model.
            if unitMatch == nil, currency == nil, let n = q.numeral, n.isInteger, !n.grouped, let m = numeral(afterFirst + 1),
               m.isInteger, let v = value, v < 300, (m.value ?? 1000) < 300,
               isScoreContext(before: j0, after: afterFirst + 2) {
                return FigureDraft(first: j0, end: afterFirst + 2, kind: .count, value: v, unit: "score")
            }
            return nil
        } else if unitMatch == nil, currency == nil, !q.vague, isWord(end, "to"),
                  isWord(j0 - 1, "from") || isChangeContext(j0),
                  let q2 = quantity(at: end + 1, qualified: false), q2.numeral != nil, q.numeral != nil,
                  let u = unit(at: q2.end, value: q2.value, currency: currency, scaled: false),
                  u.kind == .percent || u.kind == .money {
            // "fell from 1.42 to 1.39 percent", "rose by 4 to 120 pence": the first number has the second's unit.
            unitMatch = UnitMatch(kind: u.kind, unit: u.unit, end: end)
        }
        end = afterFirst

        var draft = FigureDraft(first: j0, end: end, kind: .count, value: value, low: low, high: high)
        draft.vague = q.vague
        if let u = unitMatch {
            draft.kind = u.kind
            draft.unit = u.unit
            // "42 cents", "12 pence": hundredths of the dollar and the pound.
            if u.kind == .money, let whole = Units.hundredths[u.unit] {
                draft.unit = whole
                draft.value = draft.value.map { $0 / 100 }
                draft.low = draft.low.map { $0 / 100 }
                draft.high = draft.high.map { $0 / 100 }
            }
        }
        if let currency {
            draft.kind = .money
            draft.unit = currency
        }
        // "three years ago": the span back to a date, a duration of three years. "A week later",
        // "a year earlier": a reference point with no number, not a figure (a date without value,
        // dropped with the others once changes are read); "two hours later than planned" is a duration.
        if draft.kind == .duration, q.numeral == nil, isWord(start, "a") || isWord(start, "an"),
           let w = word(end), Self.relativeTimeWords.contains(w), !isWord(end + 1, "than") {
            draft.kind = .date
            draft.value = nil
            draft.low = nil
            draft.high = nil
            draft.end = end + 1
            return draft
        }
        if draft.kind == .duration, draft.unit == "year" || draft.unit == "month" || draft.unit == "week" {
            // "34 years old", "34 year-old"
            if isWord(end, "old") {
                draft.kind = .age
                draft.end = end + 1
                return draft
            }
            if isDash(end), attached(end), isWord(end + 1, "old"), attached(end + 1) {
                draft.kind = .age
                draft.end = end + 2
                return draft
            }
        }
        if let trailing = Qualifiers.trailing(t, at: draft.end), !q.vague {
            draft.qualifier = trailing.label
            draft.bound = trailing.bound
            apply(trailing.bound, to: &draft)
            draft.end = trailing.end
        }
        guard draft.kind == .count else {
            // "$4.12 a gallon", "210,000 barrels a day", "7 hours a night": a rate, unit per unit.
            if draft.kind != .percent, draft.kind != .date, draft.kind != .time, let unit = draft.unit,
               let (per, rateEnd) = rateDenominator(at: draft.end) {
                draft.unit = Units.rateName(unit, per)
                draft.end = rateEnd
                draft.rate = true
                return draft
            }
            markRate(&draft)
            return draft
        }
        return count(draft, quantity: q, numberStart: start)
    }

    /// "third quarter", "3rd quarter": a quarter of a year is a date; the token after "quarter".
    func quarterEnd(after k: Int) -> Int? {
        guard k < t.count, t[k].spaceBefore, isWord(k, "quarter") else { return nil }
        return k + 1
    }

    /// "the 88th minute", "the ninth week": an ordinal ending before token `k` takes the unit of time it
    /// orders; the token after the ordinal's phrase.
    func orderedUnitEnd(after k: Int) -> Int {
        k < t.count && t[k].spaceBefore && Units.durations[word(k) ?? ""] != nil ? k + 1 : k
    }

    /// "more", "extra", "additional", "further": a word of addition between a number and what it counts.
    private func isAddition(_ i: Int) -> Bool {
        // A class mask (`additionWords`), not four word tests: this runs twice for every amount.
        wordIs(i, .addition)
    }

    /// A count: a year when it looks like one, an age after a name, or a number
    /// with the noun phrase it counts.
    /// The draft is consumed: taken by copy, it was copied (with its strings) to be changed.
    private func count(_ draft: consuming FigureDraft, quantity q: Quantity, numberStart: Int) -> FigureDraft? {
        let end = draft.end
        let plural = !(q.isOne || (draft.value == 1 && draft.low == nil)) || isWord(end, "of")
        // "40 more trucks", "two extra guards": the noun after a word of addition.
        let phrase = (isAddition(end) && !isWord(end + 1, "than")
                      ? CountedNoun.phrase(t, at: end + 1, plural: plural, partitiveOnly: false) : nil)
            ?? CountedNoun.phrase(t, at: end, plural: plural, partitiveOnly: false)
        let n = q.numeral
        // "No. 10", "dialled 999", "the Horizon 2040 strategy": a label, a phone number, a name.
        if let n, n.isInteger, !n.grouped, !q.scaled, draft.low == nil, draft.qualifier == nil, draft.unit == nil {
            if symbol(numberStart - 1) == ".", attached(numberStart - 1), isWord(numberStart - 2, "no") { return nil }
            if phrase == nil, let before = word(numberStart - 1), Self.dialVerbs.contains(before) { return nil }
            // "replaced the 747": a model or a name, not a count of nothing.
            if phrase == nil, isWord(numberStart - 1, "the"), n.integerDigits >= 3, !isYearShaped(n) { return nil }
            if isYearShaped(n), isNameBefore(numberStart), !Dates.isMonthToken(t, numberStart - 1) { return nil }
        }
        // "one of the things", "one hell of a day": the pronoun and the idiom, not a count.
        if q.isOne {
            if phrase?.partitive ?? false || phrase?.isPronoun ?? false { return nil }
            if isWord(end + 1, "of"), isWord(end + 2, "a") || isWord(end + 2, "an") { return nil }
        }
        // Years: "in 2024", "by 2027" — unless a plural noun follows: "2000 troops".
        if let n, isYearShaped(n), !q.scaled, draft.low == nil, draft.qualifier == nil, let v = draft.value {
            let datePrep = word(numberStart - 1).map { Dates.datePrepositions.contains($0) } ?? false
            if datePrep || phrase == nil || Dates.isMonthToken(t, numberStart > 0 ? numberStart - 1 : numberStart) {
                return FigureDraft(first: draft.first, end: numberStart + 1, kind: .date, value: v)
            }
        }
        // "Boeing 737 freighter", "Formula 1 car": a model number, unless a plain plural follows in
        // title case ("Approves 300 Jobs"): "50 Boeing 737 jets" are jets of a model. After "Article",
        // "Flight", "route" the number is always a label: "under Article 5 rules".
        if let n, n.isInteger, !n.grouped, !q.scaled, draft.low == nil, draft.qualifier == nil,
           isNameBefore(numberStart),
           wordIs(numberStart - 1, .identifierNoun)
            || phrase.map({ $0.hasModifiers(t) || $0.partitive || !CountedNoun.looksPlural(t, $0.headToken)
                || !t[$0.headToken].capitalized }) ?? true {
            return nil
        }
        if let phrase {
            draft.phrase = phrase
            // "312 of the 600 seats": the part is the number alone, the whole a figure of its own;
            // what it is a part of stays its counted noun.
            if phrase.whole < 0 { draft.end = phrase.end }
            // "down 12 points", "gained 310 points": index points after a verb of change ("slipped
            // 5 points to 86%" are percentage points).
            if !phrase.partitive, !phrase.isPronoun, !phrase.hasModifiers(t), phrase.end == phrase.headToken + 1,
               isWord(phrase.headToken, "points") || isWord(phrase.headToken, "point"), changeVerb(before: draft.first) != nil {
                draft.phrase = nil
                let toPercent = (isWord(phrase.end, "to") || isWord(phrase.end, "at")) && numeral(phrase.end + 1) != nil
                    && unit(at: phrase.end + 2, value: nil, currency: nil, scaled: false)?.kind == .percent
                draft.kind = toPercent ? .percent : .measure
                draft.unit = toPercent ? "percentage point" : "point"
                return draft
            }
            // "two winters ago": the span back to a date, two winters.
            if isWord(phrase.end, "ago"), !phrase.isPronoun {
                draft.kind = .duration
                draft.unit = FigureCheck.singular(phrase.head(t))
                draft.phrase = nil
                return draft
            }
        } else {
            if q.isOne { return nil }
            // "several" or "a few" need a noun; "a few hundred" stands alone.
            let scaleEnded = word(q.end - 1).map { NumberWords.scales[$0] != nil || $0 == "dozen" } ?? false
            if q.vague, !scaleEnded, isWord(numberStart, "several") || isWord(numberStart, "few")
                || isWord(numberStart + 1, "few") {
                return nil
            }
            // "was 19 when she emigrated", "who turned 100": an age.
            if let n, n.isInteger, !n.grouped, let v = draft.value, v >= 1, v < 125, draft.qualifier == nil,
               wordIs(numberStart - 1, .ageVerb)
                || (isWord(numberStart - 1, "was") || isWord(numberStart - 1, "is")) && isWord(draft.end, "when") {
                draft.kind = .age
                draft.unit = "year"
                return draft
            }
            // "Ruiz (54) said": an age in brackets after a name.
            if let n, n.isInteger, !n.grouped, let v = draft.value, v >= 1, v < 120, draft.qualifier == nil,
               symbol(numberStart - 1) == "(", symbol(draft.end) == ")", numberStart >= 2, t[numberStart - 2].kind == .word,
               t[numberStart - 2].capitalized, !t[numberStart - 2].cls.contains(.notName) {
                draft.kind = .age
                draft.unit = "year"
                return draft
            }
            // "Ruiz, 54, said", "the mayor, 61, …": an age set off after a person.
            let closer = symbol(draft.end)
            if let n, n.isInteger, !n.grouped, let v = draft.value, v >= 1, v < 120, draft.qualifier == nil,
               symbol(numberStart - 1) == ",", numberStart >= 2, t[numberStart - 2].kind == .word,
               !CountedNoun.stopWords.contains(t.text(numberStart - 2)),
               closer == "," || (t[numberStart - 2].capitalized && (draft.end >= t.count || closer == "." || closer == ";" || closer == ")")) {
                draft.kind = .age
                draft.unit = "year"
                return draft
            }
        }
        if q.isOne, let before = word(numberStart - 1),
           Self.pronounOneBefore.contains(before) {
            return nil
        }
        // Idioms: "one thing", "at one point", "one another", "on the one hand".
        if q.isOne, let next = word(end) {
            if Self.oneIdioms.contains(next) { return nil }
            if isWord(numberStart - 1, "at"), Self.atOneIdioms.contains(next) { return nil }
        }
        // "Half of the respondents", "Two-thirds", "by a third": a share of a group, as a fraction
        // (kind percent, unit "fraction", value 0.5): "a third" is not written as 33.3%.
        if q.fraction, draft.unit == nil, draft.low == nil, draft.high == nil {
            draft.kind = .percent
            draft.unit = "fraction"
            return draft
        }
        // "45 cars an hour", "three times a week": a count per unit of time or event ("/hour"),
        // what it counts staying its counted noun.
        if let phrase = draft.phrase, !phrase.isPronoun, !phrase.partitive, let (per, rateEnd) = rateDenominator(at: draft.end) {
            draft.unit = "/" + per
            draft.end = rateEnd
            draft.rate = true
            return draft
        }
        markRate(&draft)
        return draft
    }

    /// Verbs before a phone number: "dialled 999".
    static let dialVerbs: WordSet = [
        "dial", "dials", "dialled", "dialed", "dialling", "dialing", "call", "called", "calling", "ring", "rang",
        "phone", "phoned", "phoning",
    ]

    /// Marks rates ("a day", "per year", "each") and subsets picked out by a following preposition.
    func markRate(_ d: inout FigureDraft) {
        let e = d.end
        // The word tests need a word of the three lists (see `.rateOrSubset`).
        if wordIs(e, .rateOrSubset), let w = word(e) {
            if Self.rateWords.contains(w), let next = word(e + 1),
               Units.durations[next] != nil || Units.measures[next] != nil || next == "trip" || next == "head"
                || next == "person" || next == "year" {
                d.rate = true
            } else if Self.rateAdverbs.contains(w) {
                d.rate = true
            } else if Self.subsetWords.contains(w), !isTimeAdjunct(e + 1) {
                d.subset = true
            }
        }
        if symbol(e) == "/" { d.rate = true }
    }

    /// "on Monday", "in March", "in 2023", "overnight": when, not which.
    func isTimeAdjunct(_ k: Int) -> Bool {
        guard k < t.count else { return false }
        let x = t[k]
        if x.kind == .number { return t.numeral(k).map(isYearShaped) ?? false }
        guard x.kind == .word else { return false }
        let w = t.text(k)
        if Dates.weekdays.contains(w) || Dates.deictic.contains(w) || Dates.relativeStarters.contains(w)
            || (Dates.months[w] != nil && x.capitalized) { return true }
        if w == "the", let next = word(k + 1),
           Self.timeNouns.contains(next) {
            return true
        }
        return false
    }

    // MARK: Pieces

    /// A currency written before the number: `$`, `US$`, `€`, `USD 5`.
    func currencyPrefix(at j: Int) -> (String, Int)? {
        guard j < t.count else { return nil }
        let tok = t[j]
        if tok.kind == .symbol, let code = Units.currencyCode(of: tok.scalar) {
            if numeral(j + 1) != nil, attached(j + 1) { return (code, j + 1) }
            // "$US4.2 million", "$A30": the country after the sign.
            if tok.scalar == "$", let w = word(j + 1), attached(j + 1), t[j + 1].allCaps,
               let prefixed = Units.dollarPrefixes[w], numeral(j + 2) != nil, attached(j + 2) {
                return (prefixed, j + 2)
            }
            // "$ 40 million", "A$ 62,000": a space after the sign (not between two numbers).
            if numeral(j + 1) != nil, j + 1 < t.count, t[j].spaceBefore || j == 0,
               j == 0 || t[j - 1].kind != .number {
                return (code, j + 1)
            }
            return nil
        }
        // Both word forms need a word of `.currency` (dollar prefixes and ISO codes): one mask
        // rejects the numbers and words this is tried on.
        guard tok.kind == .word, tok.cls.contains(.currency) else { return nil }
        if tok.kind == .word, let code = Units.dollarPrefixes[t.text(j)],
           symbol(j + 1) == "$", attached(j + 1), numeral(j + 2) != nil,
           attached(j + 2) || (tok.allCaps && !attached(j)), tok.scalar.isUppercaseLetter {
            return (code, j + 2)
        }
        if tok.kind == .word, tok.allCaps, Units.isoCodes.contains(t.text(j)), numeral(j + 1) != nil {
            return (t.string(j).uppercased(), j + 1)
        }
        // "Y=500": the yen as news wires write it.
        if tok.allCaps, isWord(j, "y"), symbol(j + 1) == "=", attached(j + 1), numeral(j + 2) != nil, attached(j + 2) {
            return ("JPY", j + 2)
        }
        if tok.capitalized, let code = Units.wordPrefixes[t.text(j)] {
            let k = symbol(j + 1) == "." && attached(j + 1) ? j + 2 : j + 1
            if numeral(k) != nil { return (code, k) }
        }
        return nil
    }

    /// Whether token `k`, right after a whole number, can go on into a time of day (a ":" or a
    /// word of `clockWords`): `time(at:)` is tried after most numbers, and nearly always fails.
    @inline(__always)
    func mayBeginTime(_ k: Int) -> Bool {
        guard k < t.count else { return false }
        let tok = t.items[k]
        return tok.kind == .symbol ? tok.scalar == ":" : tok.kind == .word && tok.cls.contains(.clock)
    }

    /// "10:30 a.m.", "4 p.m.", "16:00 GMT".
    func time(at j: Int, hours: Double, digits: Int, afterNumber end: Int) -> FigureDraft? {
        var h = hours
        var k = end
        var minutes = 0.0
        var clock = false
        if digits <= 2, h <= 24, symbol(k) == ":", attached(k), let m = numeral(k + 1), attached(k + 1),
           m.integerDigits == 2, m.isInteger, let mv = m.value, mv < 60 {
            minutes = mv
            k += 2
            clock = true
        }
        var meridiem: String? = nil
        if let (mer, next) = meridiemMark(at: k), h >= 1, h <= 12 {
            meridiem = mer
            k = next
        } else if isWord(k, "o'clock"), h >= 1, h <= 12 {
            k += 1
            clock = true
        }
        guard clock || meridiem != nil else { return nil }
        if meridiem == "pm", h < 12 { h += 12 }
        if meridiem == "am", h == 12 { h = 0 }
        if let zone = word(k), t[k].allCaps, Self.timeZones.contains(zone) {
            k += 1
        }
        return FigureDraft(first: j, end: k, kind: .time, value: h + minutes / 60)
    }

    /// `a.m.`, `p.m.`, `am`, `PM` at token `k`.
    func meridiemMark(at k: Int) -> (String, Int)? {
        guard let w = word(k) else { return nil }
        if w == "am" || w == "pm" {
            // "am" with a space is also the verb; accept it only when it closes the clause.
            if w == "am", !attached(k), let next = word(k + 1), !Dates.weekdays.contains(next),
               !Self.clauseClosers.contains(next) {
                return nil
            }
            var end = k + 1
            if symbol(end) == ".", attached(end), end + 1 < t.count, !t[end + 1].capitalized { end += 1 }
            return (w == "am" ? "am" : "pm", end)
        }
        if w == "a" || w == "p", symbol(k + 1) == ".", attached(k + 1), isWord(k + 2, "m"), attached(k + 2) {
            var end = k + 3
            if symbol(end) == ".", attached(end) { end += 1 }
            return (w == "a" ? "am" : "pm", end)
        }
        return nil
    }

    /// Compound adjectives built on a number: "two-year", "42-year-old", "12-km", "5,000-strong".
    private func compound(first: Int, quantity _: Quantity, value: Double?, dash: Int, word w: FigureWord,
                          currency: String?) -> FigureDraft? {
        let unitWord = dash + 1
        if let currency {
            // "$1.2-million settlement"
            if let scale = NumberWords.scales[w] {
                return FigureDraft(first: first, end: unitWord + 1, kind: .money, value: value.map { NumberScanner.scaled($0, by: scale) },
                                   unit: currency)
            }
            return FigureDraft(first: first, end: dash, kind: .money, value: value, unit: currency)
        }
        if let unit = Units.durations[w] {
            if isDash(unitWord + 1), attached(unitWord + 1), isWord(unitWord + 2, "old"), attached(unitWord + 2) {
                return FigureDraft(first: first, end: unitWord + 3, kind: .age, value: value, unit: unit)
            }
            var end = unitWord + 1
            if isDash(end), attached(end), isWord(end + 1, "long"), attached(end + 1) { end += 2 }
            return FigureDraft(first: first, end: end, kind: .duration, value: value, unit: unit)
        }
        if let unit = Units.measures[w] ?? Units.attachedOnly[w].flatMap({ $0.kind == .measure ? $0.unit : nil }) {
            var end = unitWord + 1
            if isDash(end), attached(end), let x = word(end + 1), Self.dimensionWords.contains(x) {
                end += 2
            }
            return FigureDraft(first: first, end: end, kind: .measure, value: value, unit: unit)
        }
        if w == "percent" || w == "per" {
            return FigureDraft(first: first, end: unitWord + 1, kind: .percent, value: value, unit: "%")
        }
        if w == "strong" {
            return FigureDraft(first: first, end: unitWord + 1, kind: .count, value: value)
        }
        // "four-door", "two-seater": a class label, not a figure.
        if Self.classLabels.contains(w) { return nil }
        // "a 27-nation bloc", "a 10-point plan": a count used as a modifier ("one-time" is not).
        if !(t.text(first) == "one"), t[unitWord].kind == .word, !t[unitWord].capitalized,
           CountedNoun.isContent(t[unitWord]), !CountedNoun.looksPlural(t, unitWord), startsWithWord(first) {
            return FigureDraft(first: first, end: unitWord + 1, kind: .count, value: value)
        }
        if w == "odd" || w == "plus" || w == "something" {
            var d = FigureDraft(first: first, end: unitWord + 1, kind: .count, value: value,
                                low: w == "plus" ? value : nil, qualifier: w == "plus" ? "plus" : "odd")
            if let phrase = CountedNoun.phrase(t, at: unitWord + 1, plural: true, partitiveOnly: false) {
                d.phrase = phrase
                d.end = phrase.end
            }
            return d
        }
        if (w == "degree" || w == "degrees") {
            return FigureDraft(first: first, end: unitWord + 1, kind: .temperature, value: value, unit: "degree")
        }
        return nil
    }

    /// The "in 3" of "1 in 3", or "out of 10": a larger whole number without a unit after it.
    func proportion(after end: Int, numerator q: Quantity) -> (Double, Int)? {
        var k = end
        if isWord(k, "in") {
            k += 1
            if isWord(k, "every") { k += 1 }
        } else if isWord(k, "out"), isWord(k + 1, "of") {
            k += 2
        } else {
            return nil
        }
        guard let q2 = quantity(at: k, qualified: false, second: true), let d = q2.value, !q2.vague, !q2.fraction,
              d > (q.value ?? 0), d <= 1000,
              !(q2.numeral.map(isYearShaped) ?? false), !q2.scaled,
              unit(at: q2.end, value: d, currency: nil, scaled: false) == nil else { return nil }
        return (d, q2.end)
    }

    private func startsWithWord(_ first: Int) -> Bool {
        // Not after a currency or a minus sign.
        t[first].kind != .symbol
    }

    /// A verb of change before the number at `first` ("rose 4", "fell by 3").
    func isChangeContext(_ first: Int) -> Bool {
        var b = first - 1
        if isWord(b, "by") { b -= 1 }
        return wordIs(b, .changeVerb)
    }

    /// Both sides of a range in the same unit, or one side without a unit.
    func unitsAgree(_ a: UnitMatch?, _ b: UnitMatch?) -> Bool {
        guard let a else { return true }
        guard let b else { return false }
        return a.kind == b.kind && a.unit == b.unit
    }

    /// A second bound after the first number: "-30", "to 30", "and 30" (after "between").
    /// The result is plain numbers: a `UnitMatch` (with its `String`) in it made every
    /// discarded result an optional destroyed through runtime metadata.
    func range(after k: Int, first: Int, low: Double, q1: Quantity, currency: String?, between: Bool)
        -> (low: Double, high: Double, end: Int, scale: Double, isDate: Bool)? {
        guard k < t.count else { return nil }
        let connectorIsDash = isDash(k)
        // Word tests rather than an optional `FigureWord`: this runs after nearly every
        // number, and such an optional is destroyed through runtime metadata.
        let isTo = isWord(k, "to")
        guard connectorIsDash || isTo || (between && isWord(k, "and")) else { return nil }
        if connectorIsDash, symbol(k) == "-", t[k].spaceBefore { return nil }
        let afterChange = isTo && !between && isChangeContext(first)
        // Scores and votes: "a vote of 7 to 4", "won 3-1".
        if !between {
            var b = first - 1
            while b >= 0, b >= first - 4 {
                if wordIs(b, .score) { return nil }
                b -= 1
            }
        }
        var j = k + 1
        if let c = symbol(j), Units.isCurrencySymbol(c), currency != nil, attached(j + 1) { j += 1 }
        else if let word = word(j), Units.dollarPrefixes[word] != nil, symbol(j + 1) == "$", currency != nil { j += 2 }
        guard let q2 = quantity(at: j, qualified: false, second: true), let v2raw = q2.value, !q2.vague,
              (q1.numeral != nil) == (q2.numeral != nil) else { return nil }
        var end = q2.end
        var scale = 1.0
        if q2.numeral != nil, let sw = word(end) {
            if attached(end), let s = NumberWords.suffixScales[sw], sw != "b" || currency != nil { scale = s; end += 1 }
            else if !attached(end), let s = NumberWords.scales[sw] { scale = s; end += 1 }
        }
        let v2 = NumberScanner.scaled(v2raw, by: scale)
        // Year spans: 2023-24, 2020-2024, between 2020 and 2024.
        if let n1 = q1.numeral, isYearShaped(n1), let n2 = q2.numeral, n2.isInteger, !q1.scaled {
            if isYearShaped(n2), v2 > low { return (low, v2, end, 1, true) }
            if n2.integerDigits == 2, connectorIsDash {
                let century = (low / 100).rounded(.down) * 100
                var high = century + v2raw
                if high < low { high += 100 }
                return (low, high, end, 1, true)
            }
        }
        let lowScaled = q1.scaled ? low : NumberScanner.scaled(low, by: scale)
        guard v2 > lowScaled || (between && v2 >= lowScaled) else { return nil }
        // "jumped $3 to $85" is a change and where it ended; "rose 10% to 15%" is a range.
        if afterChange, v2 > 2 * lowScaled { return nil }
        if q1.numeral != nil, q2.numeral?.leadingZero ?? false { return nil }
        return (lowScaled, v2, end, q1.scaled ? 1 : scale, false)
    }
}

/// Word lists of the rules above, as tables: an array literal would be built on every call.
extension FigureParser {
    /// Words after "a quarter" that make it a fraction of a unit.
    static let pointWords: WordSet = ["point", "points", "percentage"]

    /// Words before "half" that make it a noun ("the first half"), not a quantity.
    static let notHalfBefore: WordSet = ["the", "a", "first", "second", "other", "latter", "former", "one"]

    /// Plural scale words that stand alone as a vague quantity ("thousands rallied").
    static let pluralScales: WordSet = ["dozens", "hundreds", "thousands", "millions", "billions"]

    /// Letters after digits that do not make an identifier: ordinals, decades, times.
    static let attachedSuffixes: WordSet = ["st", "nd", "rd", "th", "s", "am", "pm"]

    /// Capitals after a number that are not a model name.
    static let modelNameExceptions: WordSet = ["am", "pm", "gmt", "utc"]

    /// Words before "one" that make it a pronoun ("no one", "the one").
    static let pronounOneBefore: WordSet = [
        "no", "the", "any", "every", "each", "which", "this", "that", "someone", "anyone",
    ]

    /// Nouns after "one" in idioms ("one thing", "one another").
    static let oneIdioms: WordSet = ["thing", "another", "way", "hand", "bit", "sort", "kind", "day"]

    /// Nouns of "at one point", "at one stage".
    static let atOneIdioms: WordSet = ["point", "stage", "time", "moment"]

    /// Words after "a year", "a week" that make it a span of time, never a rate: "4.9% a year
    /// earlier". Not "before" or "after": "400,000 a year before the closure" is a rate.
    static let relativeTimeWords: WordSet = ["earlier", "later", "ago"]

    /// The words that can follow the hour of a time of day: "4 pm", "4 p.m.", "4 o'clock"
    /// (see `time(at:)` and `meridiemMark(at:)`).
    static let clockWords: WordSet = ["am", "pm", "a", "p", "o'clock"]

    /// Words of addition between a number and what it counts ("40 more trucks").
    static let additionWords: WordSet = ["more", "extra", "additional", "further"]

    /// Words before a unit that make a rate ("a day", "per year").
    static let rateWords: WordSet = ["a", "an", "per", "each", "every"]

    /// Adverbs that make a rate ("apiece", "daily").
    static let rateAdverbs: WordSet = ["apiece", "each", "annually", "daily", "weekly", "monthly", "yearly", "nightly"]

    /// Words after a count that single out a part ("40 trucks from the cooperative").
    static let subsetWords: WordSet = [
        "from", "in", "at", "on", "with", "over", "under", "near", "inside", "outside", "across", "along", "among",
        "aboard", "who", "which", "that", "whose",
    ]

    /// Nouns of "the morning", "the weekend": when, not which.
    static let timeNouns: WordSet = [
        "morning", "evening", "afternoon", "night", "weekend", "day", "week", "month", "year", "past",
    ]

    /// Time zones written after a time of day.
    static let timeZones: WordSet = ["gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "et", "pt"]

    /// Words after "am" that show it closes a time, not the verb.
    static let clauseClosers: WordSet = [
        "on", "in", "at", "local", "and", "or", "to", "until", "yesterday", "today", "tomorrow", "this", "last",
        "next", "each", "every", "when", "after", "before",
    ]

    /// Verbs after which a bare number is an age: "turned 100", "was 19 when".
    static let ageVerbs: WordSet = ["turned", "turns", "turning", "turn"]

    /// Hyphenated class labels, not measures of the thing: "four-door", "two-seater", "four-wheel-drive".
    static let classLabels: WordSet = [
        "door", "doors", "seater", "wheel", "wheeler", "cylinder", "star", "stroke", "speed", "piece", "ply",
        "way", "hander", "engine", "engined",
    ]

    /// Dimensions after a measure ("12-km-long").
    static let dimensionWords: WordSet = ["long", "wide", "high", "tall", "deep"]
}
