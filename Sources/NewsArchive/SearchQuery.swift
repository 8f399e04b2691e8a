/// The search syntax, checked and turned into an FTS5 query before it reaches
/// SQLite, so a mistake gets a reason of ours and never an SQL message.
///
/// - words match whole words, case and accents ignored (`Zelensky`, `zelensky`);
/// - `"energy facilities"` a phrase; `ceasefir*` a prefix (also `"peace tal"*`);
/// - words side by side must all match; `AND`, `OR`, `NOT` (capitals) and
///   parentheses combine them: `truce OR ceasefire`, `drones NOT (Russia OR Moscow)`;
/// - a word with punctuation inside (`U.S.`, `Kyiv-based`) is the phrase of its parts;
///   punctuation alone is ignored.
public enum SearchQuery {
    private enum Token: Equatable {
        case term(String)
        case op(String)
        case open, close
    }

    /// The FTS5 form of `query`, or why it is malformed.
    public static func translate(_ query: String) throws(ArchiveError) -> String {
        let tokens = try tokenize(query)
        try check(tokens)
        return tokens.map { token -> String in
            switch token {
            case .term(let t): return t
            case .op(let o): return o
            case .open: return "("
            case .close: return ")"
            }
        }.joined(separator: " ")
    }

    private static func tokenize(_ query: String) throws(ArchiveError) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(query.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c.properties.isWhitespace || c.value < 0x20 { i += 1; continue }
            if c == "(" { tokens.append(.open); i += 1; continue }
            if c == ")" { tokens.append(.close); i += 1; continue }
            if c == "\"" {
                var j = i + 1
                while j < scalars.count, scalars[j] != "\"" { j += 1 }
                guard j < scalars.count else { throw .malformedQuery("unclosed quotation mark") }
                let inner = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                j += 1
                let prefix = j < scalars.count && scalars[j] == "*"
                if prefix { j += 1 }
                if hasWordCharacter(inner) { tokens.append(.term(phrase(inner, prefix: prefix))) }
                i = j
                continue
            }
            var j = i
            while j < scalars.count, !scalars[j].properties.isWhitespace, scalars[j].value >= 0x20,
                  scalars[j] != "(", scalars[j] != ")", scalars[j] != "\"" { j += 1 }
            var word = String(String.UnicodeScalarView(scalars[i..<j]))
            i = j
            if word == "AND" || word == "OR" || word == "NOT" { tokens.append(.op(word)); continue }
            var prefix = false
            while word.hasSuffix("*") { word.removeLast(); prefix = true }
            guard hasWordCharacter(word) else { continue }
            if word.unicodeScalars.allSatisfy(isBareword) {
                tokens.append(.term(word + (prefix ? "*" : "")))
            } else {
                tokens.append(.term(phrase(word, prefix: prefix)))
            }
        }
        return tokens
    }

    private static func check(_ tokens: [Token]) throws(ArchiveError) {
        var depth = 0
        var previous: Token?
        for token in tokens {
            switch token {
            case .op(let o):
                guard let p = previous, p != .open, !isOp(p) else { throw .malformedQuery("\(o) needs a term before it") }
            case .open:
                depth += 1
            case .close:
                depth -= 1
                guard depth >= 0 else { throw .malformedQuery("a ')' without its '('") }
                guard let p = previous, p != .open else { throw .malformedQuery("empty parentheses") }
                if case .op(let o) = p { throw .malformedQuery("\(o) needs a term after it") }
            case .term:
                break
            }
            previous = token
        }
        if case .op(let o)? = previous { throw .malformedQuery("\(o) needs a term after it") }
        guard depth == 0 else { throw .malformedQuery("a '(' without its ')'") }
        guard tokens.contains(where: { if case .term = $0 { return true } else { return false } }) else {
            throw .malformedQuery("nothing to search for")
        }
    }

    private static func isOp(_ token: Token) -> Bool {
        if case .op = token { return true }
        return false
    }

    /// FTS5's bareword characters: letters, digits, `_` and everything past ASCII.
    private static func isBareword(_ c: Unicode.Scalar) -> Bool {
        !c.isASCII || (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_")
    }

    private static func hasWordCharacter(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    private static func phrase(_ text: String, prefix: Bool) -> String {
        "\"" + text.replacingDoubleQuotes() + "\"" + (prefix ? "*" : "")
    }
}

extension String {
    fileprivate func replacingDoubleQuotes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\"" ? " " : $0 }))
    }
}
