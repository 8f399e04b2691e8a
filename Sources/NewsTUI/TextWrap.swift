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
                            // CJK line breaking: a closing mark does not start a line and an
                            // opening one does not end it; the character before moves down.
                            var cut = j
                            if width >= 4, cut - 1 > cutStart, noBreakBefore(scalars[cut]) || noBreakAfter(scalars[cut - 1]),
                               DisplayWidth.of(scalars[cut - 1]) > 0, scalars[cut - 2] != "\u{200D}" {
                                cut -= 1
                            }
                            let moved = DisplayWidth.of(scalars[cut..<j])
                            lines.append(WrappedLine(start: cutStart, end: cut, width: cutWidth - moved))
                            cutStart = cut; cutWidth = moved
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

    /// Closing punctuation that must not begin a line (CJK kinsoku, a short list).
    static func noBreakBefore(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, 0xFF09, 0xFF3D, 0xFF5D,
             0x300D, 0x300F, 0x3011, 0x3015, 0x3009, 0x300B, 0x201D, 0x2019, 0x30FB, 0x30FC, 0x3005:
            return true
        default:
            return false
        }
    }

    /// Opening punctuation that must not end a line.
    static func noBreakAfter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x300C, 0x300E, 0x3010, 0x3014, 0x3008, 0x300A, 0x201C, 0x2018, 0xFF08, 0xFF3B, 0xFF5B:
            return true
        default:
            return false
        }
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
