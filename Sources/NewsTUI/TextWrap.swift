/// One line of wrapped text: scalars `start..<end` of the paragraph.
public struct WrappedLine: Sendable, Hashable {
    public let start: Int
    public let end: Int
    public let width: Int
}

/// Greedy word wrap measured with `DisplayWidth`, linear in the text.
///
/// Breaks at spaces; a word wider than the line is cut between characters,
/// never between a character and the marks that follow it.
public enum TextWrap {
    public static func wrap(_ scalars: [Unicode.Scalar], width: Int) -> [WrappedLine] {
        let width = max(width, 1)
        var lines: [WrappedLine] = []
        var lineStart = -1, lineEnd = 0, lineWidth = 0
        var i = 0
        let n = scalars.count
        while i < n {
            if scalars[i] == " " { i += 1; continue }
            var wordEnd = i, wordWidth = 0
            while wordEnd < n, scalars[wordEnd] != " " {
                wordWidth += DisplayWidth.of(scalars[wordEnd])
                wordEnd += 1
            }
            if lineStart >= 0, lineWidth + 1 + wordWidth <= width {
                lineEnd = wordEnd
                lineWidth += 1 + wordWidth
            } else {
                if lineStart >= 0 { lines.append(WrappedLine(start: lineStart, end: lineEnd, width: lineWidth)) }
                if wordWidth <= width {
                    lineStart = i; lineEnd = wordEnd; lineWidth = wordWidth
                } else {
                    // Cut the long word into full lines; its tail starts the next line.
                    var cutStart = i, cutWidth = 0, j = i
                    while j < wordEnd {
                        let w = DisplayWidth.of(scalars[j])
                        let joined = j > i && (w == 0 || scalars[j - 1] == "\u{200D}")
                        if !joined, cutWidth + w > width, j > cutStart {
                            lines.append(WrappedLine(start: cutStart, end: j, width: cutWidth))
                            cutStart = j; cutWidth = 0
                        }
                        cutWidth += w
                        j += 1
                    }
                    lineStart = cutStart; lineEnd = wordEnd; lineWidth = cutWidth
                }
            }
            i = wordEnd
        }
        if lineStart >= 0 { lines.append(WrappedLine(start: lineStart, end: lineEnd, width: lineWidth)) }
        return lines
    }

    /// Wrapped lines of `text` as strings.
    public static func lines(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return wrap(scalars, width: width).map { line in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[line.start..<line.end])
            return String(view)
        }
    }
}
