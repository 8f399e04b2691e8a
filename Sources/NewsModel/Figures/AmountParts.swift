/// Parts of an amount after its number: written fractions ("3 1/2"), a smaller unit after a
/// larger one ("2 years 3 months"), what a rate is per ("a gallon", "per 100 km"), and the
/// "m" that means metres rather than million.
extension FigureParser {
    /// "1/2", "1/16" at token `k`: a numerator below a usual denominator, not a date ("9/11").
    func writtenFraction(at k: Int) -> (value: Double, end: Int)? {
        guard let n = numeral(k), n.isInteger, !n.grouped, symbol(k + 1) == "/", attached(k + 1),
              let d = numeral(k + 2), attached(k + 2), d.isInteger, let a = n.value, let b = d.value,
              a >= 1, a < b, Self.fractionDenominators.contains(b) else { return nil }
        // "1/2/2024" is a date.
        if symbol(k + 3) == "/", attached(k + 3) { return nil }
        return (a / b, k + 3)
    }

    /// A smaller unit after an amount in `unit`: "2 years 3 months" (0.25), "5 lb 4 oz", "7′1″",
    /// "9 dollars 75 cents", "£3 and 40p". Its value in `unit` and the token after it.
    func smallerPart(after k: Int, unit: String) -> (value: Double, end: Int)? {
        var j = k
        if isWord(j, "and") || (symbol(j) == "," && isWord(j + 1, "and")) { j += symbol(j) == "," ? 2 : 1 }
        guard j < t.count, t[j].kind == .number || t[j].cls.contains(.number) else { return nil }
        // Prime and double prime written against the digits: "7′1″".
        let glued = j == k && !t[j].spaceBefore
        guard t[j].spaceBefore || (glued && unit == "ft") else { return nil }
        guard let q = quantity(at: j, qualified: false, second: true), !q.vague, !q.fraction, !q.scaled,
              let v = q.value, v >= 0 else { return nil }
        // "40p": pence against the digits.
        if let n = q.numeral, n.isInteger, isWord(q.end, "p"), attached(q.end), unit == "GBP", v < 100 {
            return (v / 100, q.end + 1)
        }
        // "6ft 2in": "in" is the inch only here.
        if unit == "ft", let w = word(q.end), w == "in" || w == "ins", v < 12 {
            return (v / 12, q.end + 1)
        }
        guard let u = self.unit(at: q.end, value: v, currency: nil, scaled: false) else { return nil }
        var small = u.unit
        if u.kind == .money, let whole = Units.hundredths[small], whole == unit || unit == "USD" || unit == "EUR" {
            small = "hundredth"
        }
        guard let factor = Units.smallerParts[unit + " " + small], v * factor < 1 else { return nil }
        return (v * factor, u.end)
    }

    /// What a rate is per, after an amount at `k`: "a gallon", "an hour", "per 100 km", "per axle",
    /// "annually". The unit name and the token after it.
    func rateDenominator(at k: Int) -> (String, Int)? {
        guard k < t.count, t[k].kind == .word, t[k].spaceBefore else { return nil }
        let w = t.text(k)
        if let u = Units.rateAdverbUnits[w] { return (u, k + 1) }
        guard w == "a" || w == "an" || w == "per" || w == "every" else { return nil }
        // "per 100 km"
        if w == "per", let n = numeral(k + 1), n.isInteger, let v = n.value, let u = unit(at: k + 2, value: v, currency: nil, scaled: false),
           u.kind == .measure {
            return (FigureNumberText.format(v) + " " + u.unit, u.end)
        }
        guard let next = word(k + 1), t[k + 1].spaceBefore else { return nil }
        // "26 pupils a decade ago": a date, not a rate.
        if let after = word(k + 2), Self.relativeTimeWords.contains(after) { return nil }
        // "per kilowatt-hour", "a megawatt-hour"
        if next == "kilowatt" || next == "megawatt", isDash(k + 2), attached(k + 2), isWord(k + 3, "hour") {
            return (next == "kilowatt" ? "kWh" : "MWh", k + 4)
        }
        if let d = Units.durations[next], next != "second" || w == "per" { return (d, k + 2) }
        if let p = Units.perNouns[next] { return (p, k + 2) }
        if let m = Units.measures[next] { return (m, k + 2) }
        // "per axle", "per woman": any noun after "per".
        if w == "per", CountedNoun.isContent(t[k + 1]), !t[k + 1].capitalized, next.utf8Count > 2 {
            return (t.string(k + 1), k + 2)
        }
        return nil
    }

