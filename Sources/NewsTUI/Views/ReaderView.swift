/// The article: wrapped lines from the layout, styled by block kind, with
/// quotes, figures, search matches and the jump target on top.
enum ReaderView {
    static func draw(_ state: AppState, _ reader: ReaderState, into buffer: inout ScreenBuffer) {
        let lines = reader.layout.lines
        for row in 0..<state.bodyHeight {
            let index = reader.top + row
            guard index < lines.count else { break }
            let line = lines[index]
            guard !line.isBlank else { continue }
            drawLine(line, reader, state.theme, row: row, into: &buffer)
        }
    }

    private static func baseStyle(_ kind: DocumentBlock.Kind, _ theme: Theme) -> Style {
        switch kind {
        case .headline: return theme.headline
        case .heading: return theme.heading
        case .byline: return theme.byline
        case .dek: return Palette.bold
        case .paragraph: return .plain
        }
    }

    private static func drawLine(_ line: LayoutLine, _ reader: ReaderState, _ theme: Theme, row: Int, into buffer: inout ScreenBuffer) {
        let blockIndex = Int(line.block)
        guard blockIndex < reader.document.blocks.count else { return }
        let block = reader.document.blocks[blockIndex]
        let start = Int(line.start), end = min(Int(line.end), block.scalars.count)
        guard start < end else { return }
        var styles = Array(repeating: baseStyle(block.kind, theme), count: end - start)

        func apply(_ lower: Int, _ upper: Int, _ style: Style) {
            let from = max(lower, start), to = min(upper, end)
            guard from < to else { return }
            for i in from..<to { styles[i - start] = styles[i - start].merged(with: style) }
        }
        // Spans are sorted by start; only those starting within the longest span's reach can overlap.
        var i = firstIndex(in: block.spans, notBelow: start - block.longestSpan)
        while i < block.spans.count, block.spans[i].start < end {
            apply(block.spans[i].start, block.spans[i].end, block.spans[i].style)
            i += 1
        }
        if let search = reader.search, !search.matches.isEmpty {
            let length = search.matches[0].end - search.matches[0].start
            var m = firstMatch(search.matches, block: blockIndex, offset: start - length)
            while m < search.matches.count, search.matches[m].block == blockIndex, search.matches[m].start < end {
                apply(search.matches[m].start, search.matches[m].end, m == search.current ? theme.currentMatch : theme.match)
                m += 1
            }
        }
        if let highlight = reader.highlight, highlight.block == blockIndex {
            apply(highlight.start, highlight.end, theme.highlight)
        }

        var view = String.UnicodeScalarView()
        view.append(contentsOf: block.scalars[start..<end])
        // A page narrower than the screen is centred, as a book's.
        let margin = 1 + max(0, (buffer.width - 2 - reader.layout.width) / 2)
        var column = margin, offset = 0
        let limit = min(buffer.width - 1, margin + reader.layout.width)
        for character in String(view) {
            let style = styles[min(offset, styles.count - 1)]
            column = buffer.put(String(character), x: column, y: row, style: style, limit: limit)
            offset += character.unicodeScalars.count
        }
    }

    private static func firstIndex(in spans: [StyledSpan], notBelow start: Int) -> Int {
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].start < start { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private static func firstMatch(_ matches: [DocumentRange], block: Int, offset: Int) -> Int {
        var low = 0, high = matches.count
        while low < high {
            let mid = (low + high) / 2
            let m = matches[mid]
            if m.block < block || (m.block == block && m.start < offset) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
