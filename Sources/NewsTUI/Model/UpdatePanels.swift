import NewsModel

/// Opening articles and panels, and what Enter does in each panel.
extension AppState {
    // MARK: Opening things

    /// Opens article `index` and then does `then`: at once when it is open or was
    /// opened lately (going back and forth between a few articles reads none of them
    /// again), else by asking the runner to load it (`Effect.load`).
    mutating func open(_ index: Int, then: AfterLoad) -> Effect {
        guard index >= 0, index < entries.count else { return .none }
        if reader?.article == index || recent.contains(where: { $0.index == index }) {
            finishOpening(index, then: then)
            return .none
        }
        return .load(ArticleRequest(index: index, entry: entries[index], then: then))
    }

    /// The runner's answer to a load. A file that changed since the library loaded
    /// it replaces its entry (with a notice); one that is gone or unreadable gives a
    /// notice and the screen stays as it was. An answer for an entry the library no
    /// longer holds at that index is dropped.
    mutating func articleLoaded(_ request: ArticleRequest, _ result: Result<AnalyzedArticle, LoadFailure>) {
        let index = request.index
        guard index >= 0, index < entries.count, entries[index].path == request.entry.path else { return }
        let name = TextFit.fileName(TerminalText.sanitize(request.entry.path))
        switch result {
        case .failure(let failure):
            notice = "cannot open \(name): \(TerminalText.sanitize(failure.reason.description))"
        case .success(let analyzed):
            let fresh = LibraryEntry(analyzed)
            if !fresh.isSameAnalysis(as: entries[index]) {
                entries[index] = fresh
                speakerIndexCache = nil
                notice = "\(name) changed since the library loaded it"
            }
            recent.removeAll { $0.index == index }
            recent.append((index, analyzed))
            if recent.count > Self.recentLimit { recent.removeFirst() }
            finishOpening(index, then: request.then)
        }
    }

    /// Article `index` is at hand: opens it where `then` says.
    mutating func finishOpening(_ index: Int, then: AfterLoad) {
        switch then {
        case .only:
            if openArticle(index) { screens = [.reader] }
        case .read:
            showReader(index)
        case .section(let n):
            if showReader(index) { jumpToSection(n) }
        case .speakerHit(let i):
            speakerHitOpened(i, article: index)
        }
    }

    /// Makes article `index` the open one (re-using its layout when it already is).
    /// False when it is not at hand (it has to be requested with `open` first).
    @discardableResult
    mutating func openArticle(_ index: Int) -> Bool {
        guard index >= 0, index < entries.count else { return false }
        if reader?.article == index { return true }
        guard let analyzed = heldArticle(index) else { return false }
        let document = ArticleDocument(analyzed, theme: theme)
        let layout = ArticleLayout(document, width: textWidth)
        if let r = reader { readingPositions[r.article] = r.anchor }
        rememberPosition()
        var opened = ReaderState(article: index, analyzed: analyzed, document: document, layout: layout)
        // Back to an article read earlier: where the reader left it, as less and vim do,
        // in this session or an earlier one. An anchor, not a line, so a resize since
        // then does not move the text.
        var anchor = readingPositions[index]
        if anchor == nil, let key = memoryKey(index), let saved = memory.positions[key],
           saved.block >= 0, saved.block < document.blocks.count, saved.offset >= 0 {
            anchor = ScrollAnchor(block: saved.block, offset: min(saved.offset, document.blocks[saved.block].scalars.count),
                                  blankBefore: saved.blankBefore)
        }
        if let anchor {
            opened.top = min(layout.line(of: anchor), max(0, layout.lines.count - bodyHeight))
        }
        reader = opened
        return true
    }

    /// Article `index` in full if it is one of the last opened (most recent last).
    mutating func heldArticle(_ index: Int) -> AnalyzedArticle? {
        guard let i = recent.firstIndex(where: { $0.index == index }) else { return nil }
        let item = recent.remove(at: i)
        recent.append(item)
        return item.analyzed
    }

