public enum ParseError: Error, Equatable, Sendable {
    /// The text has no visible character.
    case empty
}

/// Turns decoded text into an `Article` in one linear pass over its lines.
///
/// Plain text: the first non-empty line is the headline, blank lines separate
/// paragraphs, a one-line block that reads as a title is a section heading.
/// Markdown: `#` lines are the headline and headings, inline markers are dropped
/// from the display text (ranges still point at the source).
public enum ArticleParser {
    public static func parse(
        _ source: SourceText, path: String, format: ArticleFormat, warnings: [String] = [],
        layout: ExtractedLayout? = nil, metadata: ArticleMetadata = ArticleMetadata()
    ) throws(ParseError) -> Article {
        let scalars = source.scalarArray()
        let lines = source.string.utf8.withContiguousStorageIfAvailable { bytes in
            scalars.withUnsafeBufferPointer { LineSplitting.lines(bytes, $0) }
        } ?? splitLines(scalars)
        var blocks = groupBlocks(lines, scalars: scalars)
        guard !blocks.isEmpty else { throw .empty }
        if let layout {
            return try parseLaidOut(source, scalars: scalars, blocks: blocks, layout: layout, path: path,
                                    format: format, warnings: warnings, metadata: metadata)
        }
        let markdown = format == .markdown || startsWithATX(blocks[0][blocks[0].startIndex], scalars)
        let builder = BlockBuilder(scalars: scalars, markdown: markdown, source: source.string)

        // The headline is the first line; the rest of its block is a byline or a dek.
        var firstBlock = blocks.removeFirst()
        var headlineLine = firstBlock.removeFirst()
        if let level = atxLevel(headlineLine, scalars) { headlineLine = stripATX(headlineLine, level: level, scalars) }
        guard let headline = builder.build([headlineLine]) else { throw .empty }
        var byline: TextBlock? = nil
        var dekLines: [SourceLine] = []
        for line in firstBlock {
            if byline == nil, isByline(line, scalars), let block = builder.build([line]) {
                byline = block
            } else {
                dekLines.append(line)
            }
        }
        var dek = dekLines.isEmpty ? nil : builder.build(dekLines)

        var sections: [Section] = []
        var heading: TextBlock? = nil
        var paragraphs: [TextBlock] = []
        var paragraphTotal = 0
        var dateline: TextBlock? = nil
        var sectionStart = 0

        func closeSection(nextStart: Int) {
            if heading != nil || !paragraphs.isEmpty || !sections.isEmpty {
                let start = sections.isEmpty ? 0 : sectionStart
                sections.append(Section(
                    index: sections.count, heading: heading, range: SourceRange(start, nextStart),
                    paragraphs: paragraphs, firstParagraph: paragraphTotal))
                paragraphTotal += paragraphs.count
            }
            paragraphs = []
        }

        for (i, block) in blocks.enumerated() {
            let isOnlyLine = block.count == 1
            let head = block[block.startIndex]
            if isOnlyLine, let level = atxLevel(head, scalars) {
                if let text = builder.build([stripATX(head, level: level, scalars)]) {
                    closeSection(nextStart: head.contentStart)
                    sectionStart = head.contentStart
                    heading = text
                }
                continue
            }
            if markdown, isOnlyLine, isThematicBreak(head, scalars) { continue }
            let beforeBody = sections.isEmpty && paragraphs.isEmpty && heading == nil
            if beforeBody, isOnlyLine, byline == nil, isByline(head, scalars) {
                byline = builder.build([head])
                continue
            }
            if beforeBody, i == 0, dek == nil, markdown, isOnlyLine, isEmphasized(head, scalars) {
                dek = builder.build([head])
                continue
            }
            let lines = markdown ? ArraySlice(block.map { stripBlockPrefix($0, scalars) }) : block
            let firstLine = lines[lines.startIndex]
            guard var paragraph = builder.build(lines) else { continue }
            // An item of a list (a block touching the one before or after, no blank line between)
            // is never a heading; "1. Background" standing alone may be.
            let inList = isListItem(firstLine, scalars)
                && (blocks[safe: i - 1]?.endIndex == block.startIndex || blocks[safe: i + 1]?.startIndex == block.endIndex)
            if isOnlyLine, !inList, mayBeTitle(firstLine, scalars), let next = blocks[safe: i + 1],
               isHeadingLike(paragraph, firstLine, scalars, markdown: markdown),
               !(next.count == 1 && mayBeTitle(next[next.startIndex], scalars)
                 && isTitleShaped(builder.build([next[next.startIndex]]))) {
                closeSection(nextStart: paragraph.range.start)
                sectionStart = paragraph.range.start
                heading = paragraph
                continue
            }
            if paragraphTotal + paragraphs.count == 0, dateline == nil,
               let cut = datelineEnd(firstLine, scalars) {
                var rest = lines
                rest[rest.startIndex].contentStart = cut.bodyStart
                let datelineLine = SourceLine(start: firstLine.start, end: firstLine.end,
                                              contentStart: firstLine.contentStart, contentEnd: cut.datelineEnd)
                if let body = builder.build(rest), let line = builder.build([datelineLine]) {
                    dateline = line
                    paragraph = body
                }
            }
            paragraphs.append(paragraph)
        }
        closeSection(nextStart: source.scalarCount)
        if sections.isEmpty {
            sections.append(Section(index: 0, heading: nil, range: SourceRange(0, source.scalarCount),
                                    paragraphs: [], firstParagraph: 0))
        }
        return Article(path: path, format: markdown ? .markdown : format, source: source, headline: headline,
                       dek: dek, byline: byline, dateline: dateline, sections: sections, warnings: warnings)
    }

