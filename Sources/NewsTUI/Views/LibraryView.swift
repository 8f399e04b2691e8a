/// The list of loaded articles: headline, file and what was found in each.
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
        for slot in 0..<geometry.perPage {
            let item = list.top + slot
            guard item < state.library.visible.count else { break }
            let entry = state.entries[state.library.visible[item]]
            let y = geometry.firstRow + slot * geometry.itemHeight
            var headline = Segments()
            headline.add(TextFit.oneLine(entry.headline), Palette.bold)
            headline.draw(into: &buffer, x: 2, y: y, limit: buffer.width - 1)
            let counts = "  \(count(entry.sectionCount, "section"))  \(count(entry.quoteCount, "quote"))  \(count(entry.figureCount, "figure"))"
            let pathRoom = max(8, buffer.width - 3 - DisplayWidth.of(counts))
            var details = Segments()
            details.add(TextFit.truncateLeft(TextFit.oneLine(entry.path), width: pathRoom), Palette.dim)
            details.add(counts)
            details.draw(into: &buffer, x: 2, y: y + 1, limit: buffer.width - 1)
            if item == list.selection {
                buffer.put("\u{25b8}", x: 0, y: y, style: Palette.bold)
                buffer.overlay(x: 1, y: y, count: buffer.width - 2, style: Palette.selection)
                buffer.overlay(x: 1, y: y + 1, count: buffer.width - 2, style: Palette.selection)
            }
        }
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