    @discardableResult
    mutating func showReader(_ index: Int) -> Bool {
        guard openArticle(index) else { return false }
        if screen != .reader { screens.append(.reader) }
        return true
    }

    mutating func activate() -> Effect {
        if let p = panel {
            return activatePanelItem(p)
        } else if screen == .library {
            let visible = library.visible
            guard library.list.selection < visible.count else { return .none }
            return open(visible[library.list.selection], then: .read)
        }
        return .none
    }

    mutating func activatePanelItem(_ p: PanelState) -> Effect {
        let i = p.list.selection
        switch p.kind {
        case .outline:
            panel = nil
            jumpToSection(i)
        case .quotes:
            guard i < p.order.count, let r = reader else { return .none }
            panel = nil
            jumpToQuote(article: r.article, quote: p.order[i])
        case .figures:
            guard let r = reader, i < r.document.figureRanges.count else { return .none }
            panel = nil
            reveal(r.document.figureRanges[i], context: 2)
        case .speakers:
            if p.person == nil { openPerson(i) } else { return openSpeakerHit(i) }
        case .help:
            panel = nil
        }
        return .none
    }

    /// Shows quote `quote` of the open article. With `expected` (the quote as the
    /// library saw it), checks that it is still there: the file may have changed
    /// since; then the same words elsewhere, or the start of the article with a notice.
    mutating func jumpToQuote(article: Int, quote: Int, expecting expected: EntryQuote? = nil) {
        guard let r = reader, r.article == article else { return }
        let quotes = r.analyzed.quotes
        var target: Int? = quote >= 0 && quote < quotes.count ? quote : nil
        if let expected, let t = target, !expected.matches(quotes[t]) { target = nil }
        if let expected, target == nil {
            target = quotes.firstIndex { $0.text == expected.text && $0.kind == expected.kind }
        }
        guard let t = target, t < r.document.quoteRanges.count else {
            reader?.top = 0
            reader?.highlight = nil
            notice = "that quote is no longer in the file: opened at the start"
            return
        }
        reveal(r.document.quoteRanges[t], context: 2)
    }

    /// Highlights `range` and scrolls to it: from the start of its paragraph
    /// when that keeps it in the upper half of the screen, else `context` lines above it.
    mutating func reveal(_ range: DocumentRange?, context: Int) {
        guard var r = reader, let range else { return }
        r.highlight = range
        let line = r.layout.line(block: range.block, offset: range.start)
        let paragraphStart = range.block < r.layout.blockLines.count ? r.layout.blockLines[range.block] : line
        r.top = line - paragraphStart < bodyHeight / 2 ? paragraphStart : max(0, line - context)
        reader = r
    }

    mutating func openPanel(_ kind: PanelKind) {
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
            p.heights = quoteHeights(p.order)
        default:
            break
        }
        p.list = panelGeometry(p).visible(p.list)
        panel = p
    }

    func quoteOrder(grouped: Bool) -> [Int] {
        guard let r = reader else { return [] }
        let quotes = r.analyzed.quotes
        let order = Array(quotes.indices)
        guard grouped else { return order }
        return order.sorted { a, b in
            let sa = quotes[a].speaker ?? Int.max, sb = quotes[b].speaker ?? Int.max
            return sa != sb ? sa < sb : a < b
        }
    }

    func quoteHeights(_ order: [Int]) -> [Int] {
        guard let r = reader else { return [] }
        return QuoteRows.heights(order: order, in: r.analyzed, screen: width)
    }

    mutating func toggleGrouping() {
        guard var p = panel, p.kind == .quotes else { return }
        let selected = p.list.selection < p.order.count ? p.order[p.list.selection] : 0
        p.grouped.toggle()
        p.order = quoteOrder(grouped: p.grouped)
        p.heights = quoteHeights(p.order)
        p.list.selection = p.order.firstIndex(of: selected) ?? 0
        p.list = panelGeometry(p).visible(p.list)
        panel = p
        notice = p.grouped ? "quotes grouped by speaker" : "quotes in reading order"
    }
}
