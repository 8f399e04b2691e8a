/// When an article was filed, as its dateline or byline says: a day of a month,
/// with the year when one is written. Dates without a year sort as the same
/// year (the articles of one folder are usually of one year).
public struct ArticleDate: Sendable, Hashable, Comparable {
    public let year: Int?
    public let month: Int
    public let day: Int?

    public init(year: Int?, month: Int, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }

    var sortKey: Int { (year ?? 0) * 10_000 + month * 100 + (day ?? 0) }

    public static func < (a: ArticleDate, b: ArticleDate) -> Bool { a.sortKey < b.sortKey }

    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `2025-03-19` with a year, `Mar 19` without.
    public var text: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        if let year { return "\(year)-\(two(month))" + (day.map { "-" + two($0) } ?? "") }
        return Self.monthAbbreviations[month - 1] + (day.map { " \($0)" } ?? "")
    }
}

/// The date and source of an article: what a structured format says (its
/// metadata), else what the parser found: its dateline
/// (`HALDEN, March 19 (Reuters) -`) and byline (`By Miriam Achterberg`).
public enum ArticleOrigin {
    /// Month names and their usual abbreviations (data, not rules): 1 = January.
    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    public static func date(_ article: Article) -> ArticleDate? {
        date(metadata: article.metadata.date, dateline: article.dateline?.text, byline: article.byline?.text)
    }

    /// The same from the texts an archive keeps: the format's date, the dateline and byline lines.
    public static func date(metadata: String?, dateline: String?, byline: String?) -> ArticleDate? {
        // A structured format's own date (ISO 8601) comes first.
        if let iso = metadata, let date = date(in: String(iso.prefix(10))) { return date }
        for text in [dateline, byline] {
            if let text, let date = date(in: text) { return date }
        }
        return nil
    }

    /// A date written in `text`: `March 19`, `19 March 2025`, `Mar. 19, 2025` or `2025-03-19`.
    public static func date(in text: String) -> ArticleDate? {
        var words: [String] = []
        var word = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || c == "-" { word.append(c) } else if !word.isEmpty { words.append(word); word = "" }
        }
        if !word.isEmpty { words.append(word) }
        for (i, w) in words.enumerated() {
            let iso = w.split(separator: "-")
            if iso.count == 3, iso[0].count == 4, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]),
               (1...12).contains(m), (1...31).contains(d) {
                return ArticleDate(year: y, month: m, day: d)
            }
            guard let month = months[w] else { continue }
            func day(_ j: Int) -> Int? {
                guard j >= 0, j < words.count, words[j].count <= 2, let d = Int(words[j]), (1...31).contains(d) else { return nil }
                return d
            }
            func year(_ j: Int) -> Int? {
                guard j >= 0, j < words.count, words[j].count == 4, let y = Int(words[j]), (1800...2200).contains(y) else { return nil }
                return y
            }
            if let d = day(i + 1) { return ArticleDate(year: year(i + 2), month: month, day: d) }
            if let d = day(i - 1) { return ArticleDate(year: year(i + 1), month: month, day: d) }
            // A bare month name ("may") is a date only with a year after it.
            if let y = year(i + 1) { return ArticleDate(year: y, month: month, day: nil) }
        }
        return nil
    }

    /// The outlet named in the dateline's parentheses (`Reuters`), else the byline's author.
    public static func source(_ article: Article) -> String? {
        source(metadata: article.metadata.source, dateline: article.dateline?.text, author: author(article))
    }

    public static func source(metadata: String?, dateline: String?, author: String?) -> String? {
        if let source = metadata { return source }
        if let dateline, let open = dateline.firstIndex(of: "("),
           let close = dateline[open...].firstIndex(of: ")") {
            let inside = dateline[dateline.index(after: open)..<close].trimmingCharacters()
            if !inside.isEmpty, inside.count <= 40 { return inside }
        }
        return author
    }

    /// The byline without its `By`.
    public static func author(_ article: Article) -> String? {
        author(metadata: article.metadata.byline, byline: article.byline?.text)
    }

    public static func author(metadata: String?, byline: String?) -> String? {
        if let names = metadata { return names }
        guard let byline = byline?.trimmingCharacters(), !byline.isEmpty else { return nil }
        for prefix in ["By ", "by ", "BY "] where byline.hasPrefix(prefix) {
            return String(byline.dropFirst(prefix.count)).trimmingCharacters()
        }
        return byline
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
