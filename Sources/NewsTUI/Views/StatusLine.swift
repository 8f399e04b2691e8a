import NewsModel

/// The bottom row: where you are and what to press, or the prompt being typed.
enum StatusLine {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let y = state.height - 1
        buffer.fill(x: 0, y: y, count: state.width, style: Palette.status)
        var left = "", right = ""
        if let f = state.fullText {
            left = f.query.isEmpty ? "full-text search" : "search: " + TerminalText.sanitize(f.query)
            right = f.hits.isEmpty ? "Esc close" : "Enter open  Up/Down move  Esc close"
        } else if state.screen == .library {
            let shown = state.library.visible.count
            left = shown == state.entries.count ? "\(shown) articles" : "\(shown) of \(state.entries.count) articles"
            if state.loadingRemaining > 0 { left += " \u{b7} loading \(state.loadingRemaining) more\u{2026}" }
            left += " \u{b7} sort: " + state.library.sort.rawValue
            if state.library.markedOnly { left += " \u{b7} marked" }
            if !state.library.filter.isEmpty { left += " \u{b7} filter: " + TerminalText.sanitize(state.library.filter) }
            if let panel = state.panel, panel.kind == .speakers {
                right = speakerHints(state, panel)
            } else {
                right = hints(state, [(.open, "open"), (.search, "filter"), (.cycleSort, "sort"), (.help, "help"), (.back, "quit")])
            }
        } else if let reader = state.reader {
            let article = reader.analyzed.article
            left = TextFit.fileName(TerminalText.sanitize(article.path)) + " \u{b7} " + sectionTitle(article, state.currentSection)
            var parts: [String] = []
            if let search = reader.search, !search.matches.isEmpty {
                parts.append(counter(search))
            }
            parts.append(position(reader, bodyHeight: state.bodyHeight))
            if let panel = state.panel {
                parts.append(panel.kind != .speakers ? hints(state, [(.open, "jump"), (.close, "close")]) : speakerHints(state, panel))
            } else {
                // Opened from the speaker search: q goes back to the person's quotes.
                let back = state.speakerReturn != nil ? "quotes" : state.screens.count > 1 ? "back" : "quit"
                parts.append(hints(state, [(.help, "help"), (.back, back)]))
            }
            right = parts.joined(separator: "  ")
        }
        if let notice = state.notice { right = notice + "  " + right }
        let rightText = TextFit.truncate(right, width: max(0, state.width - 2))
        let rightWidth = DisplayWidth.of(rightText)
        let leftRoom = state.width - rightWidth - 3
        if leftRoom > 0 {
            buffer.put(TextFit.truncate(left, width: leftRoom), x: 1, y: y, style: Palette.status, limit: 1 + leftRoom)
        }
        buffer.put(rightText, x: max(0, state.width - rightWidth - 1), y: y,
                   style: Palette.status.merged(with: state.notice != nil ? Palette.bold : .plain))
    }

    /// The speaker search: Enter lists a person's quotes, then opens one; q goes back.
    static func speakerHints(_ state: AppState, _ panel: PanelState) -> String {
        panel.person == nil ? hints(state, [(.open, "quotes"), (.close, "close")]) : hints(state, [(.open, "open"), (.back, "people")])
    }

    /// "Enter open  / filter": the first key of each action, as the key table has it now.
    static func hints(_ state: AppState, _ actions: [(Action, String)]) -> String {
        actions.compactMap { state.keys.hint($0.0, $0.1) }.joined(separator: "  ")
    }

    /// "3/12"; "3/100000+" when the search stopped counting.
    static func counter(_ search: SearchState) -> String {
        let more = search.matches.count >= TextSearch.matchLimit ? "+" : ""
        return "\((search.current ?? 0) + 1)/\(search.matches.count)\(more)"
    }

    static func sectionTitle(_ article: Article, _ index: Int) -> String {
        TerminalText.sanitize(Presentation.sectionName(article, index))
    }

    /// "Top", "All", "45%": how far the bottom of the screen is into the article.
    static func position(_ reader: ReaderState, bodyHeight: Int) -> String {
        let count = reader.layout.lines.count
        if count <= bodyHeight && reader.top == 0 { return "All" }
        if reader.top == 0 { return "Top" }
        return "\(min(100, (reader.top + bodyHeight) * 100 / max(1, count)))%"
    }

    static func drawPrompt(_ state: AppState, _ prompt: PromptState, into buffer: inout ScreenBuffer) {
        let y = state.height - 1
        buffer.fill(x: 0, y: y, count: state.width, style: .plain)
        let label = prompt.kind == .search ? "/" : "filter: "
        var right = ""
        if prompt.kind == .search, let search = state.reader?.search {
            right = search.matches.isEmpty ? "no match" : counter(search)
        } else if prompt.kind == .filter {
            right = "\(state.library.visible.count) of \(state.entries.count)"
        }
        let rightWidth = DisplayWidth.of(right)
        buffer.put(right, x: max(0, state.width - rightWidth - 1), y: y, style: Palette.dim)
        let room = max(1, state.width - rightWidth - 3)
        let editor = prompt.editor
        let before = TerminalText.sanitize(String(editor.characters[..<editor.cursor]))
        let after = TerminalText.sanitize(String(editor.characters[editor.cursor...]))
        // Keep the insertion point in view: drop the start of a long query first.
        var shown = before
        while DisplayWidth.of(label + shown) > room - 1, !shown.isEmpty { shown.removeFirst() }
        let labelEnd = buffer.put(label, x: 0, y: y, style: Palette.bold, limit: room)
        let textStyle = editor.selected ? Palette.bold.merged(with: Palette.selection) : Palette.bold
        let cursorX = buffer.put(shown, x: labelEnd, y: y, style: textStyle, limit: room)
        buffer.put(after, x: cursorX, y: y, style: textStyle, limit: room)
        buffer.cursor = CursorPosition(x: min(cursorX, state.width - 1), y: y)
    }
}
