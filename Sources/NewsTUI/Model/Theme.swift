/// The styles of what the reader shows, from `Palette` or the settings file.
/// Each element has its own look: the headline bold, headings bold and
/// underlined, figures underlined, quotes in their speaker's colour (a colour
/// no other element uses), the byline dim.
public struct Theme: Sendable, Hashable {
    public var headline = Palette.headline
    public var heading = Palette.heading
    public var byline = Palette.byline
    public var figure = Palette.figure
    public var match = Palette.match
    public var currentMatch = Palette.currentMatch
    public var highlight = Palette.highlight
    public var conflict = Palette.conflict
    /// Extra attributes of a quote, on top of its speaker's colour.
    public var quote = Style.plain
    /// Quotes and speakers take these colours in the order speakers first appear.
    public var speakerColours = Palette.speakerColours

    public static let standard = Theme()

    public init() {}

    public func speaker(_ index: Int) -> Style {
        guard !speakerColours.isEmpty else { return quote }
        let n = speakerColours.count
        return quote.merged(with: Style(foreground: speakerColours[((index % n) + n) % n]))
    }

    /// The elements a settings file may colour, by their names there.
    public static let elementNames = ["headline", "heading", "byline", "figure", "quote", "match", "current_match",
                                      "highlight", "conflict"]

    /// The style of element `name` (one of `elementNames`).
    public subscript(element name: String) -> Style? {
        get {
            switch name {
            case "headline": return headline
            case "heading": return heading
            case "byline": return byline
            case "figure": return figure
            case "quote": return quote
            case "match": return match
            case "current_match": return currentMatch
            case "highlight": return highlight
            case "conflict": return conflict
            default: return nil
            }
        }
        set {
            guard let style = newValue else { return }
            switch name {
            case "headline": headline = style
            case "heading": heading = style
            case "byline": byline = style
            case "figure": figure = style
            case "quote": quote = style
            case "match": match = style
            case "current_match": currentMatch = style
            case "highlight": highlight = style
            case "conflict": conflict = style
            default: break
            }
        }
    }

    /// "bold underline cyan" for the default settings file.
    public static func describe(_ style: Style) -> String {
        var words: [String] = []
        if style.bold { words.append("bold") }
        if style.underline { words.append("underline") }
        if style.reverse { words.append("reverse") }
        if style.dim { words.append("dim") }
        if style.foreground > 0, Int(style.foreground) < colourNames.count { words.append(colourNames[Int(style.foreground)]) }
        return words.isEmpty ? "plain" : words.joined(separator: " ")
    }

    public static let colourNames = ["default", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// "bold underline cyan": attributes and at most one colour; nil with the word it cannot read.
    public static func style(_ text: String) -> Result<Style, StyleError> {
        var style = Style()
        var colour: UInt8?
        for word in text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }) {
            switch word {
            case "bold": style.bold = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "dim": style.dim = true
            case "plain", "none": break
            default:
                guard let i = colourNames.firstIndex(of: String(word)) else { return .failure(StyleError(word: String(word))) }
                guard colour == nil else { return .failure(StyleError(word: String(word), twoColours: true)) }
                colour = UInt8(i)
            }
        }
        style.foreground = colour ?? 0
        return .success(style)
    }

    public struct StyleError: Error, Equatable {
        public let word: String
        public var twoColours = false
        public var reason: String {
            twoColours ? "two colours in one style ('\(word)')"
                : "unknown style word '\(word)' (attributes: bold, underline, reverse, dim; colours: \(Theme.colourNames.joined(separator: ", ")))"
        }
    }
}

/// What the settings file changes in the reader.
public struct ReaderSettings: Sendable {
    public var keys = KeyTable.standard
    public var theme = Theme.standard
    /// Columns of text at most, centred; 0 fills the screen.
    public var maxWidth = 80
    public var sort = LibrarySort.path

    public static let standard = ReaderSettings()

    public init() {}
}
