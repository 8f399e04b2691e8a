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
            return mouse(action, x: x, y: y)
        case .loaded(let batch, let remaining):
            articlesLoaded(batch, remaining: remaining)
            return .none
        case .speakerIndex(let index, let count):
            if count == entries.count { speakerIndexCache = index } else { pendingSpeakerIndex = (index, count) }
            return .none
        case .articleLoaded(let request, let result):
            articleLoaded(request, result)
            return .none
        case .fullTextFound(let request, let result):
            fullTextFound(request, result)
            return .none
        case .key(let key):
            notice = nil
            return press(key)
        }
    }

    // MARK: Keys

    mutating func press(_ key: Key) -> Effect {
        if isTooSmall {
            return key == .character("q") || key == .character("Q") ? .quit : .none
        }
        if prompt != nil { promptKey(key); return .none }
        if fullText != nil { return fullTextKey(key) }
        if panel?.kind == .speakers, speakerQueryKey(key) { return .none }
        guard let action = keys.action(for: key, in: keyContext) else { return .none }
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
        case .open: return activate()
        case .fullTextSearch: openFullText()
        case .back:
            if panel?.kind == .speakers, panel?.person != nil { leavePerson(); return .none }
            if panel != nil { panel = nil; return .none }
            if screen == .reader, speakerReturn != nil { returnToSpeakerSearch(); return .none }
            if screen == .reader { rememberPosition() }
            if screens.count > 1 { screens.removeLast(); return .none }
            return .quit
        case .quit:
            rememberPosition()
            return .quit
        case .close:
            if panel?.kind == .speakers, panel?.person != nil {
                leavePerson()
            } else if panel != nil {
                panel = nil
            } else if screen == .library {
                if !library.filter.isEmpty { setFilter("") }
            } else {
                reader?.search = nil
                reader?.highlight = nil
            }
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
                prompt = PromptState(kind: .search, text: reader.search?.query ?? "", origin: reader.top)
            }
        case .nextMatch: stepMatch(forward: true)
        case .previousMatch: stepMatch(forward: false)
        case .toggleGrouping: toggleGrouping()
        case .cycleSort: setSort(library.sort.next)
        case .toggleMark: toggleMark()
        case .markedOnly: toggleMarkedOnly()
        case .clip: return clip()
        case .copyQuote: return copyQuote()
        }
        return .none
    }

    // MARK: Moving

    mutating func move(by delta: Int) {
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

    mutating func move(byPages pages: Double) {
        let page: Int
        if let p = panel { page = panelGeometry(p).perPage } else if screen == .library {
            page = libraryGeometry.perPage
        } else { page = bodyHeight }
        move(by: Int((Double(max(1, page)) * pages).rounded(.towardZero)))
    }

    /// Scrolls the article; a jump may have put the top past the last page,
    /// and scrolling down from there stays put rather than jumping back.
    mutating func scrollReader(by delta: Int) {
        guard var r = reader else { return }
        let lastPage = max(0, r.layout.lines.count - bodyHeight)
        if delta > 0 {
            r.top = min(r.top + min(delta, Int.max / 4), max(lastPage, r.top))
        } else {
            r.top = max(0, min(r.top + max(delta, Int.min / 4), max(lastPage, r.top)))
        }
        reader = r
    }
}
