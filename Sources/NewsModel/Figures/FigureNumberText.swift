/// Figure values for people to read, in the CLI's text listing and the reader's
/// panel (JSON keeps the exact numbers): "1.3 billion" rather than 1300000000,
/// "180,000" and "1,250" (every number from a thousand up grouped alike, years and days
/// of dates excepted), times of day as a clock shows them ("18:05"), and fractions to
/// three decimals rather than 0.3333333333333333.
public enum FigureNumberText {
    private static let scales: [(Double, String)] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]

    /// A figure's value as it reads for its kind: a date's year is "2030", a time "18:05".
    public static func format(_ value: Double, kind: FigureKind) -> String {
        switch kind {
        case .time: return clock(value)
        case .date: return value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : format(value)
        default: return format(value)
        }
    }

    /// Hours since midnight as "HH:MM" ("6:05 p.m." is 18:05).
    public static func clock(_ hours: Double) -> String {
        guard hours.isFinite, hours >= 0, hours <= 48 else { return format(hours) }
        let minutes = Int((hours * 60).rounded())
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let magnitude = abs(value)
        // "3×10⁻⁸": too small for three decimals.
        if magnitude > 0, magnitude < 0.0005 { return String(value) }
        for (scale, word) in scales where magnitude >= scale {
            let scaled = value / scale
            // Only when the scaled number is short: 4.1 billion, not 4.123457 billion.
            let rounded = (scaled * 1000).rounded() / 1000
            if abs(scaled - rounded) <= abs(scaled) * 1e-9 { return decimal(rounded) + " " + word }
            break
        }
        if value == value.rounded(), magnitude < 1e15 {
            let whole = Int(value)
            return magnitude >= 1000 ? grouped(whole) : String(whole)
        }
        return decimal(value)
    }

    /// At most three decimals, trailing zeros dropped.
    private static func decimal(_ value: Double) -> String {
        let thousandths = (value * 1000).rounded()
        guard abs(thousandths) < 9e15 else { return String(value) }
        let n = Int(thousandths)
        let sign = n < 0 ? "-" : ""
        let whole = abs(n) / 1000
        var fraction = String(abs(n) % 1000)
        while fraction.count < 3 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let head = whole >= 1000 ? grouped(whole) : String(whole)
        return sign + head + (fraction.isEmpty ? "" : "." + fraction)
    }

    private static func grouped(_ n: Int) -> String {
        let digits = Array(String(abs(n)))
        var out = n < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
