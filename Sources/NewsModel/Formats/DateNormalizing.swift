/// Dates as formats write them, to ISO 8601: `2026-03-03T14:05:00Z`,
/// `2026-03-03T14:05:00+01:00`, or `2026-03-03` when there is no time.
/// Reads ISO 8601 (extended and basic, as in NITF's `norm` attributes) and
/// RFC 822 / 1123 (RSS `pubDate`). Anything else gives nil.
enum DateNormalizing {
    static func iso(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let text = raw.trimmingSpaces
        guard !text.isEmpty else { return nil }
        if let first = text.unicodeScalars.first, first.value >= 0x30, first.value <= 0x39,
           let date = iso8601(Array(text.utf8)) {
            return date
        }
        return rfc822(text)
    }

    /// `2026-03-03`, `2026-03-03T14:05:00.123Z`, `20260303T140500+0100`, `2026-03-03 14:05`.
    private static func iso8601(_ b: [UInt8]) -> String? {
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var value = 0
            for k in i..<(i + n) {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                value = value * 10 + Int(b[k] - 0x30)
            }
            i += n
            return value
        }
        func skip(_ c: UInt8) -> Bool {
            if i < b.count, b[i] == c { i += 1; return true }
            return false
        }
        guard let year = digits(4) else { return nil }
        let dashed = skip(0x2D)
        guard let month = digits(2) else { return nil }
        if dashed { guard skip(0x2D) else { return nil } }
        guard let day = digits(2), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let date = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        guard i < b.count, b[i] == 0x54 || b[i] == 0x74 || b[i] == 0x20 else { return i == b.count ? date : nil }
        i += 1
        guard let hour = digits(2) else { return date }
        let colon = skip(0x3A)
        guard let minute = digits(2) else { return date }
        var second = 0
        if colon ? skip(0x3A) : (i < b.count && b[i] >= 0x30 && b[i] <= 0x39) {
            guard let s = digits(2) else { return date }
            second = s
        }
        if skip(0x2E) || skip(0x2C) { while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 } }
        guard hour < 24, minute < 60, second < 61 else { return date }
        let time = date + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        guard i < b.count else { return time }
        if b[i] == 0x5A || b[i] == 0x7A { return time + "Z" }
        guard b[i] == 0x2B || b[i] == 0x2D else { return time }
        let sign = b[i] == 0x2B ? "+" : "-"
        i += 1
        guard let zh = digits(2) else { return time }
        _ = skip(0x3A)
        let zm = digits(2) ?? 0
        return zone(time, sign: sign, hours: zh, minutes: zm)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
        "PST": -8, "PDT": -7,
    ]

    /// `Tue, 03 Mar 2026 14:05:00 +0000`, `3 Mar 2026 14:05 GMT`, `03 March 2026`.
    private static func rfc822(_ text: String) -> String? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.first?.isLetter == true, first.count <= 9,
           months.firstIndex(of: String(first.prefix(3)).lowercased()) == nil {
            words.removeFirst()  // the day of the week
        }
        guard words.count >= 3, let day = Int(words[0]), (1...31).contains(day),
              let month = months.firstIndex(of: String(words[1].prefix(3)).lowercased()),
              var year = Int(words[2]) else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        let date = pad(year, 4) + "-" + pad(month + 1, 2) + "-" + pad(day, 2)
        guard words.count >= 4 else { return date }
        let parts = words[3].split(separator: ":").compactMap { Int($0) }
        guard parts.count >= 2, parts[0] < 24, parts[1] < 60 else { return date }
        let time = date + "T" + pad(parts[0], 2) + ":" + pad(parts[1], 2) + ":" + pad(parts.count > 2 ? parts[2] : 0, 2)
        guard words.count >= 5 else { return time }
        let z = words[4]
        if let hours = zones[z.uppercased()] {
            return hours == 0 ? time + "Z" : zone(time, sign: hours < 0 ? "-" : "+", hours: abs(hours), minutes: 0)
        }
        let digits = z.dropFirst()
        guard let sign = z.first, sign == "+" || sign == "-", digits.count == 4, let value = Int(digits) else { return time }
        return zone(time, sign: String(sign), hours: value / 100, minutes: value % 100)
    }

    private static func zone(_ time: String, sign: String, hours: Int, minutes: Int) -> String {
        hours == 0 && minutes == 0 ? time + "Z" : time + sign + pad(hours, 2) + ":" + pad(minutes, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