    // MARK: Lines and blocks

    static func splitLines(_ scalars: [Unicode.Scalar]) -> [SourceLine] {
        scalars.withUnsafeBufferPointer { s in
            var lines: [SourceLine] = []
            var start = 0
            var contentStart = -1, contentEnd = 0
            var i = 0
            let n = s.count
            while i < n {
                let v = s[i].value
                // Printable ASCII is content: the common case, tested first.
                if v > 0x20, v < 0x7F {
                    if contentStart < 0 { contentStart = i }
                    i = ScalarString.plainRunEnd(s, from: i + 1, to: n)
                    contentEnd = i
                    continue
                }
                if v == 0x0A || v == 0x0D {
                    if contentStart < 0 { contentStart = i; contentEnd = i }
                    lines.append(SourceLine(start: start, end: i, contentStart: contentStart, contentEnd: contentEnd))
                    if v == 0x0D, i + 1 < n, s[i + 1] == "\n" { i += 1 }
                    i += 1
                    start = i
                    contentStart = -1
                    continue
                }
                if !s[i].isHorizontalSpace {
                    if contentStart < 0 { contentStart = i }
                    contentEnd = i + 1
                }
                i += 1
            }
            if contentStart < 0 { contentStart = n; contentEnd = n }
            lines.append(SourceLine(start: start, end: n, contentStart: contentStart, contentEnd: contentEnd))
            return lines
        }
    }

    /// Runs of non-blank lines. A Markdown `#` heading is a block of its own even
    /// without blank lines around it.
    static func groupBlocks(_ lines: [SourceLine], scalars: [Unicode.Scalar]) -> [ArraySlice<SourceLine>] {
        // Slices of `lines`: a block costs no array of its own.
        var blocks: [ArraySlice<SourceLine>] = []
        var start = 0
        for (k, line) in lines.enumerated() {
            if line.isBlank {
                if start < k { appendSplittingLists(lines[start..<k], scalars, to: &blocks) }
                start = k + 1
            } else if atxLevel(line, scalars) != nil {
                if start < k { appendSplittingLists(lines[start..<k], scalars, to: &blocks) }
                blocks.append(lines[k..<(k + 1)])
                start = k + 1
            }
        }
        if start < lines.count { appendSplittingLists(lines[start...], scalars, to: &blocks) }
        return blocks
    }

    /// A run of lines with two or more list items ("- ", "* ", "• ", "1. ") is one block per
    /// item, and one for the lines before the first: a list is not a paragraph. A single line
    /// that starts like an item is more likely hard-wrapped prose ("… the deal\n- which …").
    private static func appendSplittingLists(_ run: ArraySlice<SourceLine>, _ s: [Unicode.Scalar],
                                             to blocks: inout [ArraySlice<SourceLine>]) {
        guard run.count >= 2 else { blocks.append(run); return }
        var items = 0
        for line in run where isListItem(line, s) { items += 1 }
        guard items >= 2 else { blocks.append(run); return }
        var start = run.startIndex
        for k in run.indices where k > start && isListItem(run[k], s) {
            blocks.append(run[start..<k])
            start = k
        }
        blocks.append(run[start..<run.endIndex])
    }

    /// The line starts with a list marker and a space: `-`, `*`, `+`, `•`, or up to three digits
    /// and `.` or `)`.
    static func isListItem(_ line: SourceLine, _ s: [Unicode.Scalar]) -> Bool {
        var i = line.contentStart
        let end = min(line.contentEnd, s.count)
        guard i < end else { return false }
        let c = s[i]
        if c == "-" || c == "*" || c == "+" || c == "\u{2022}" {
            return i + 1 < end && s[i + 1] == " "
        }
        var digits = 0
        while i < end, s[i].value >= 0x30, s[i].value <= 0x39, digits < 4 {
            i += 1
            digits += 1
        }
        guard digits >= 1, digits <= 3, i + 1 < end else { return false }
        return (s[i] == "." || s[i] == ")") && s[i + 1] == " "
    }

