import NewsModel

/// Applies one event to the state; the only way the state changes.
@discardableResult
public func update(_ state: inout AppState, _ event: Event) -> Effect {
    state.update(event)
}

extension AppState {
    @discardableResult
    public mutating func update(_ event: Event) -> Effect {
        switch event {
        case .resize(let width, let height):
            resize(width: width, height: height)
            return .none
        case .tick:
            notice = nil
            return .none
        case .mouse(let action, let x, let y):
            mouse(action, x: x, y: y)
            return .none
        case .loaded(let batch, let remaining):
            articlesLoaded(batch, remaining: remaining)
            return .none
        case .key(let key):
            notice = nil
            return press(key)
        }
    }

    // MARK: Keys

    private mutating func press(_ key: Key) -> Effect {
        if isTooSmall {
            return key == .character("q") || key == .character("Q") ? .quit : .none
        }
        if prompt != nil { promptKey(key); return .none }
        if panel?.kind == .speakers, speakerQueryKey(key) { return .none }
        guard let action = KeyMap.action(for: key, in: keyContext) else { return .none }
        return perform(action)
    }

    /// Performs `action` as the current screen understands it.
    public mutating func perform(_ action: Action) -> Effect {
        switch action {
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        case .pageDown: move(byPages: 1)
        case .pageUp: move(byPages: -1)
        case .halfPageDown: move(byPages: 0.5)
        case .halfPageUp: move(byPages: -0.5)
        case .top: move(by: Int.min / 2)
        case .bottom: move(by: Int.max / 2)
        case .open: activate()
        case .back:
            if panel != nil { panel = nil; return .none }
            if screens.count > 1 { screens.removeLast(); return .none }
            return .quit
        case .quit: return .quit
        case .close:
            if panel != nil { panel = nil } else { reader?.search = nil; reader?.highlight = nil }
        case .cyclePanel:
            let cycle: [PanelKind] = [.outline, .quotes, .figures]
            let next = panel.flatMap { cycle.firstIndex(of: $0.kind) }.map { cycle[($0 + 1) % cycle.count] } ?? .outline
            openPanel(next)
        case .nextSection: nextSection()
        case .previousSection: previousSection()
        case .outline: openPanel(.outline)
        case .quotes: openPanel(.quotes)
        case .figures: openPanel(.figures)
        case .help: openPanel(.help)
        case .speakers: openSpeakerPanel(query: "")
        case .search:
            if screen == .library {
                prompt = PromptState(kind: .filter, text: library.filter)
            } else if let reader {
                prompt = PromptState(kind: .search, text: "", origin: reader.top)
            }
        case .nextMatch: stepMatch(forward: true)
        case .previousMatch: stepMatch(forward: false)
        case .toggleGrouping: toggleGrouping()
        }
        return .none
    }

    // MARK: Moving

    private mutating func move(by delta: Int) {
        if var p = panel {
            let geometry = panelGeometry(p)
            if p.kind == .help {
                let top = min(max(0, p.list.top + delta), max(0, geometry.count - geometry.perPage))
                p.list = ListPosition(selection: top, top: top)
            } else {
                p.list = geometry.moved(p.list, by: delta)
            }
            panel = p
        } else if screen == .library {
            library.list = libraryGeometry.moved(library.list, by: delta)
        } else {
            scrollReader(by: delta)
        }
    }

    private mutating func move(byPages pages: Double) {
        let page: Int
        if let p = panel { page = panelGeometry(p).perPage } else if screen == .library {
            page = libraryGeometry.perPage
        } else { page = bodyHeight }
        move(by: Int((Double(max(1, page)) * pages).rounded(.towardZero)))
    }

    /// Scrolls the article; a jump may have put the top past the last page,
    /// and scrolling down from there stays put rather than jumping back.
    private mutating func scrollReader(by delta: Int) {
        guard var r = reader else { return }
        let lastPage = max(0, r.layout.lines.count - bodyHeight)
        if delta > 0 {
            r.top = min(r.top + min(delta, Int.max / 4), max(lastPage, r.top))
        } else {
            r.top = max(0, min(r.top + max(delta, Int.min / 4), max(lastPage, r.top)))
        }
        reader = r
    }

    // MARK: Opening things

    /// Makes article `index` the open one (re-using its layout when it already is).
    mutating func openArticle(_ index: Int) {
        guard index >= 0, index < articles.count else { return }
        if reader?.article == index { return }
        let document = ArticleDocument(articles[index])
        let layout = ArticleLayout(document, width: ArticleLayout.textWidth(forScreen: width))
        reader = ReaderState(article: index, document: document, layout: layout)
    }

    private mutating func showReader(_ index: Int) {
        openArticle(index)
        if screen != .reader { screens.append(.reader) }
    }

    private mutating func activate() {
        if let p = panel {
            activatePanelItem(p)
        } else if screen == .library {
            let visible = library.visible
            guard library.list.selection < visible.count else { return }
            showReader(visible[library.list.selection])
        }
    }

