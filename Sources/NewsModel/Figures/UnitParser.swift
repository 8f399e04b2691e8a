/// A unit found after a number.
struct UnitMatch: Sendable {
    var kind: FigureKind
    var unit: String
    var end: Int

    /// A unit's kind and canonical name, as the word tables hold it.
    struct Known: Sendable {
        var kind: FigureKind
        var unit: String
    }
}

extension FigureParser {
    /// The unit starting at token `k` after a number: `%`, `percent`, `per cent`,
    /// `percentage points`, currency names and codes, durations, measures
    /// (`square kilometres`, `km/h`) and temperatures (`-5C`, `75 degrees Fahrenheit`).
    func unit(at k: Int, value: Double?, currency: String?, scaled: Bool) -> UnitMatch? {
        guard k < t.count else { return nil }
        let tok = t[k]
        if tok.kind == .symbol {
            switch tok.scalar {
            case "%", "\u{FF05}", "\u{066A}":
                return UnitMatch(kind: .percent, unit: "%", end: k + 1)
            case "\u{00B0}":
                if let w = word(k + 1), attached(k + 1) || t[k + 1].allCaps, w == "c" || w == "f" {
                    return UnitMatch(kind: .temperature, unit: w == "c" ? "C" : "F", end: k + 2)
                }
                return UnitMatch(kind: .temperature, unit: "degree", end: k + 1)
            case "\u{2033}":
                return UnitMatch(kind: .measure, unit: "inch", end: k + 1)
            case "\u{2032}":
                return UnitMatch(kind: .measure, unit: "ft", end: k + 1)
            case let c where Units.isCurrencySymbol(c):
                // "15 € each", "1,200€": the sign after the amount (not the start of the next one).
                guard currency == nil, numeral(k + 1) == nil || !attached(k + 1), let code = Units.currencyCode(of: c) else {
                    return nil
                }
                return UnitMatch(kind: .money, unit: code, end: k + 1)
            case "\u{2103}":
                return UnitMatch(kind: .temperature, unit: "C", end: k + 1)
            case "\u{2109}":
                return UnitMatch(kind: .temperature, unit: "F", end: k + 1)
            default:
                return nil
            }
        }
        // Every word rule below needs a word of one of the unit lists (see `.unitWord`).
        guard tok.kind == .word, tok.cls.contains(.unitWord) else { return nil }
        let w = t.text(k)
        let glued = !tok.spaceBefore
        switch w {
        case "percent", "pct", "percentage", "percents", "prc":
            if let next = word(k + 1), next == "point" || next == "points" {
                return UnitMatch(kind: .percent, unit: "percentage point", end: k + 2)
            }
            return UnitMatch(kind: .percent, unit: "%", end: k + 1)
        case "pp", "ppt", "ppts":
            return UnitMatch(kind: .percent, unit: "percentage point", end: k + 1)
        case "pc":
            return glued || word(k + 1) == nil ? UnitMatch(kind: .percent, unit: "%", end: k + 1) : nil
        case "nautical", "metric":
            if let next = word(k + 1), let m = Units.measures[next] {
                return UnitMatch(kind: .measure, unit: w == "nautical" ? "nautical mile" : (m == "ton" ? "tonne" : m),
                                 end: k + 2)
            }
            return nil
        case "per":
            if isWord(k + 1, "cent") { return UnitMatch(kind: .percent, unit: "%", end: k + 2) }
            return nil
        case "basis":
            if let next = word(k + 1), next == "point" || next == "points" {
                return UnitMatch(kind: .percent, unit: "basis point", end: k + 2)
            }
            return nil
        case "degree", "degrees", "deg", "degs":
            // "30 degrees C", "80 degrees f", "20 degrees celcius".
            if let next = word(k + 1), t[k + 1].spaceBefore, let scale = Units.temperatureScales[next],
               next.utf8Count > 1 || !attached(k + 2) || symbol(k + 2) != nil {
                return UnitMatch(kind: .temperature, unit: scale, end: k + 2)
            }
            if symbol(k + 1) == ".", attached(k + 1), let next = word(k + 2), let scale = Units.temperatureScales[next] {
                return UnitMatch(kind: .temperature, unit: scale, end: k + 3)
            }
            return UnitMatch(kind: .temperature, unit: "degree", end: k + 1)
        case "celsius", "centigrade", "celcius", "fahrenheit", "farenheit", "fahrenheight":
            return UnitMatch(kind: .temperature, unit: Units.temperatureScales[w] ?? "degree", end: k + 1)
        case "lb", "lbs", "pound", "pounds":
            // Torque: "500 lb-ft", "400 pound-feet".
            if isDash(k + 1), attached(k + 1), let next = word(k + 2), attached(k + 2),
               next == "ft" || next == "feet" || next == "foot" {
                return UnitMatch(kind: .measure, unit: "lb-ft", end: k + 3)
            }
        case "astronomical":
            if let next = word(k + 1), next == "unit" || next == "units" {
                return UnitMatch(kind: .measure, unit: "AU", end: k + 2)
            }
            return nil
        case "nm":
            // "Nm" is the newton metre, "nm" the nanometre.
            if tok.capitalized, !tok.allCaps { return UnitMatch(kind: .measure, unit: "Nm", end: k + 1) }
        case "c", "f":
            if glued, tok.allCaps { return UnitMatch(kind: .temperature, unit: w == "c" ? "C" : "F", end: k + 1) }
            return nil
        default:
            break
        }
        if currency == nil {
            if let adjective = Units.currencyAdjectives[w], let name = word(k + 1), let code = adjective[name] {
                return UnitMatch(kind: .money, unit: code, end: k + 2)
            }
            if let code = Units.currencyWords[w] {
                if w == "pound" || w == "pounds", isWord(k + 1, "of") {
                    return UnitMatch(kind: .measure, unit: "lb", end: k + 1)
                }
                if w == "won" || w == "real" || w == "rand" || w == "dong" || w == "lev" || w == "som"
                    || w == "lei" || w == "leu" || w == "manat" {
                    guard scaled || (value ?? 0) >= 1000 else { return nil }
                }
                return UnitMatch(kind: .money, unit: code, end: k + 1)
            }
            if tok.allCaps, Units.isoCodes.contains(w) {
                return UnitMatch(kind: .money, unit: w.string.uppercased(), end: k + 1)
            }
        }
        if let d = Units.durations[w] {
            return UnitMatch(kind: .duration, unit: d, end: k + 1)
        }
        if let known = Units.attachedOnly[w], glued || Units.spacedSingleLetters.contains(w), !tok.allCaps,
           glued || !attached(k + 1) || symbol(k + 1) != nil {
            if w == "m", currency != nil { return nil }
            return measureTail(UnitMatch(kind: known.kind, unit: known.unit, end: k + 1))
        }
        if w == "m", !glued, currency == nil, !tok.allCaps {
            return measureTail(UnitMatch(kind: .measure, unit: "m", end: k + 1))
        }
        if w == "square" || w == "sq" || w == "cubic", let next = word(k + 1) {
            let end = k + 2
            if let m = Units.measures[next] ?? (next == "m" ? "m" : nil), Units.lengthUnits.contains(m) {
                let prefix = w == "cubic" ? "cubic " : "sq "
                return UnitMatch(kind: .measure, unit: prefix + m, end: end)
            }
        }
        if let m = Units.measures[w] {
            return measureTail(UnitMatch(kind: .measure, unit: m, end: k + 1))
        }
        return nil
    }

