/// Figure values for people to read, in the CLI's text listing and the reader's
/// panel (JSON keeps the exact numbers): "1.3 billion" rather than 1300000000,
/// "180,000", and fractions to three decimals rather than 0.3333333333333333.
public enum FigureNumberText {
    private static let scales: [(Double, String)] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]

    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let magnitude = abs(value)
        for (scale, word) in scales where magnitude >= scale {
            let scaled = value / scale
            // Only when the scaled number is short: 4.1 billion, not 4.123457 billion.
            let rounded = (scaled * 1000).rounded() / 1000
            if abs(scaled - rounded) <= abs(scaled) * 1e-9 { return decimal(rounded) + " " + word }
            break
        }
        if value == value.rounded(), magnitude < 1e15 {
            let whole = Int(value)
            return magnitude >= 10_000 ? grouped(whole) : String(whole)
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
        let head = whole >= 10_000 ? grouped(whole) : String(whole)
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
