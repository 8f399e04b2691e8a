/// English number words: cardinals, scales, fractions, ordinals and the vague
/// quantities news uses ("dozens of", "several").
enum NumberWords {
    static let small: WordTable<Double> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "nought": 0,
    ]

    /// Digits read after "point": "seven point zero two".
    static let digitWords: WordTable<Double> = [
        "zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9,
    ]

    /// Words that multiply what precedes them.
    static let scales: WordTable<Double> = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "lakh": 1e5, "crore": 1e7,
    ]

    /// Scale suffixes written against a numeral: `1.2m`, `2bn`, `40k`.
    static let suffixScales: WordTable<Double> = [
        "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "bln": 1e9, "bil": 1e9, "b": 1e9, "k": 1e3,
        "tn": 1e12, "trn": 1e12, "trln": 1e12,
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    ]

    /// Fractions by their denominator word, singular and plural.
    static let fractions: WordTable<Double> = [
        "half": 0.5, "halves": 0.5, "third": 1.0 / 3.0, "thirds": 1.0 / 3.0, "quarter": 0.25, "quarters": 0.25,
        "fifth": 0.2, "fifths": 0.2, "sixth": 1.0 / 6.0, "sixths": 1.0 / 6.0, "seventh": 1.0 / 7.0,
        "sevenths": 1.0 / 7.0, "eighth": 0.125, "eighths": 0.125, "ninth": 1.0 / 9.0, "ninths": 1.0 / 9.0,
        "tenth": 0.1, "tenths": 0.1,
    ]

    static let ordinals: WordTable<Double> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 1e6,
    ]

    /// Plural scale words that make a vague quantity before "of": "dozens of", "hundreds of".
    static let vagueOf: WordSet = [
        "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores", "tens",
    ]

    /// The value of the number words starting at token `j`, and the token after them.
    /// "three thousand", "ninety-nine", "two hundred and fifty", "two dozen".
    static func parse(_ t: FigureTokens, at j: Int, implicitOne: Bool = false) -> (value: Double, end: Int)? {
        var total = 0.0
        var current = implicitOne ? 1.0 : 0.0
        var any = implicitOne
        var lastSmall = false
        var sawScale = false
        var k = j
        while k < t.count, t[k].kind == .word {
            let w = t.text(k)
            // Each table is within a lexicon class of the word: the class mask spares most lookups.
            let cls = t[k].cls
            if cls.contains(.number), let v = small[w] {
                if lastSmall || (implicitOne && k == j) { break }
                var value = v
                var next = k + 1
                // "sixty-four", and "sixty - four" with spaces on both sides.
                if v >= 20, v < 100, next + 1 < t.count, t.text(next) == "-", t[next].spaceBefore == t[next + 1].spaceBefore,
                   let ones = small[t.text(next + 1)], ones >= 1, ones <= 9 {
                    value += ones
                    next += 2
                }
                // "seven point zero two", "four point five trillion": decimals read digit by digit.
                if !sawScale, next + 1 < t.count, t.text(next) == "point", t[next + 1].kind == .word,
                   digitWords[t.text(next + 1)] != nil {
                    var m = next + 1
                    var place = 0.1
                    while m < t.count, t[m].kind == .word, let d = digitWords[t.text(m)] {
                        value += d * place
                        place /= 10
                        m += 1
                    }
                    current += value
                    any = true
                    lastSmall = true
                    k = m
                    continue
                }
                current += value
                any = true
                lastSmall = true
                k = next
            } else if w == "hundred", any {
                current = (current == 0 ? 1 : current) * 100
                lastSmall = false
                sawScale = true
                k += 1
            } else if cls.contains(.scale), let scale = scales[w], w != "hundred", any {
                total += (current == 0 ? 1 : current) * scale
                current = 0
                lastSmall = false
                sawScale = true
                k += 1
            } else if w == "dozen", any {
                current = (current == 0 ? 1 : current) * 12
                lastSmall = false
                k += 1
            } else if w == "and", sawScale, !lastSmall, k + 1 < t.count, small[t.text(k + 1)] != nil {
                k += 1
            } else {
                break
            }
        }
        guard any, k > j else { return nil }
        if t.text(k - 1) == "and" { k -= 1 }
        return (total + current, k)
    }

    /// An ordinal word at `j` ("third", "twenty-first"), its value and end.
    static func ordinal(_ t: FigureTokens, at j: Int) -> (value: Double, end: Int)? {
        guard j < t.count, t[j].kind == .word else { return nil }
        let w = t.text(j)
        let cls = t[j].cls
        if cls.contains(.ordinal), let v = ordinals[w] { return (v, j + 1) }
        if cls.contains(.number), let tens = small[w], tens >= 20, j + 2 < t.count, t.text(j + 1) == "-", !t[j + 1].spaceBefore,
           !t[j + 2].spaceBefore, let ones = ordinals[t.text(j + 2)], ones < 10 {
            return (tens + ones, j + 3)
        }
        return nil
    }
}
