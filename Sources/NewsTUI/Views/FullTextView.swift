import NewsModel

/// The search screen (`S`): the query line, then each article found in four rows:
/// the headline with its date, the source and path, the snippet with the matches
/// marked, a blank row.
enum FullTextView {
    static func draw(_ state: AppState, _ f: FullTextState, into buffer: inout ScreenBuffer) {
        var title = Segments()
        title.add("Search the archive")
        if !f.hits.isEmpty {
            title.add(" \u{b7} " + (f.hits.count == AppState.fullTextLimit ? "best \(f.hits.count)" : LibraryView.count(f.hits.count, "article")))
        }
        Renderer.drawTitle(title, into: &buffer)
        let limit = buffer.width - 1
        var query = Segments()
        query.add("> ", Palette.dim)
        query.add(TerminalText.sanitize(f.query), Palette.bold)
        query.add("\u{2581}", Palette.dim)
        query.draw(into: &buffer, x: 1, y: 1, limit: limit)
        let geometry = state.fullTextGeometry
        if let message = f.message {
            buffer.put(TextFit.truncate(TerminalText.sanitize(message), width: max(0, limit - 2)), x: 2,
                       y: geometry.firstRow + 1, style: Palette.dim, limit: limit)
        }
        for slot in 0..<geometry.perPage {
            let item = f.list.top + slot
            guard item < f.hits.count else { break }
            let hit = f.hits[item]
            let y = geometry.firstRow + slot * geometry.itemHeight
            let date = hit.date ?? ""
            let dateRoom = date.isEmpty ? 0 : DisplayWidth.of(date) + 2
            var first = Segments()
            first.add(TextFit.oneLine(TerminalText.sanitize(hit.headline)), Palette.bold)
            first.draw(into: &buffer, x: 2, y: y, limit: limit - dateRoom)
            if dateRoom > 0 { buffer.put(date, x: limit - dateRoom + 2, y: y, style: .plain, limit: limit) }
            var second = Segments()
            if let source = hit.source { second.add(TextFit.oneLine(TerminalText.sanitize(source)) + " \u{b7} ") }
            second.add(TextFit.oneLine(TerminalText.sanitize(hit.path)), Palette.dim)
            second.draw(into: &buffer, x: 2, y: y + 1, limit: limit)
            snippet(hit.snippet).draw(into: &buffer, x: 4, y: y + 2, limit: limit)
            if item == f.list.selection {
                buffer.put("\u{25b8}", x: 0, y: y, style: Palette.bold)
                for row in 0..<3 { buffer.overlay(x: 1, y: y + row, count: buffer.width - 2, style: Palette.selection) }
            }
        }
    }

    /// The snippet on one line, its matches in the match style.
    static func snippet(_ text: String) -> Segments {
        var segments = Segments()
        var run = ""
        var marked = false
        for c in text {
            if c == FullTextHit.markStart || c == FullTextHit.markEnd {
                if !run.isEmpty { segments.add(flat(run), marked ? Palette.match : .plain) }
                run = ""
                marked = c == FullTextHit.markStart
            } else {
                run.append(c)
            }
        }
        if !run.isEmpty { segments.add(flat(run), marked ? Palette.match : .plain) }
        return segments
    }

    /// A piece of the snippet on one line: line breaks and tabs are spaces, and the spaces
    /// at its ends stay (they separate it from the match beside it).
    private static func flat(_ text: String) -> String {
        TerminalText.sanitize(String(text.map { $0.isWhitespace ? " " : $0 }))
    }
}
