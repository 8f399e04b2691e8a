import NewsModel

/// Fitting text into columns, measured with `DisplayWidth`.
enum TextFit {
    /// `text` cut to `width` columns, with "…" when something was cut.
    static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character.unicodeScalars)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "\u{2026}"
    }

    /// Article text for one line of a list: white space collapsed, then sanitized.
    static func oneLine(_ text: String) -> String {
        TerminalText.sanitize(Presentation.oneLine(text))
    }

    /// `text` cut from the left to `width` columns ("…/articles/seed.txt"): the end of a path tells most.
    static func truncateLeft(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var kept: [Character] = []
        var used = 0
        for character in text.reversed() {
            let w = DisplayWidth.of(character.unicodeScalars)
            if used + w > width - 1 { break }
            kept.append(character)
            used += w
        }
        return "\u{2026}" + String(kept.reversed())
    }

    /// A file's name without its folders.
    static func fileName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        let name = path[path.index(after: slash)...]
        return name.isEmpty ? path : String(name)
    }
}

/// A line made of styled pieces, drawn left to right and clipped.
struct Segments {
    var parts: [(String, Style)] = []

    mutating func add(_ text: String, _ style: Style = .plain) { parts.append((text, style)) }

    /// Draws the pieces from `x` on row `y`, up to column `limit`; text past
    /// the limit is cut with "…".
    func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, limit: Int) {
        var column = x
        for (text, style) in parts {
            let room = limit - column
            if room <= 0 { break }
            let fitted = TextFit.truncate(text, width: room)
            column = buffer.put(fitted, x: column, y: y, style: style, limit: limit)
        }
    }
}