    // MARK: Markdown line syntax

    static func atxLevel(_ line: SourceLine, _ s: [Unicode.Scalar]) -> Int? {
        var i = line.contentStart, level = 0
        while i < line.contentEnd, s[i] == "#" { level += 1; i += 1 }
        guard level >= 1, level <= 6, i < line.contentEnd, s[i].isHorizontalSpace else { return nil }
        return level
    }

    static func startsWithATX(_ line: SourceLine, _ s: [Unicode.Scalar]) -> Bool { atxLevel(line, s) == 1 }

    static func stripATX(_ line: SourceLine, level: Int, _ s: [Unicode.Scalar]) -> SourceLine {
        var result = line
        var i = line.contentStart + level
        while i < line.contentEnd, s[i].isHorizontalSpace { i += 1 }
        result.contentStart = i
        // A closing run of #s is decoration when a space precedes it.
        var end = line.contentEnd
        while end > i, s[end - 1] == "#" { end -= 1 }
        if end < line.contentEnd, end > i, s[end - 1].isHorizontalSpace {
            while end > i, s[end - 1].isHorizontalSpace { end -= 1 }
            result.contentEnd = end
        }
        return result
    }

    static func stripBlockPrefix(_ line: SourceLine, _ s: [Unicode.Scalar]) -> SourceLine {
        var result = line
        var i = line.contentStart
        while i < line.contentEnd, s[i] == ">" {
            i += 1
            while i < line.contentEnd, s[i].isHorizontalSpace { i += 1 }
        }
        result.contentStart = i
        return result
    }

    static func isThematicBreak(_ line: SourceLine, _ s: [Unicode.Scalar]) -> Bool {
        var marks = 0
        var mark: Unicode.Scalar? = nil
        for i in line.contentStart..<line.contentEnd {
            let c = s[i]
            if c.isHorizontalSpace { continue }
            guard c == "-" || c == "*" || c == "_", mark == nil || mark == c else { return false }
            mark = c
            marks += 1
        }
        return marks >= 3
    }

    static func isEmphasized(_ line: SourceLine, _ s: [Unicode.Scalar]) -> Bool {
        guard line.contentEnd - line.contentStart >= 3 else { return false }
        let first = s[line.contentStart], last = s[line.contentEnd - 1]
        return (first == "*" || first == "_") && first == last
    }

    // MARK: Heuristics

    /// "By Jane Doe", "By JANE DOE and John Roe, Reuters": short, no sentence end.
    static func isByline(_ line: SourceLine, _ s: [Unicode.Scalar]) -> Bool {
        var i = line.contentStart
        while i < line.contentEnd, s[i] == "*" || s[i] == "_" { i += 1 }
        guard line.contentEnd - i <= 100, i + 3 < line.contentEnd,
              s[i] == "B", s[i + 1] == "y" || s[i + 1] == "Y", s[i + 2] == " ",
              s[i + 3].isUppercaseLetter else { return false }
        var words = 1
        var lastWordLength = 0
        for j in i..<line.contentEnd {
            let c = s[j]
            if c.isQuoteMark && c != "'" && c != "\u{2019}" { return false }
            if c == " " { words += 1; lastWordLength = 0 } else if c.isLetter { lastWordLength += 1 }
        }
        var end = line.contentEnd
        while end > i, s[end - 1] == "*" || s[end - 1] == "_" { end -= 1 }
        if end > i, s[end - 1] == ".", lastWordLength > 2 { return false }
        return words <= 12
    }

    /// A cheap look at the source line before the display text is examined:
    /// most paragraphs are long or end in punctuation.
    static func mayBeTitle(_ line: SourceLine, _ s: [Unicode.Scalar]) -> Bool {
        guard line.contentEnd - line.contentStart <= 160, line.contentEnd > line.contentStart else { return false }
        let last = s[line.contentEnd - 1]
        return !(last == "." || last == "," || last == ";" || last == ":" || last == "!" || last.isDoubleQuoteMark)
    }