    /// Speeds and areas written after a length: `km/h`, `miles per hour`, `km²`.
    private func measureTail(_ match: UnitMatch) -> UnitMatch {
        var m = match
        let k = m.end
        if symbol(k) == "/", attached(k), let w = word(k + 1), attached(k + 1), Units.lengthUnits.contains(m.unit),
           w == "h" || w == "hr" || w == "hour" || w == "s" || w == "sec" {
            let perSecond = w == "s" || w == "sec"
            m.unit = perSecond ? m.unit + "/s" : (m.unit == "mile" ? "mph" : m.unit + "/h")
            m.end = k + 2
        } else if isWord(k, "per"), let w = word(k + 1), w == "hour" || w == "second", Units.lengthUnits.contains(m.unit) {
            m.unit = w == "second" ? m.unit + "/s" : (m.unit == "mile" ? "mph" : m.unit + "/h")
            m.end = k + 2
        } else if isWord(k, "an"), isWord(k + 1, "hour"), Units.lengthUnits.contains(m.unit) {
            // "60 miles an hour"
            m.unit = m.unit == "mile" ? "mph" : m.unit + "/h"
            m.end = k + 2
        } else if symbol(k) == "/", attached(k), let w = word(k + 1), attached(k + 1),
                  let per = Units.measures[w] ?? Units.durations[w] ?? Units.attachedOnly[w]?.unit {
            // "98 g/km", "5 mg/l": one unit per another.
            m.unit = Units.rateName(m.unit, per)
            m.end = k + 2
        } else if isDash(k), attached(k), let w = word(k + 1), attached(k + 1), w == "hour" || w == "hours",
                  Units.powerUnits.contains(m.unit) {
            // "335 terawatt-hours": energy, the power unit times an hour.
            m.unit += "h"
            m.end = k + 2
        } else if let c = symbol(k), c == "\u{00B2}" || c == "\u{00B3}", attached(k) {
            m.unit = (c == "\u{00B2}" ? "sq " : "cubic ") + m.unit
            m.end = k + 1
        } else if let n = numeral(k), attached(k), n.isInteger, n.integerDigits == 1, let v = n.value, v == 2 || v == 3,
                  Units.lengthUnits.contains(m.unit), !attached(k + 1) || symbol(k + 1) != nil {
            // "40 km2", "300 m3"
            m.unit = (v == 2 ? "sq " : "cubic ") + m.unit
            m.end = k + 1
        }
        return m
    }
}
