/// One line of the source: `start..<end` without its terminator, and the part
/// between its first and last non-space characters.
struct SourceLine {
    var start: Int
    var end: Int
    var contentStart: Int
    var contentEnd: Int
    /// UTF-8 offsets of `start` and `end` (-1 when not known).
    var utf8Start = -1
    var utf8End = -1
    /// No white space in the line that display text collapses (control characters, two
    /// spaces in a row, typographic spaces): the display text of its content, or of any
    /// part of it that starts and ends with a visible character, is its source bytes.
    var isVerbatim = false
    var isBlank: Bool { contentStart >= contentEnd }
}

/// Builds the display text of a block from source lines in one pass: white
/// space runs become one space, and with `markdown` the inline markers go.
struct BlockBuilder {
    let scalars: [Unicode.Scalar]
    let markdown: Bool
    /// The article's text, whose UTF-8 storage verbatim lines are copied from.
    let source: String
    /// Display bytes are written here first and copied into an exactly sized string:
    /// one buffer for the whole article instead of an array allocated per block.
    private let scratch = ByteScratch()

    init(scalars: [Unicode.Scalar], markdown: Bool, source: String = "") {
        self.scalars = scalars
        self.markdown = markdown
        self.source = source
    }

    func build(_ lines: [SourceLine]) -> TextBlock? { build(lines[...]) }

