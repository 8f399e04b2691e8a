/// Resizes and the mouse.
extension AppState {
    // MARK: Resize and mouse

    mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        if var r = reader {
            let textWidth = self.textWidth
            if textWidth != r.layout.width {
                let anchor = r.anchor
                r.layout = ArticleLayout(r.document, width: textWidth)
                r.top = r.layout.line(of: anchor)
            }
            reader = r
            // The current match stays on screen, whatever the new size: the top
            // line's anchor alone can leave it below a shorter screen.
            if let current = r.search?.current { showMatch(current) }
        }
        library.list = libraryGeometry.visible(library.list)
        if var p = panel {
            if p.kind == .quotes { p.heights = quoteHeights(p.order) }
            p.list = panelGeometry(p).visible(p.list)
            panel = p
        }
    }

    mutating func mouse(_ action: MouseAction, x: Int, y: Int) -> Effect {
        guard !isTooSmall, prompt == nil else { return .none }
        switch action {
        case .wheelUp, .wheelDown:
            let delta = action == .wheelDown ? 1 : -1
            if panel != nil || screen == .library { move(by: delta) } else { scrollReader(by: 3 * delta) }
        case .click:
            if let p = panel {
                let geometry = panelGeometry(p)
                guard let item = geometry.item(atRow: y, top: p.list.top) else { return .none }
                if item == p.list.selection { return activatePanelItem(p) }
                panel?.list.selection = item
            } else if screen == .library {
                guard let item = libraryGeometry.item(atRow: y, top: library.list.top) else { return .none }
                if item == library.list.selection { return activate() }
                library.list.selection = item
            }
        }
        return .none
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
