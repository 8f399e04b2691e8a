/// What an extracted line is, for the parser: structured formats say it, plain text is guessed.
public enum BlockRole: Sendable, Equatable {
    case dek, byline, dateline, heading
}

/// The roles of an extracted text's lines other than paragraphs, by the code-point offset
/// where each line starts. The headline is always the first line.
public struct ExtractedLayout: Sendable, Equatable {
    public var roles: [Int: BlockRole] = [:]
    public init() {}
}

/// What a structured format says about an article besides its text. Dates are ISO 8601.
public struct ArticleMetadata: Sendable, Equatable {
    public var date: String?
    public var byline: String?
    public var source: String?
    public var url: String?
    public init(date: String? = nil, byline: String? = nil, source: String? = nil, url: String? = nil) {
        self.date = date
        self.byline = byline
        self.source = source
        self.url = url
    }
}

/// One article read from a structured file: the text the parser reads (headline line,
/// blank line, dek, byline and dateline lines where present, then blocks separated by
/// blank lines), the roles of its lines, and metadata.
public struct ExtractedArticle: Sendable {
    public let text: String
    public let layout: ExtractedLayout
    public let metadata: ArticleMetadata
}

/// Builds an extracted text one line at a time. Every string is cleaned first: white space
/// runs become one space, and control, bidi and invisible characters become the same
/// visible stand-ins the terminal output uses (so `newsroom text` prints it exactly).
struct ExtractedTextBuilder {
    private var text = ""
    private var scalars = 0
    private var layout = ExtractedLayout()
    private(set) var paragraphs = 0
    private var headline: String?

    /// The headline; an article without one has none to give (`build` fails).
    mutating func headline(_ raw: String?) {
        guard headline == nil, let raw, let clean = FormatText.clean(raw) else { return }
        headline = clean
    }

    var hasHeadline: Bool { headline != nil }

    mutating func line(_ raw: String?, role: BlockRole? = nil) {
        guard let raw, let clean = FormatText.clean(raw) else { return }
        if let role { layout.roles[scalars] = role } else { paragraphs += 1 }
        text += clean
        text += "\n\n"
        scalars += FormatText.scalarCount(clean) + 2
    }

    mutating func blocks(_ blocks: [ExtractedBlock]) {
        for block in blocks { line(block.text, role: block.isHeading ? .heading : nil) }
    }

    /// The article, or nil without a headline or any text under it.
    func build(_ metadata: ArticleMetadata) -> ExtractedArticle? {
        guard let headline else { return nil }
        let offset = FormatText.scalarCount(headline) + 2
        var shifted = ExtractedLayout()
        for (start, role) in layout.roles { shifted.roles[start + offset] = role }
        // Blocks end in a blank line; the text ends with one line break, as a file does.
        var body = text
        if body.hasSuffix("\n\n") { body.removeLast() }
        let whole = body.isEmpty ? headline + "\n" : headline + "\n\n" + body
        return ExtractedArticle(text: whole, layout: shifted, metadata: metadata)
    }
}

/// A block of body text found in markup.
struct ExtractedBlock: Equatable {
    var text: String
    var isHeading: Bool
}

enum FormatText {
    /// `raw` on one line: white space runs (line breaks included) one space, trimmed, unsafe
    /// characters replaced by their visible stand-ins; nil when nothing visible is left.
    /// Works on UTF-8 bytes: only a lead byte that may start a white-space or unsafe
    /// character (C2, D8, E2, EF, E3) has its scalar decoded.
    static func clean(_ raw: String) -> String? {
        var raw = raw
        return raw.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b > 0x20, b < 0x7F {
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(b)
                    i += 1
                    continue
                }
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C {
                    pendingSpace = !out.isEmpty
                    i += 1
                    continue
                }
                let width = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                let end = min(n, i + width)
                let special = b < 0x80 || b == 0xC2 || b == 0xD8 || b == 0xE2 || b == 0xEF
                if special, let scalar = decode(bytes, i, end) {
                    if scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                        pendingSpace = !out.isEmpty
                        i = end
                        continue
                    }
                    if let replacement = TerminalText.replacement(for: scalar) {
                        if !replacement.isEmpty, pendingSpace { out.append(0x20); pendingSpace = false }
                        out.append(contentsOf: replacement.utf8)
                        i = end
                        continue
                    }
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                i = end
            }
            return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
        }
    }

    /// Code points of `text`: its UTF-8 bytes that are not continuation bytes.
    static func scalarCount(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Unicode.Scalar? {
        var value = UInt32(bytes[start])
        switch end - start {
        case 1: return Unicode.Scalar(value)
        case 2: value &= 0x1F
        case 3: value &= 0x0F
        default: value &= 0x07
        }
        for k in (start + 1)..<end { value = value << 6 | UInt32(bytes[k] & 0x3F) }
        return Unicode.Scalar(value)
    }
}