    private mutating func activatePanelItem(_ p: PanelState) {
        let i = p.list.selection
        switch p.kind {
        case .outline:
            panel = nil
            jumpToSection(i)
        case .quotes:
            guard i < p.order.count, let r = reader else { return }
            panel = nil
            jumpToQuote(article: r.article, quote: p.order[i])
        case .figures:
            guard let r = reader, i < r.document.figureRanges.count else { return }
            panel = nil
            reveal(r.document.figureRanges[i], context: 2)
        case .speakers:
            guard i < p.hits.count else { return }
            let hit = p.hits[i]
            panel = nil
            showReader(hit.location.article)
            jumpToQuote(article: hit.location.article, quote: hit.location.quote)
        case .help:
            panel = nil
        }
    }

    private mutating func jumpToQuote(article: Int, quote: Int) {
        guard let r = reader, r.article == article, quote >= 0, quote < r.document.quoteRanges.count else { return }
        reveal(r.document.quoteRanges[quote], context: 2)
    }

    /// Highlights `range` and scrolls to it: from the start of its paragraph
    /// when that keeps it in the upper half of the screen, else `context` lines above it.
    private mutating func reveal(_ range: DocumentRange?, context: Int) {
        guard var r = reader, let range else { return }
        r.highlight = range
        let line = r.layout.line(block: range.block, offset: range.start)
        let paragraphStart = range.block < r.layout.blockLines.count ? r.layout.blockLines[range.block] : line
        r.top = line - paragraphStart < bodyHeight / 2 ? paragraphStart : max(0, line - context)
        reader = r
    }

    private mutating func openPanel(_ kind: PanelKind) {
        if kind != .help, kind != .speakers, screen != .reader || reader == nil {
            notice = "open an article first"
            return
        }
        var p = PanelState(kind: kind)
        switch kind {
        case .outline:
            p.list.selection = currentSection
        case .quotes:
            p.order = quoteOrder(grouped: false)
        default:
            break
        }
        p.list = panelGeometry(p).visible(p.list)
        panel = p
    }

    mutating func openSpeakerPanel(query: String) {
        var p = PanelState(kind: .speakers)
        p.acrossLibrary = screen == .library || reader == nil
        p.query = query
        panel = p
        runSpeakerSearch()
    }

    /// Keys typed into the speaker query; false for keys the key table handles.
    private mutating func speakerQueryKey(_ key: Key) -> Bool {
        switch key {
        case .character(let c) where !c.isNewline:
            panel?.query.append(c)
        case .backspace:
            if panel?.query.isEmpty ?? true { panel = nil; return true }
            panel?.query.removeLast()
        default:
            return false
        }
        runSpeakerSearch()
        return true
    }

    private mutating func runSpeakerSearch() {
        guard var p = panel else { return }
        p.hits = []
        let query = p.query.trimmingSpaces
        if !query.isEmpty {
            if p.acrossLibrary {
                for speaker in speakerIndex.search(query) { p.hits += hits(speaker) { $0 } }
            } else if let r = reader {
                for speaker in SpeakerIndex([articles[r.article]]).search(query) {
                    p.hits += hits(speaker) { _ in r.article }
                }
            }
        }
        p.list = panelGeometry(p).visible(ListPosition())
        panel = p
    }

    /// A speaker's quotes, their own full sentences before fragments and scare
    /// quotes, each group in reading order.
    private func hits(_ speaker: LibrarySpeaker, article: (Int) -> Int) -> [SpeakerHit] {
        func rank(_ location: QuoteLocation) -> Int {
            let a = article(location.article)
            guard a >= 0, a < articles.count, location.quote >= 0, location.quote < articles[a].quotes.count else { return 3 }
            switch articles[a].quotes[location.quote].kind {
            case .full: return 0
            case .partial: return 1
            case .scare: return 2
            }
        }
        let ranked = speaker.quotes.enumerated().sorted { x, y in
            let rx = rank(x.element), ry = rank(y.element)
            return rx != ry ? rx < ry : x.offset < y.offset
        }
        return ranked.map { item in
            SpeakerHit(location: QuoteLocation(article: article(item.element.article), quote: item.element.quote),
                       speaker: speaker.name, roles: speaker.roles)
        }
    }

    private func quoteOrder(grouped: Bool) -> [Int] {
        guard let r = reader else { return [] }
        let quotes = articles[r.article].quotes
        let order = Array(quotes.indices)
        guard grouped else { return order }
        return order.sorted { a, b in
            let sa = quotes[a].speaker ?? Int.max, sb = quotes[b].speaker ?? Int.max
            return sa != sb ? sa < sb : a < b
        }
    }

    private mutating func toggleGrouping() {
        guard var p = panel, p.kind == .quotes else { return }
        let selected = p.list.selection < p.order.count ? p.order[p.list.selection] : 0
        p.grouped.toggle()
        p.order = quoteOrder(grouped: p.grouped)
        p.list.selection = p.order.firstIndex(of: selected) ?? 0
        p.list = panelGeometry(p).visible(p.list)
        panel = p
        notice = p.grouped ? "quotes grouped by speaker" : "quotes in reading order"
    }

    // MARK: Sections