    /// Whether `s[from..<to]` is a word a title does not end on ("a", "and", "of", "the"…),
    /// in any case. All of them are ASCII, and no other letter lowercases to one of theirs,
    /// so a word with another character is none of them (and is never lowercased).
    static func isTrailingFunctionWord(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from >= 0, to <= s.count, to - from >= 1, to - from <= 4 else { return false }
        var word = ""
        for k in from..<to {
            let v = s[k].value
            guard v < 0x80 else { return false }
            word.unicodeScalars.append(Unicode.Scalar(UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v | 0x20 : v)))
        }
        switch word {
        case "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "that", "the", "to", "with":
            return true
        default:
            return false
        }
    }

    /// A title is short, starts with a capital or digit, and has no sentence end,
    /// no double quotation marks and no second sentence.
    static func isTitleShaped(_ block: TextBlock?) -> Bool {
        // More than 480 UTF-8 bytes is more than 120 scalars: too long, without decoding a paragraph.
        guard let block, block.text.utf8.count <= 480 else { return false }
        let scalars = ScalarString.scalars(block.text)
        guard let first = scalars.first, let last = scalars.last, scalars.count <= 120,
              first.isUppercaseLetter || first.isDigit || first.isCaselessLetter else { return false }
        var words = 1
        for (i, c) in scalars.enumerated() {
            if c == " " { words += 1 }
            if c.isDoubleQuoteMark { return false }
            if c.isSentenceTerminal, i + 2 < scalars.count, scalars[i + 1] == " ", scalars[i + 2].isUppercaseLetter,
               c != "." || !isAbbreviation(scalars, endingAt: i) {
                return false
            }
        }
        // One word alone is more often page furniture ("Advertisement") than a heading.
        // Scripts without case or spaces (Chinese, Japanese) are measured in characters.
        if first.isCaselessLetter {
            if scalars.count > 40 || scalars.contains(where: { $0 == "\u{FF0C}" || $0 == "\u{3001}" }) { return false }
        } else if words > 16 || words < 2 {
            return false
        }
        switch last {
        case ".", ",", ";", ":", "!", "\u{2026}", "-", "\u{2013}", "\u{2014}":
            return false
        case "?":
            if words > 10 { return false }
        default:
            if last.isQuoteMark { return false }
        }
        let lastSpace = scalars.lastIndex(of: " ") ?? -1
        return !isTrailingFunctionWord(scalars, from: lastSpace + 1, to: scalars.count)
    }

    /// A one-line block that reads as a section title rather than a short paragraph.
    static func isHeadingLike(_ block: TextBlock, _ line: SourceLine, _ s: [Unicode.Scalar], markdown: Bool) -> Bool {
        if markdown {
            // Markdown headings are explicit; a line in bold alone is the one other form.
            return s[line.contentStart] == "*" && s[line.contentStart + 1 < line.contentEnd ? line.contentStart + 1 : line.contentStart] == "*"
                && isTitleShaped(block) && s[line.contentEnd - 1] == "*"
        }
        if s[line.contentStart].isQuoteMark || isByline(line, s) { return false }
        return isTitleShaped(block)
    }

    /// "Mr." or "U.S." before a capital is not a sentence end.
    static func isAbbreviation(_ s: [Unicode.Scalar], endingAt dot: Int) -> Bool {
        var start = dot
        while start > 0, s[start - 1].isLetter || s[start - 1] == "." { start -= 1 }
        let letters = s[start..<dot].filter { $0.isLetter }.count
        return letters <= 3 && (start == dot || s[start].isUppercaseLetter)
    }

    /// Finds "KYIV, March 19 (Reuters) -" or "WASHINGTON —" at the start of a line:
    /// a place in capitals, optional details, then a dash.
    static func datelineEnd(_ line: SourceLine, _ s: [Unicode.Scalar]) -> (datelineEnd: Int, bodyStart: Int)? {
        let start = line.contentStart
        let limit = min(line.contentEnd, start + 100)
        var placeLetters = 0
        var inPlace = true
        var i = start
        while i < limit {
            let c = s[i]
            let isDash = c.isDash
            let spacedHyphen = c == "-" && i > start && s[i - 1] == " " && i + 1 < line.contentEnd
                && (s[i + 1] == " " || s[i + 1] == "-")
            if isDash && (c != "-" || spacedHyphen) {
                guard placeLetters >= 2, i > start else { return nil }
                var datelineEnd = i
                while datelineEnd > start, s[datelineEnd - 1].isHorizontalSpace { datelineEnd -= 1 }
                var body = i
                while body < line.contentEnd, s[body].isDash { body += 1 }
                while body < line.contentEnd, s[body].isHorizontalSpace { body += 1 }
                guard body < line.contentEnd else { return nil }
                return (datelineEnd, body)
            }
            if c.isQuoteMark && c != "'" && c != "\u{2019}" { return nil }
            if inPlace {
                if c == "," || c == "(" {
                    inPlace = false
                } else if c.isLetter {
                    guard !c.isLowercaseLetter else { return nil }
                    placeLetters += 1
                } else if !(c == " " || c == "." || c == "'" || c == "\u{2019}" || c == "-") {
                    return nil
                }
            } else if c.isSentenceTerminal && c != "." {
                return nil
            }
            i += 1
        }
        return nil
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
