import NewsModel

/// Text search in the reader, the library filter, and articles arriving while it is open.
extension AppState {
    // MARK: Search and filter

    mutating func promptKey(_ key: Key) {
        guard var p = prompt else { return }
        switch key {
        case .enter:
            prompt = nil
            if p.kind == .search {
                if reader?.search?.matches.isEmpty ?? false { notice = "not found: " + p.text; reader?.search = nil }
            }
            return
        case .escape:
            prompt = nil
            if p.kind == .search {
                reader?.search = nil
                reader?.top = p.origin
            } else {
                setFilter("")
            }
            return
        default:
            switch p.editor.apply(key) {
            case .edited: break
            case .moved: prompt = p; return
            case .emptyBackspace: prompt = nil; return
            case .ignored: return
            }
        }
        prompt = p
        if p.kind == .search { runSearch(p.text, from: p.origin) } else { setFilter(p.text) }
    }

    /// Live search: every match highlighted, the first one from `origin` on shown.
    mutating func runSearch(_ query: String, from origin: Int) {
        guard var r = reader else { return }
        r.top = origin
        guard !query.isEmpty else { r.search = nil; reader = r; return }
        let matches = TextSearch.matches(of: query, in: r.document)
        var current: Int?
        if !matches.isEmpty {
            current = matches.firstIndex { r.layout.line(block: $0.block, offset: $0.start) >= origin } ?? 0
        }
        r.search = SearchState(query: query, matches: matches, current: current)
        reader = r
        if let current { showMatch(current) }
    }

    mutating func showMatch(_ index: Int) {
        guard var r = reader, let search = r.search, index >= 0, index < search.matches.count else { return }
        r.search?.current = index
        let match = search.matches[index]
        let line = r.layout.line(block: match.block, offset: match.start)
        if line < r.top || line >= r.top + bodyHeight { r.top = max(0, line - bodyHeight / 3) }
        reader = r
    }

    mutating func stepMatch(forward: Bool) {
        guard let search = reader?.search, !search.matches.isEmpty else {
            // The key as bound now (the settings may move it).
            notice = "no search" + (keys.binding(.search)?.keys.first.map { ": press \($0.label) to search" } ?? "")
            return
        }
        let count = search.matches.count
        var next = (search.current ?? -1) + (forward ? 1 : -1)
        if next >= count { next = 0; notice = "search wrapped to the top" }
        if next < 0 { next = count - 1; notice = "search wrapped to the bottom" }
        showMatch(next)
    }

    mutating func setFilter(_ text: String) {
        library.filter = text
        library.visible = []
        library.matchCounts = [:]
        appendVisible(from: 0)
        library.list = libraryGeometry.visible(ListPosition())
    }

    /// Orders the library by `sort`, keeping the selected article selected.
    mutating func setSort(_ sort: LibrarySort) {
        let selected = library.visible.indices.contains(library.list.selection) ? library.visible[library.list.selection] : nil
        library.sort = sort
        sortVisible()
        var list = library.list
        if let selected, let row = library.visible.firstIndex(of: selected) { list.selection = row }
        library.list = libraryGeometry.visible(list)
        notice = "sorted by " + sort.label
    }

    mutating func sortVisible() {
        let entries = self.entries
        switch library.sort {
        case .path:
            library.visible.sort()
        case .date:
            // Newest first; undated last; ties in path order.
            library.visible.sort { a, b in
                switch (entries[a].date, entries[b].date) {
                case let (x?, y?): return x != y ? y < x : a < b
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return a < b
                }
            }
        case .headline:
            let keys = Dictionary(uniqueKeysWithValues: library.visible.map { ($0, TextSearch.fold(entries[$0].headline)) })
            library.visible.sort { a, b in
                let x = keys[a] ?? [], y = keys[b] ?? []
                return x != y ? x.lexicographicallyPrecedes(y) { $0.value < $1.value } : a < b
            }
        }
    }

    /// Adds the articles from index `start` on that pass the filter: its words in
    /// the headline, byline, source, path or text, counted.
    mutating func appendVisible(from start: Int) {
        let query = TextSearch.fold(library.filter.trimmingSpaces)
        for i in start..<entries.count {
            if library.markedOnly && !isMarked(i) { continue }
            if query.isEmpty { library.visible.append(i); continue }
            let entry = entries[i]
            var count = 0
            for field in [entry.headline, entry.byline ?? "", entry.source ?? "", entry.path, entry.body] {
                count += TextSearch.count(of: query, in: field)
            }
            if count > 0 {
                library.visible.append(i)
                library.matchCounts[i] = count
            }
        }
        if library.sort != .path { sortVisible() }
    }

    /// A batch of a large library arrived: it joins the list (and the filter's
    /// results) without moving the selection.
    mutating func articlesLoaded(_ batch: [LibraryEntry], remaining: Int) {
        let start = entries.count
        entries += batch
        loadingRemaining = max(0, remaining)
        if let (index, count) = pendingSpeakerIndex, count == entries.count {
            speakerIndexCache = index
            pendingSpeakerIndex = nil
        } else {
            speakerIndexCache = nil
        }
        appendVisible(from: start)
        library.list = libraryGeometry.visible(library.list)
        if panel?.kind == .speakers, panel?.acrossLibrary == true { refreshSpeakerSearch() }
    }
}
