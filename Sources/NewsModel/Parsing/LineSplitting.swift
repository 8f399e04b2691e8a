/// Splits an article into lines by reading its UTF-8 storage eight bytes at a time.
///
/// A line break is one byte, and words of printable ASCII (most of any text) are
/// eight scalars, so the scalar array is looked at only to trim each line's edges.
/// The same pass notes which lines are verbatim (no white space that display text
/// collapses: no control byte, no two spaces in a row, no typographic space), whose
/// display text is then their source bytes, copied whole.
enum LineSplitting {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// The lines of `bytes`, whose scalars are `s`, with offsets in scalars.
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>, _ s: UnsafeBufferPointer<Unicode.Scalar>) -> [SourceLine] {
        var lines: [SourceLine] = []
        guard let base = bytes.baseAddress else {
            lines.append(SourceLine(start: 0, end: 0, contentStart: 0, contentEnd: 0))
            return lines
        }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0, scalar = 0, lineStart = 0, lineByte = 0
        // Nonzero when the line holds white space that display text collapses (see above).
        var irregular: UInt64 = 0
        // 0x80 when the byte before `i` is a space, lined up with the first byte of the next word.
        var spaceBefore: UInt64 = 0
        while i < n {
            while i &+ 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // A byte below 0x20 (a line break, a tab, another control) or of 0x7F and more
                // (DEL, part of a multi-byte character): the word is looked at byte by byte.
                if ((word &- 0x20 &* ones) & ~word | (word &+ ones) | word) & highBits != 0 { break }
                // Eight scalars. Space bytes (a byte 0x21 just after a space may show as one too,
                // which only costs that line its fast path): a space after a space is irregular.
                let other = word ^ spaces
                let space = (other &- ones) & ~other & highBits
                irregular |= space & (space >> 8 | spaceBefore)
                spaceBefore = space >> 56
                scalar &+= 8
                i &+= 8
            }
            let stop = min(i &+ 8, n)
            while i < stop {
                let byte = base[i]
                if byte == 0x0A || byte == 0x0D {
                    lines.append(line(lineStart, scalar, s, bytes: lineByte..<i, verbatim: irregular == 0))
                    let pair = byte == 0x0D && i &+ 1 < n && base[i &+ 1] == 0x0A
                    i &+= pair ? 2 : 1
                    scalar &+= pair ? 2 : 1
                    lineStart = scalar
                    lineByte = i
                    irregular = 0
                    spaceBefore = 0
                    break
                }
                if byte < 0x20 || byte == 0x20 && spaceBefore != 0
                    || byte >= 0xE1 && byte <= 0xEF && startsCollapsibleSpace(bytes, at: i) {
                    irregular = 1
                }
                spaceBefore = byte == 0x20 ? 0x80 : 0
                if byte & 0xC0 != 0x80 { scalar &+= 1 }
                i &+= 1
            }
        }
        lines.append(line(lineStart, scalar, s, bytes: lineByte..<n, verbatim: irregular == 0))
        return lines
    }

    /// The line `start..<end` (UTF-8 `bytes`) with its content trimmed of horizontal
    /// space; a blank line's content is the empty range at its end.
    private static func line(_ start: Int, _ end: Int, _ s: UnsafeBufferPointer<Unicode.Scalar>,
                             bytes: Range<Int>, verbatim: Bool) -> SourceLine {
        let end = min(end, s.count), start = min(start, end)
        var contentStart = start
        while contentStart < end, s[contentStart].isHorizontalSpace { contentStart &+= 1 }
        var contentEnd = end
        while contentEnd > contentStart, s[contentEnd &- 1].isHorizontalSpace { contentEnd &-= 1 }
        if contentStart == end { contentStart = end; contentEnd = end }
        var line = SourceLine(start: start, end: end, contentStart: contentStart, contentEnd: contentEnd)
        line.utf8Start = bytes.lowerBound
        line.utf8End = bytes.upperBound
        line.isVerbatim = verbatim
        return line
    }

    /// Whether the character at `i` is one of the typographic spaces that display text
    /// turns into a plain space: U+1680, U+2000–U+200A, U+205F, U+3000 and U+FEFF (the
    /// no-break U+2007 among them, which display text keeps, is counted too: a line with
    /// one only loses its fast path).
    private static func startsCollapsibleSpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 2 < bytes.count else { return false }
        let b1 = bytes[i + 1], b2 = bytes[i + 2]
        switch bytes[i] {
        case 0xE1: return b1 == 0x9A && b2 == 0x80
        case 0xE2: return b1 == 0x80 && b2 <= 0x8A || b1 == 0x81 && b2 == 0x9F
        case 0xE3: return b1 == 0x80 && b2 == 0x80
        case 0xEF: return b1 == 0xBB && b2 == 0xBF
        default: return false
        }
    }
}