    /// A score's verb or noun a few words before: "beat Cresford United 3-1", "won 104-98".
    func isScoreContext(before first: Int, after end: Int = -1) -> Bool {
        // "a 3-2 win", "their 2-0 lead"
        if end >= 0, let w = word(end), t[end].spaceBefore, Self.scoreNouns.contains(w) { return true }
        var b = first - 1
        while b >= 0, first - b <= 6 {
            if wordIs(b, .score) { return true }
            if t[b].kind == .symbol, t[b].scalar != "'" { return false }
            b -= 1
        }
        return false
    }

    /// "m" against the digits at `k` means metres, not million: "3,200m", "a 37m yacht", "37m-high",
    /// "20m long". "1.2m residents" and a bare "37m" are millions.
    func metresAfter(_ n: Numeral?, at k: Int) -> Bool {
        if n?.grouped ?? false { return true }
        let next = k + 1
        guard next < t.count else { return false }
        if isDash(next), attached(next) { return true }
        guard t[next].kind == .word, t[next].spaceBefore else { return false }
        if Self.dimensionWords.contains(t.text(next)) || Self.metreWords.contains(t.text(next)) { return true }
        return CountedNoun.isContent(t[next]) && !t[next].capitalized && !CountedNoun.looksPlural(t, next)
            && !t[next].cls.contains(.scale)
    }

    /// After "5 thousand": "2 hundred and 7", the smaller parts of the number, and the token after them.
    func mixedRest(at k: Int, below whole: Double) -> (Double, Int)? {
        var j = k
        var total = 0.0
        var limit = whole
        while j < t.count, t[j].spaceBefore {
            if isWord(j, "and"), let n = numeral(j + 1), n.isInteger, let v = n.value, v < 100, v < limit,
               !wordIs(j + 2, .scale) {
                total += v
                j += 2
                break
            }
            guard let n = numeral(j), n.isInteger, !n.grouped, let v = n.value, let w = word(j + 1),
                  let scale = NumberWords.scales[w], v * scale < limit, v < 1000 else { break }
            total += v * scale
            limit = scale
            j += 2
        }
        return j > k && total > 0 ? (total, j) : nil
    }

    /// "×10⁻⁸", "x 10^9": a power of ten after a number, its value and the token after it.
    func powerOfTen(at k: Int) -> (Double, Int)? {
        guard k < t.count else { return nil }
        let isTimes = symbol(k) == "\u{00D7}" || (isWord(k, "x") && !t[k].allCaps)
        guard isTimes, let ten = numeral(k + 1), ten.value == 10, ten.isInteger else { return nil }
        var j = k + 2
        if symbol(j) == "^", attached(j) { j += 1 }
        var negative = false
        if let c = symbol(j), c == "\u{207B}" || c == "-" || c == "\u{2212}", attached(j) {
            negative = true
            j += 1
        }
        // Superscript digits are symbols; plain digits come after "^".
        var exponent = 0
        var digits = 0
        while j < t.count, attached(j), let c = symbol(j), let d = Self.superscriptDigit(c) {
            exponent = exponent * 10 + d
            digits += 1
            j += 1
        }
        if digits == 0, let n = numeral(j), attached(j), n.isInteger, let v = n.value, v < 400 {
            exponent = Int(v)
            digits = 1
            j += 1
        }
        guard digits > 0, exponent < 400 else { return nil }
        let p = NumberScanner.powerOfTen(exponent)
        return (negative ? 1 / p : p, j)
    }

    static func superscriptDigit(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 0x2070: return 0
        case 0x00B9: return 1
        case 0x00B2: return 2
        case 0x00B3: return 3
        case 0x2074...0x2079: return Int(c.value - 0x2070)
        default: return nil
        }
    }

    /// Verbs before a number with "m" that make it metres: "ran 37m", "fell 20m".
    static let metreVerbs: WordSet = [
        "ran", "run", "runs", "swam", "swim", "swims", "jumped", "jump", "threw", "throw", "thrown", "dived",
        "dove", "measures", "measured", "measuring", "stands", "stood", "spans", "spanned", "sprinted", "walked",
        "towers", "towered",
    ]

    /// Nouns after a score: "a 3-2 win".
    static let scoreNouns: WordSet = [
        "win", "victory", "defeat", "loss", "draw", "lead", "triumph", "thrashing", "scoreline", "result",
        "aggregate", "comeback",
    ]

    /// Denominators of fractions written with a slash.
    static let fractionDenominators: Set<Double> = [2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100]

    /// Words after "20m" that make it metres: "20m away", "20m above".
    static let metreWords: WordSet = ["away", "above", "below", "underground", "tall", "from", "deep", "high"]
}
