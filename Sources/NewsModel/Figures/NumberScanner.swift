/// Reads numerals from display text in one pass: digits with comma or
/// thin/no-break space groups, a decimal part, and vulgar fractions. Values
/// that overflow become nil, so hostile digit runs cost linear time and
/// never produce infinities.
enum NumberScanner {
    /// Exact powers of ten representable as Double.
    private static let powersOfTen: [Double] = [
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// A decimal numeral times a scale word: "$4.1bn" is 4.1 × 10⁹, which binary doubles give as
    /// 4099999999.9999995. A product within rounding error of a whole number is that number.
    static func scaled(_ value: Double, by scale: Double) -> Double {
        let product = value * scale
        let whole = product.rounded()
        return abs(product - whole) <= abs(product) * 1e-12 ? whole : product
    }

    static func powerOfTen(_ n: Int) -> Double {
        if n < powersOfTen.count { return powersOfTen[max(n, 0)] }
        return n > 400 ? .infinity : powersOfTen[22] * powerOfTen(n - 22)
    }

    /// The value of a vulgar fraction character, or nil.
    static func vulgarFraction(_ c: Unicode.Scalar) -> Double? {
        switch c.value {
        case 0xBC: return 0.25
        case 0xBD: return 0.5
        case 0xBE: return 0.75
        case 0x2153: return 1.0 / 3.0
        case 0x2154: return 2.0 / 3.0
        case 0x2155: return 0.2
        case 0x2156: return 0.4
        case 0x2157: return 0.6
        case 0x2158: return 0.8
        case 0x2159: return 1.0 / 6.0
        case 0x215A: return 5.0 / 6.0
        case 0x215B: return 0.125
        case 0x215C: return 0.375
        case 0x215D: return 0.625
        case 0x215E: return 0.875
        default: return nil
        }
    }

    /// Scans the numeral starting at the digit `s[start]`. `isGroupSpace(i)`
    /// tells whether the space at display offset `i` was a thin or no-break
    /// space in the source (display text turns thin spaces into plain ones).
    static func scan(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, plainSpaceGroups: Bool = false,
                     isGroupSpace: (Int) -> Bool) -> (Numeral, end: Int) {
        let n = s.count
        var i = start
        var mantissa = 0.0
        var integerDigits = 0
        while i < n, s[i].isDigit {
            mantissa = mantissa * 10 + Double(s[i].value - 0x30)
            integerDigits += 1
            i += 1
        }
        let leadingZero = integerDigits > 1 && s[start] == "0"
        var grouped = false
        if integerDigits <= 3 && !leadingZero {
            var separator: Unicode.Scalar? = nil
            while i + 3 < n {
                let c = s[i]
                let isComma = c == ","
                let isSpace = (c.isNoBreakSpace || c.value == 0x2009) || (c == " " && (plainSpaceGroups || isGroupSpace(i)))
                guard isComma || isSpace, separator == nil || separator == c,
                      s[i + 1].isDigit, s[i + 2].isDigit, s[i + 3].isDigit,
                      i + 4 >= n || !s[i + 4].isDigit else { break }
                separator = c
                for k in 1...3 { mantissa = mantissa * 10 + Double(s[i + k].value - 0x30) }
                integerDigits += 3
                grouped = true
                i += 4
            }
        }
        var decimals = 0
        var dotted = false
        if i + 1 < n, s[i] == ".", s[i + 1].isDigit {
            i += 1
            while i < n, s[i].isDigit {
                mantissa = mantissa * 10 + Double(s[i].value - 0x30)
                decimals += 1
                i += 1
            }
            // 1.2.3 — a version, a date or an address.
            while i + 1 < n, s[i] == ".", s[i + 1].isDigit {
                dotted = true
                i += 1
                while i < n, s[i].isDigit { i += 1 }
            }
        }
        var value: Double? = mantissa / powerOfTen(decimals)
        if mantissa >= 9_007_199_254_740_992 || decimals > 22 {
            // Beyond exact integers: let the standard library round the digits correctly.
            var digits: [UInt8] = []
            digits.reserveCapacity(i - start)
            for k in start..<i where s[k].isDigit || s[k] == "." { digits.append(UInt8(truncatingIfNeeded: s[k].value)) }
            value = Double(String(decoding: digits, as: UTF8.self))
        }
        if let v = value, !v.isFinite { value = nil }
        if dotted { value = nil }
        let numeral = Numeral(value: value, integerDigits: integerDigits, grouped: grouped, decimals: decimals,
                              leadingZero: leadingZero, dotted: dotted, vulgarFraction: false)
        return (numeral, i)
    }
}
