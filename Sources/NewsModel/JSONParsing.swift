/// Reads JSON text back into `JSON` (the clippings file). Strict RFC 8259; the
/// error says at which character the text stopped being JSON.
extension JSON {
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let offset: Int
        public let reason: String
        public var description: String { "\(reason) at character \(offset + 1)" }
    }

    public static func parse(_ text: String) throws(ParseError) -> JSON {
        var parser = JSONParser(scalars: Array(text.unicodeScalars))
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.at == parser.scalars.count else { throw ParseError(offset: parser.at, reason: "text after the value") }
        return value
    }
}

private struct JSONParser {
    let scalars: [Unicode.Scalar]
    var at = 0

    mutating func skipSpace() {
        while at < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[at]) { at += 1 }
    }

    func fail(_ reason: String) -> JSON.ParseError { JSON.ParseError(offset: at, reason: reason) }

    mutating func value(depth: Int) throws(JSON.ParseError) -> JSON {
        guard depth < 64 else { throw fail("nested too deeply") }
        guard at < scalars.count else { throw fail("unexpected end") }
        switch scalars[at] {
        case "{":
            at += 1
            var fields: [(String, JSON)] = []
            skipSpace()
            if at < scalars.count, scalars[at] == "}" { at += 1; return .object(fields) }
            while true {
                skipSpace()
                guard at < scalars.count, scalars[at] == "\"" else { throw fail("expected a key") }
                let key = try string()
                skipSpace()
                guard at < scalars.count, scalars[at] == ":" else { throw fail("expected ':'") }
                at += 1
                skipSpace()
                fields.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard at < scalars.count else { throw fail("unexpected end") }
                if scalars[at] == "," { at += 1; continue }
                if scalars[at] == "}" { at += 1; return .object(fields) }
                throw fail("expected ',' or '}'")
            }
        case "[":
            at += 1
            var items: [JSON] = []
            skipSpace()
            if at < scalars.count, scalars[at] == "]" { at += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard at < scalars.count else { throw fail("unexpected end") }
                if scalars[at] == "," { at += 1; continue }
                if scalars[at] == "]" { at += 1; return .array(items) }
                throw fail("expected ',' or ']'")
            }
        case "\"": return .string(try string())
        case "t": return try literal("true", .bool(true))
        case "f": return try literal("false", .bool(false))
        case "n": return try literal("null", .null)
        default: return try number()
        }
    }

    mutating func literal(_ word: String, _ value: JSON) throws(JSON.ParseError) -> JSON {
        let w = Array(word.unicodeScalars)
        guard at + w.count <= scalars.count, Array(scalars[at..<(at + w.count)]) == w else { throw fail("unexpected character") }
        at += w.count
        return value
    }

    mutating func number() throws(JSON.ParseError) -> JSON {
        let start = at
        while at < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[at]) { at += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<at]))
        if let i = Int(text) { return .int(i) }
        if let d = Double(text), d.isFinite { return .double(d) }
        at = start
        throw fail("unexpected character")
    }

    mutating func string() throws(JSON.ParseError) -> String {
        at += 1
        var out = String.UnicodeScalarView()
        while at < scalars.count {
            let c = scalars[at]
            at += 1
            if c == "\"" { return String(out) }
            if c.value < 0x20 { throw fail("control character in a string") }
            guard c == "\\" else { out.append(c); continue }
            guard at < scalars.count else { break }
            let e = scalars[at]
            at += 1
            switch e {
            case "\"": out.append("\"")
            case "\\": out.append("\\")
            case "/": out.append("/")
            case "b": out.append("\u{8}")
            case "f": out.append("\u{C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "u":
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code), at + 1 < scalars.count, scalars[at] == "\\", scalars[at + 1] == "u" {
                    at += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("bad surrogate pair") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw fail("bad \\u escape") }
                out.append(scalar)
            default: throw fail("bad escape")
            }
        }
        throw fail("unterminated string")
    }

    mutating func hex4() throws(JSON.ParseError) -> UInt32 {
        guard at + 4 <= scalars.count else { throw fail("bad \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = UInt32(String(scalars[at]), radix: 16) else { throw fail("bad \\u escape") }
            value = value * 16 + digit
            at += 1
        }
        return value
    }
}
