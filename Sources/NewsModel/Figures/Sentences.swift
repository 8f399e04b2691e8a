/// Sentence boundaries in a block's display text: a terminal mark (and any
/// closing quotes or brackets) followed by a space and a capital, digit or
/// quotation mark, unless the mark ends an abbreviation or an initial.
enum Sentences {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "jr",
        "sr", "no", "vs", "mt", "ft", "co", "corp", "inc", "ltd", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "rev", "hon", "maj", "adm", "cmdr", "supt", "det", "insp",
        "approx", "est", "fig", "vol", "pp", "dept", "univ", "assn", "bros", "messrs",
    ]

    /// The display ranges of the sentences of a text, in order, covering it,
    /// one at a time: a block's figures need only the sentences up to the last one.
    struct Cursor {
        private let s: [Unicode.Scalar]
        private var start = 0
        private var i = 0

        init(_ s: [Unicode.Scalar]) { self.s = s }

        mutating func next() -> Range<Int>? {
            let n = s.count
            while i < n {
                let c = s[i]
                // Letters and most punctuation lie between "?" and "…": skip them without the full test.
                guard c.value < 0x40 || c.value >= 0x2026, c.isSentenceTerminal else { i += 1; continue }
                var j = i + 1
                while j < n, s[j].isSentenceTerminal || s[j].isQuoteMark || s[j] == ")" || s[j] == "]" { j += 1 }
                guard j + 1 < n, s[j] == " " else { i = j; continue }
                let next = s[j + 1]
                guard next.isUppercaseLetter || next.isDigit || next.isQuoteMark || next == "(" else { i = j; continue }
                if c == ".", Sentences.isAbbreviation(s, dot: i) { i = j; continue }
                let sentence = start..<j
                start = j + 1
                i = j + 1
                return sentence
            }
            guard start < n else { return nil }
            defer { start = n }
            return start..<n
        }
    }

    fileprivate static func isAbbreviation(_ s: [Unicode.Scalar], dot: Int) -> Bool {
        var k = dot
        var word = ""
        while k > 0, s[k - 1].isLetter, dot - k < 8 {
            k -= 1
        }
        if dot - k >= 8 { return false }
        for p in k..<dot { word.unicodeScalars.append(s[p]) }
        if word.isEmpty { return false }
        // An initial ("J. Smith") or a dotted abbreviation ("U.S.", "a.m.").
        if word.unicodeScalars.count == 1 { return true }
        if k > 0, s[k - 1] == "." { return true }
        return abbreviations.contains(word.lowercased())
    }
}
