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
        scalars += clean.unicodeScalars.count + 2
    }

    mutating func blocks(_ blocks: [ExtractedBlock]) {
        for block in blocks { line(block.text, role: block.isHeading ? .heading : nil) }
    }

    /// The article, or nil without a headline or any text under it.
    func build(_ metadata: ArticleMetadata) -> ExtractedArticle? {
        guard let headline else { return nil }
        let offset = headline.unicodeScalars.count + 2
        var shifted = ExtractedLayout()
        for (start, role) in layout.roles { shifted.roles[start + offset] = role }
        var body = text
        if body.hasSuffix("\n\n") { body.removeLast() }
        return ExtractedArticle(text: headline + "\n\n" + body, layout: shifted, metadata: metadata)
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
    static func clean(_ raw: String) -> String? {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                pendingSpace = !out.isEmpty
                continue
            default:
                break
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            if let replacement = TerminalText.replacement(for: scalar) {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        let text = String(out)
        return text.isEmpty ? nil : text
    }
}