    /// The section of the line at the top of the reader.
    public var currentSection: Int {
        guard let r = reader, !r.layout.lines.isEmpty else { return 0 }
        let block = r.layout.block(atLine: r.top)
        return block < r.document.blocks.count ? r.document.blocks[block].section : 0
    }

    private func sectionLine(_ section: Int) -> Int? {
        guard let r = reader, section >= 0, section < r.document.sectionBlocks.count else { return nil }
        let block = r.document.sectionBlocks[section]
        return block < r.layout.blockLines.count ? r.layout.blockLines[block] : nil
    }

    mutating func jumpToSection(_ section: Int) {
        guard let line = sectionLine(section) else {
            notice = "no section \(section)"
            return
        }
        reader?.top = line
    }

    private mutating func nextSection() {
        let next = currentSection + 1
        if sectionLine(next) == nil { notice = "last section"; return }
        jumpToSection(next)
    }

    private mutating func previousSection() {
        let current = currentSection
        if let line = sectionLine(current), let top = reader?.top, top > line {
            reader?.top = line
        } else if current > 0 {
            jumpToSection(current - 1)
        } else {
            notice = "first section"
        }
    }

    // MARK: Search and filter

    private mutating func promptKey(_ key: Key) {
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
        case .backspace:
            if p.text.isEmpty { prompt = nil; return }
            p.text.removeLast()
        case .character(let c) where !c.isNewline:
            p.text.append(c)
        default:
            return
        }
        prompt = p
        if p.kind == .search { runSearch(p.text, from: p.origin) } else { setFilter(p.text) }
    }

    /// Live search: every match highlighted, the first one from `origin` on shown.
    private mutating func runSearch(_ query: String, from origin: Int) {
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

    private mutating func showMatch(_ index: Int) {
        guard var r = reader, let search = r.search, index >= 0, index < search.matches.count else { return }
        r.search?.current = index
        let match = search.matches[index]
        let line = r.layout.line(block: match.block, offset: match.start)
        if line < r.top || line >= r.top + bodyHeight { r.top = max(0, line - bodyHeight / 3) }
        reader = r
    }

    private mutating func stepMatch(forward: Bool) {
        guard let search = reader?.search, !search.matches.isEmpty else {
            notice = "no search: press / to search"
            return
        }
        let count = search.matches.count
        var next = (search.current ?? -1) + (forward ? 1 : -1)
        if next >= count { next = 0; notice = "search wrapped to the top" }
        if next < 0 { next = count - 1; notice = "search wrapped to the bottom" }
        showMatch(next)
    }

    private mutating func setFilter(_ text: String) {
        library.filter = text
        library.visible = []
        appendVisible(from: 0)
        library.list = libraryGeometry.visible(ListPosition())
    }

    /// Adds the articles from index `start` on that pass the filter.
    private mutating func appendVisible(from start: Int) {
        let query = TextSearch.fold(library.filter.trimmingSpaces)
        for i in start..<articles.count {
            let article = articles[i].article
            if TextSearch.contains(article.headline.text, query) || TextSearch.contains(article.path, query) {
                library.visible.append(i)
            }
        }
    }

    /// A batch of a large library arrived: it joins the list (and the filter's
    /// results) without moving the selection.
    private mutating func articlesLoaded(_ batch: [AnalyzedArticle], remaining: Int) {
        let start = articles.count
        articles += batch
        loadingRemaining = max(0, remaining)
        speakerIndexCache = nil
        appendVisible(from: start)
        library.list = libraryGeometry.visible(library.list)
        if var p = panel, p.kind == .speakers, p.acrossLibrary {
            let list = p.list
            runSpeakerSearch()
            p = panel ?? p
            p.list = panelGeometry(p).visible(list)
            panel = p
        }
    }

    // MARK: Resize and mouse

    private mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        if var r = reader {
            let textWidth = ArticleLayout.textWidth(forScreen: self.width)
            if textWidth != r.layout.width {
                let anchor = r.anchor
                r.layout = ArticleLayout(r.document, width: textWidth)
                r.top = r.layout.line(of: anchor)
            }
            reader = r
        }
        library.list = libraryGeometry.visible(library.list)
        if var p = panel {
            p.list = panelGeometry(p).visible(p.list)
            panel = p
        }
    }

    private mutating func mouse(_ action: MouseAction, x: Int, y: Int) {
        guard !isTooSmall, prompt == nil else { return }
        switch action {
        case .wheelUp, .wheelDown:
            let delta = action == .wheelDown ? 1 : -1
            if panel != nil || screen == .library { move(by: delta) } else { scrollReader(by: 3 * delta) }
        case .click:
            if let p = panel {
                let geometry = panelGeometry(p)
                guard let item = geometry.item(atRow: y, top: p.list.top) else { return }
                if item == p.list.selection { activatePanelItem(p) } else { panel?.list.selection = item }
            } else if screen == .library {
                guard let item = libraryGeometry.item(atRow: y, top: library.list.top) else { return }
                if item == library.list.selection { activate() } else { library.list.selection = item }
            }
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
