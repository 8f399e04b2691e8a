import NewsModel

/// The list of loaded articles, two rows each: the headline with its date, then
/// the source, the file and what was found in it (or how often the filter matched).
/// A narrow screen drops the details in a fixed order — figures, sections, quotes
/// counts, then the source, then the date — and shortens the path from the left,
/// before the headline loses a column.
enum LibraryView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        var title = Segments()
        title.add("Newsroom \u{b7} \(state.entries.count) articles")
        Renderer.drawTitle(title, into: &buffer)
        let geometry = state.libraryGeometry
        let list = state.library.list
        if state.library.visible.isEmpty {
            buffer.put("no article matches the filter", x: 2, y: geometry.firstRow + 1, style: Palette.dim)
            return
        }
        let limit = buffer.width - 1
        let room = limit - 2
        for slot in 0..<geometry.perPage {
            let item = list.top + slot
            guard item < state.library.visible.count else { break }
            let index = state.library.visible[item]
            let entry = state.entries[index]
            let y = geometry.firstRow + slot * geometry.itemHeight
            let headline = TextFit.oneLine(entry.headline)
            // The date keeps its column while the headline still has 30 columns (or all it needs).
            let date = entry.date?.text ?? ""
            let dateRoom = date.isEmpty ? 0 : DisplayWidth.of(date) + 2
            let showDate = dateRoom > 0 && room - dateRoom >= min(DisplayWidth.of(headline), 30)
            var first = Segments()
            first.add(headline, Palette.bold)
            first.draw(into: &buffer, x: 2, y: y, limit: showDate ? limit - dateRoom : limit)
            if showDate { buffer.put(date, x: limit - dateRoom + 2, y: y, style: .plain, limit: limit) }
            drawDetails(entry, matches: state.library.matchCounts[index], into: &buffer, y: y + 1, room: room)
            if state.isMarked(index) { buffer.put("*", x: 1, y: y, style: Palette.bold) }
            if item == list.selection {
                buffer.put("\u{25b8}", x: 0, y: y, style: Palette.bold)
                buffer.overlay(x: 1, y: y, count: buffer.width - 2, style: Palette.selection)
                buffer.overlay(x: 1, y: y + 1, count: buffer.width - 2, style: Palette.selection)
            }
        }
    }

    /// The second row: source, path and counts, dropping what does not fit.
    private static func drawDetails(_ entry: LibraryEntry, matches: Int?, into buffer: inout ScreenBuffer, y: Int, room: Int) {
        let source = entry.source.map { TextFit.oneLine($0) } ?? ""
        // Kept first to last dropped.
        var counts: [String] = []
        if let matches { counts.append(count(matches, "match", plural: "matches")) }
        counts.append(count(entry.quoteCount, "quote"))
        counts.append(count(entry.sectionCount, "section"))
        counts.append(count(entry.figureCount, "figure"))
        var showSource = !source.isEmpty
        let minimumPath = 12
        func width() -> Int {
            (showSource ? DisplayWidth.of(source) + 3 : 0) + minimumPath
                + counts.reduce(0) { $0 + 2 + DisplayWidth.of($1) }
        }
        while width() > room {
            if counts.count > (matches == nil ? 0 : 1) { counts.removeLast() } else if showSource { showSource = false } else { break }
        }
        let countsText = counts.map { "  " + $0 }.joined()
        let sourceText = showSource ? source + " \u{b7} " : ""
        let pathRoom = max(1, room - DisplayWidth.of(sourceText) - DisplayWidth.of(countsText))
        var details = Segments()
        if showSource { details.add(sourceText) }
        details.add(TextFit.truncateLeft(TextFit.oneLine(entry.path), width: pathRoom), Palette.dim)
        details.add(countsText)
        details.draw(into: &buffer, x: 2, y: y, limit: 2 + room)
    }

    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}
