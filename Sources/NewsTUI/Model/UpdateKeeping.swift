import NewsModel

/// What a reader keeps: positions and bookmarks between sessions, clippings and copies.
extension AppState {
    /// The key `memory` keeps article `index` under; nil for standard input.
    func memoryKey(_ index: Int) -> String? {
        guard memoryDirectory != nil || entries[index].path.hasPrefix("/") else { return nil }
        return ReadingMemory.key(entries[index].path, directory: memoryDirectory)
    }

    /// Notes where the open article is, for the next session.
    public mutating func rememberPosition() {
        guard let r = reader, let key = memoryKey(r.article) else { return }
        let a = r.anchor
        let position = SavedPosition(block: a.block, offset: a.offset, blankBefore: a.blankBefore)
        if memory.positions[key] != position {
            memory.positions[key] = position
            memoryRevision += 1
        }
    }

    public func isMarked(_ index: Int) -> Bool {
        memoryKey(index).map { memory.bookmarks.contains($0) } ?? false
    }

    /// `m`: marks the open article (in the library: the selected one), or unmarks it.
    mutating func toggleMark() {
        let index: Int
        if screen == .reader, let r = reader {
            index = r.article
        } else {
            guard library.list.selection < library.visible.count else { return }
            index = library.visible[library.list.selection]
        }
        guard let key = memoryKey(index) else { notice = "standard input cannot be marked"; return }
        if memory.bookmarks.remove(key) == nil {
            memory.bookmarks.insert(key)
            notice = "marked"
        } else {
            notice = "unmarked"
        }
        memoryRevision += 1
        if library.markedOnly { refreshVisible() }
    }

    /// `M`: the library shows only marked articles, or all again.
    mutating func toggleMarkedOnly() {
        library.markedOnly.toggle()
        refreshVisible()
        notice = library.markedOnly ? "marked articles only" : "all articles"
    }

    /// The visible list again (filter, marks, sort), keeping the selected article when it stays.
    mutating func refreshVisible() {
        let selected = library.visible.indices.contains(library.list.selection) ? library.visible[library.list.selection] : nil
        library.visible = []
        library.matchCounts = [:]
        appendVisible(from: 0)
        var list = library.list
        if let selected, let row = library.visible.firstIndex(of: selected) { list.selection = row }
        library.list = libraryGeometry.visible(list)
    }

    // MARK: Clippings and copies

    /// The quote `c` and `y` act on: the one selected in the quotes panel, the one
    /// jumped to, or the first one on screen.
    func currentQuote() -> Int? {
        guard let r = reader else { return nil }
        if let p = panel, p.kind == .quotes {
            return p.list.selection < p.order.count ? p.order[p.list.selection] : nil
        }
        if let highlight = r.highlight, let i = r.document.quoteRanges.firstIndex(where: { $0 == highlight }) { return i }
        let bottom = r.top + bodyHeight
        return r.document.quoteRanges.firstIndex { range in
            guard let range else { return false }
            let line = r.layout.line(block: range.block, offset: range.start)
            return line >= r.top && line < bottom
        }
    }

    func clipping(quote i: Int) -> Clipping? {
        guard let r = reader, i >= 0, i < r.analyzed.quotes.count else { return nil }
        let q = r.analyzed.quotes[i]
        let speaker = q.speaker.flatMap { r.analyzed.speakers.indices.contains($0) ? r.analyzed.speakers[$0] : nil }
        return clipping(.quote, text: q.text, range: q.range, speaker: speaker?.name, role: speaker?.roles.first)
    }

    func clipping(figure i: Int) -> Clipping? {
        guard let r = reader, i >= 0, i < r.analyzed.figures.count else { return nil }
        let f = r.analyzed.figures[i]
        return clipping(.figure, text: f.text, range: f.range, speaker: nil, role: nil)
    }

    private func clipping(_ kind: Clipping.Kind, text: String, range: SourceRange, speaker: String?, role: String?) -> Clipping? {
        guard let r = reader else { return nil }
        let entry = entries[r.article]
        return Clipping(kind: kind, text: text, speaker: speaker, role: role, headline: entry.headline,
                        date: entry.date?.text, source: entry.source, article: memoryKey(r.article) ?? entry.path,
                        start: range.start, end: range.end, saved: 0)
    }

    /// `c`: the selected figure in the figures panel, else the current quote.
    mutating func clip() -> Effect {
        if let p = panel, p.kind == .figures, let clip = clipping(figure: p.list.selection) { return .clip(clip) }
        if let i = currentQuote(), let clip = clipping(quote: i) { return .clip(clip) }
        notice = "no quote or figure here to clip"
        return .none
    }

    /// `y`: the current quote with its citation, to the terminal's clipboard.
    mutating func copyQuote() -> Effect {
        guard let i = currentQuote(), let clip = clipping(quote: i) else {
            notice = "no quote here to copy"
            return .none
        }
        return .copy(clip.citation)
    }
}