    func build(_ lines: ArraySlice<SourceLine>) -> TextBlock? {
        var estimate = 0
        for line in lines where !line.isBlank {
            guard line.contentStart >= 0, line.contentEnd <= scalars.count else { return nil }
            estimate += line.contentEnd - line.contentStart + 1
        }
        // Every scalar takes at most 4 bytes and every line at most one joining space.
        let out = scratch.reserve(estimate * 4)
        var map = OffsetMap()
        var first = Int.max, last = 0
        let text = scalars.withUnsafeBufferPointer { s in
            let count = source.utf8.withContiguousStorageIfAvailable { bytes in
                fill(out, lines, s, bytes, &map, &first, &last)
            } ?? fill(out, lines, s, UnsafeBufferPointer(start: nil, count: 0), &map, &first, &last)
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<count]), as: UTF8.self)
        }
        guard map.displayCount > 0 else { return nil }
        return TextBlock(text: text, range: SourceRange(first, last), map: map)
    }

    /// Writes the display text of `lines` into `out`; returns its length in bytes.
    /// `bytes` is the source's UTF-8 (verbatim lines are copied from it; empty when not at hand).
    private func fill(_ out: UnsafeMutableBufferPointer<UInt8>, _ lines: ArraySlice<SourceLine>, _ s: UnsafeBufferPointer<Unicode.Scalar>,
                      _ bytes: UnsafeBufferPointer<UInt8>,
                      _ map: inout OffsetMap, _ first: inout Int, _ last: inout Int) -> Int {
        var n = 0
        var pendingSpace: Int? = nil
        var run = DisplayRun()
        for line in lines where !line.isBlank {
            first = min(first, line.contentStart)
            last = max(last, line.contentEnd)
            if run.length > 0, pendingSpace == nil { pendingSpace = line.start - 1 }
            if !markdown, let content = verbatimBytes(line, s, bytes), let from = bytes.baseAddress, let to = out.baseAddress {
                // Joined to the previous line by one space, like the scalar path below, then one run.
                if let space = pendingSpace, run.length > 0 {
                    out[n] = 0x20
                    n += 1
                    run.add(source: space, count: 1, to: &map)
                }
                pendingSpace = nil
                run.add(source: line.contentStart, count: line.contentEnd - line.contentStart, to: &map)
                (to + n).update(from: from + content.lowerBound, count: content.count)
                n += content.count
                continue
            }
            let skips = markdown ? markdownSkips(line.contentStart, line.contentEnd) : []
            var nextSkip = 0
            var i = line.contentStart
            while i < line.contentEnd {
                if nextSkip < skips.count, skips[nextSkip].lowerBound == i {
                    i = skips[nextSkip].upperBound
                    nextSkip += 1
                    continue
                }
                let scalar = s[i]
                let v = scalar.value
                // Printable ASCII is neither space nor break: the common case first.
                let printable = v > 0x20 && v < 0x7F
                if !printable, scalar.isHorizontalSpace && !scalar.isNoBreakSpace || scalar.isLineBreak {
                    if pendingSpace == nil { pendingSpace = i }
                    i += 1
                    continue
                }
                if let space = pendingSpace {
                    if run.length > 0 {
                        out[n] = 0x20
                        n += 1
                        run.add(source: space, count: 1, to: &map)
                    }
                    pendingSpace = nil
                }
                if printable {
                    out[n] = UInt8(truncatingIfNeeded: v)
                    n += 1
                } else {
                    n = Self.writeUTF8(v, to: out, at: n)
                }
                run.add(source: i, count: 1, to: &map)
                i += 1
                // The rest of a run of printable ASCII is copied in a tight loop: it continues
                // the map's run, and the bounds (the line, the next Markdown skip) hold the writes in `out`.
                let stop = nextSkip < skips.count ? min(line.contentEnd, skips[nextSkip].lowerBound) : line.contentEnd
                let j = ScalarString.plainRunEnd(s, from: i, to: stop)
                for k in i..<j { out[n &+ (k &- i)] = UInt8(truncatingIfNeeded: s[k].value) }
                n += j - i
                run.length += j - i
                i = j
            }
        }
        map.append(source: run.start, count: run.length)
        return n
    }

    /// The UTF-8 range of a verbatim line's content, found from the line's own range by
    /// the widths of the scalars trimmed at each end; nil when the line is not verbatim or
    /// its content does not start and end with a visible character (a cut dateline could).
    private func verbatimBytes(_ line: SourceLine, _ s: UnsafeBufferPointer<Unicode.Scalar>,
                               _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard line.isVerbatim, line.utf8Start >= 0, line.utf8End <= bytes.count, line.start <= line.contentStart,
              line.contentStart < line.contentEnd, line.contentEnd <= line.end, line.end <= s.count,
              !s[line.contentStart].isHorizontalSpace, !s[line.contentEnd - 1].isHorizontalSpace else { return nil }
        var lower = line.utf8Start
        for k in line.start..<line.contentStart { lower += Self.utf8Width(s[k].value) }
        var upper = line.utf8End
        for k in line.contentEnd..<line.end { upper -= Self.utf8Width(s[k].value) }
        guard lower <= upper, upper <= line.utf8End else { return nil }
        return lower..<upper
    }

    @inline(__always)
    private static func utf8Width(_ v: UInt32) -> Int { v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }

    /// Writes the UTF-8 of scalar value `v` at `n`; returns the offset after it.
    @inline(__always)
    private static func writeUTF8(_ v: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        if v < 0x80 {
            out[n] = UInt8(truncatingIfNeeded: v)
            return n + 1
        } else if v < 0x800 {
            out[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return n + 2
        } else if v < 0x10000 {
            out[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
            out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return n + 3
        }
        out[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
        out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
        out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
        out[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        return n + 4
    }

    /// Source ranges of Markdown syntax to leave out of the display text, in order:
    /// emphasis markers, code backticks, escapes, and the bracket-and-URL parts of links.
    private func markdownSkips(_ start: Int, _ end: Int) -> [Range<Int>] {
        var skips: [Range<Int>] = []
        var openBracket: Int? = nil
        var i = start
        while i < end {
            let c = scalars[i]
            switch c {
            case "\\":
                if i + 1 < end, scalars[i + 1].isASCII, scalars[i + 1].properties.isPatternSyntax {
                    skips.append(i..<(i + 1))
                    i += 2
                    continue
                }
            case "`":
                skips.append(i..<(i + 1))
            case "*", "_":
                var runEnd = i
                while runEnd < end, scalars[runEnd] == c { runEnd += 1 }
                let before: Unicode.Scalar? = i > start ? scalars[i - 1] : nil
                let after: Unicode.Scalar? = runEnd < end ? scalars[runEnd] : nil
                let opens = after.map { !$0.isSpaceOrBreak } ?? false
                    && (before.map { !$0.isLetter && !$0.isDigit } ?? true)
                let closes = before.map { !$0.isSpaceOrBreak } ?? false
                    && (after.map { !$0.isLetter && !$0.isDigit } ?? true)
                if runEnd - i <= 3, opens || closes { skips.append(i..<runEnd) }
                i = runEnd
                continue
            case "!":
                if i + 1 < end, scalars[i + 1] == "[" {
                    skips.append(i..<(i + 1))
                }
            case "[":
                openBracket = i
            case "]":
                if let open = openBracket, i + 1 < end, scalars[i + 1] == "(" {
                    var close = i + 2
                    while close < end, scalars[close] != ")", !scalars[close].isSpaceOrBreak { close += 1 }
                    if close < end, scalars[close] == ")" {
                        skips.append(open..<(open + 1))
                        skips.append(i..<(close + 1))
                        openBracket = nil
                        i = close + 1
                        continue
                    }
                }
                openBracket = nil
            default:
                break
            }
            i += 1
        }
        skips.sort { $0.lowerBound < $1.lowerBound }
        return skips
    }
}

/// Memory for display bytes, reused by every block of an article. It is left
/// uninitialized: zero-filling an array of that size cost more than the bytes written.
private final class ByteScratch {
    private var buffer = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

    /// The buffer, with room for at least `count` bytes.
    func reserve(_ count: Int) -> UnsafeMutableBufferPointer<UInt8> {
        if buffer.count < count {
            buffer.deallocate()
            buffer = .allocate(capacity: max(count, 2 * buffer.count, 4096))
        }
        return buffer
    }

    deinit { buffer.deallocate() }
}

/// Display scalars from consecutive source scalars form one run (most of a paragraph): it is
/// tracked here and handed to the map when it breaks.
private struct DisplayRun {
    var start = 0
    var length = 0

    /// `count` display scalars from source offset `source`: the run goes on if they follow it.
    @inline(__always)
    mutating func add(source: Int, count: Int, to map: inout OffsetMap) {
        if length > 0, source == start + length {
            length += count
        } else {
            map.append(source: start, count: length)
            start = source
            length = count
        }
    }
}
