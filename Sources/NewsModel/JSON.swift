/// A JSON value whose objects keep their keys in the order written, so the
/// command-line output matches the documented field order.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.serialized() == b.serialized() }

    public static func optional(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }
    public static func optional(_ value: Int?) -> JSON { value.map(JSON.int) ?? .null }
    public static func optional(_ value: Double?) -> JSON { value.map(JSON.number) ?? .null }

    /// Whole numbers print without a fraction.
    public static func number(_ value: Double) -> JSON {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return .int(Int(value)) }
        return value.isFinite ? .double(value) : .null
    }

    /// Pretty-printed with two-space indents and a final newline.
    public func serialized() -> String {
        var out = JSONWriter()
        out.write(self, indent: 0)
        out.bytes.append(0x0A)
        return out.string
    }

    /// As an element of a pretty-printed top-level array: indented two spaces,
    /// without the comma or line break that follow it, so that an array can be
    /// written an element at a time (`serialized()` of the whole array is
    /// "[\n", the elements joined by ",\n", then "\n]\n").
    public func serializedElement() -> String {
        String(decoding: serializedElementUTF8(), as: UTF8.self)
    }

    /// `serializedElement()` as UTF-8 bytes, for a writer that streams bytes
    /// (no String to build and validate again).
    public func serializedElementUTF8() -> [UInt8] {
        var out = JSONWriter()
        out.spaces(2)
        out.write(self, indent: 2)
        return out.bytes
    }

    /// On one line with no spaces: a JSON Lines record, or a cell of a table.
    public func compact() -> String {
        String(decoding: compactUTF8(), as: UTF8.self)
    }

    /// `compact()` as UTF-8 bytes.
    public func compactUTF8() -> [UInt8] {
        var out = JSONWriter()
        out.writeCompact(self)
        return out.bytes
    }

}

/// JSON text built as UTF-8 bytes: the listings serialize every record, and
/// appending to a `String` scalar by scalar cost more than analyzing the article.
struct JSONWriter {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(512) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    private static let indentation = [UInt8](repeating: 0x20, count: 64)

    mutating func spaces(_ count: Int) {
        if count <= Self.indentation.count {
            bytes.append(contentsOf: Self.indentation[0..<count])
        } else {
            bytes.append(contentsOf: repeatElement(0x20, count: count))
        }
    }

    mutating func ascii(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: JSON, indent: Int) {
        switch value {
        case .array(let items):
            if items.isEmpty { ascii("[]"); return }
            ascii("[\n")
            for (i, item) in items.enumerated() {
                spaces(indent + 2)
                write(item, indent: indent + 2)
                if i + 1 < items.count { bytes.append(0x2C) }
                bytes.append(0x0A)
            }
            spaces(indent)
            bytes.append(0x5D)
        case .object(let fields):
            if fields.isEmpty { ascii("{}"); return }
            ascii("{\n")
            for (i, (key, item)) in fields.enumerated() {
                spaces(indent + 2)
                string(key)
                ascii(": ")
                write(item, indent: indent + 2)
                if i + 1 < fields.count { bytes.append(0x2C) }
                bytes.append(0x0A)
            }
            spaces(indent)
            bytes.append(0x7D)
        default:
            scalar(value)
        }
    }

    mutating func writeCompact(_ value: JSON) {
        switch value {
        case .array(let items):
            bytes.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { bytes.append(0x2C) }
                writeCompact(item)
            }
            bytes.append(0x5D)
        case .object(let fields):
            bytes.append(0x7B)
            for (i, (key, item)) in fields.enumerated() {
                if i > 0 { bytes.append(0x2C) }
                string(key)
                bytes.append(0x3A)
                writeCompact(item)
            }
            bytes.append(0x7D)
        default:
            scalar(value)
        }
    }

    /// null, a boolean, a number or a string.
    private mutating func scalar(_ value: JSON) {
        switch value {
        case .null: ascii("null")
        case .bool(let b): if b { ascii("true") } else { ascii("false") }
        case .int(let i): integer(i)
        case .double(let d): bytes.append(contentsOf: String(d).utf8)
        case .string(let s): string(s)
        case .array, .object: writeCompact(value)
        }
    }

    private mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A string with JSON's escapes, and also DEL, C1 controls and the invisible
    /// controls of `TerminalText` (bidi, line separators) as \u escapes, so that
    /// printing JSON to a terminal is safe. Runs of plain ASCII are copied whole.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            let count = utf8.count
            var i = 0
            while i < count {
                var j = i
                while j < count, Self.isPlainASCII(utf8[j]) { j += 1 }
                if j > i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<j])) }
                i = j
                guard i < count else { break }
                let lead = utf8[i]
                if lead < 0x80 {
                    switch lead {
                    case 0x22: ascii("\\\"")
                    case 0x5C: ascii("\\\\")
                    case 0x0A: ascii("\\n")
                    case 0x0D: ascii("\\r")
                    case 0x09: ascii("\\t")
                    default: unicodeEscape(UInt32(lead))
                    }
                    i += 1
                    continue
                }
                // Valid UTF-8 (a String's storage): the lead byte gives the length.
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length where i + k < count { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                if (0x80...0x9F).contains(value) || Unicode.Scalar(value).map(TerminalText.isInvisibleControl) == true {
                    unicodeEscape(value)
                } else {
                    bytes.append(contentsOf: utf8[i..<min(count, i + length)])
                }
                i += length
            }
        }
        bytes.append(0x22)
    }

    @inline(__always) private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C
    }

    /// \u and at least four lowercase hex digits.
    private mutating func unicodeEscape(_ value: UInt32) {
        ascii("\\u")
        let hex = String(value, radix: 16)
        for _ in hex.utf8.count..<max(4, hex.utf8.count) { bytes.append(0x30) }
        bytes.append(contentsOf: hex.utf8)
    }
}
