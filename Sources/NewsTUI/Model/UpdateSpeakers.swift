import NewsModel

/// The speaker search (`@`): the people matching the query, a person's quotes,
/// and the way back to them from an article opened at one of the quotes.
extension AppState {
    mutating func openSpeakerPanel(query: String) {
        var p = PanelState(kind: .speakers)
        p.acrossLibrary = screen == .library || reader == nil
        p.query = query
        panel = p
        speakerReturn = nil
        runSpeakerSearch()
    }

    /// Keys typed into the speaker query; false for keys the key table handles.
    /// A person's quote list takes no typing: Backspace goes back to the people.
    mutating func speakerQueryKey(_ key: Key) -> Bool {
        if panel?.person != nil {
            guard key == .backspace else { return false }
            leavePerson()
            return true
        }
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

    /// The people matching the query, as a new list.
    mutating func runSpeakerSearch() {
        guard var p = panel else { return }
        p.people = people(matching: p.query, acrossLibrary: p.acrossLibrary)
        p.person = nil
        p.hits = []
        p.list = panelGeometry(p).visible(ListPosition())
        panel = p
    }

    /// The same search again after more articles arrived: the people list, and the
    /// person open in it, keep their places.
    mutating func refreshSpeakerSearch() {
        guard var p = panel, p.kind == .speakers else { return }
        let open = p.person.flatMap { $0 < p.people.count ? p.people[$0] : nil }
        p.people = people(matching: p.query, acrossLibrary: p.acrossLibrary)
        // A person's first quote stays where it was: batches only add articles at the end.
        if let open, let i = p.people.firstIndex(where: { $0.kind == open.kind && $0.name == open.name
                                                          && $0.quotes.first == open.quotes.first }) {
            p.person = i
            p.hits = hits(p.people[i])
        } else if open != nil {
            p.person = nil
            p.hits = []
            p.list = p.peopleList
        }
        p.list = panelGeometry(p).visible(p.list)
        panel = p
    }

    /// Who matches `query`, best match first (`SpeakerIndex.matches`), unnamed
    /// sources after the people and organisations. From the library every
    /// article counts, from an article that article only.
    mutating func people(matching query: String, acrossLibrary: Bool) -> [PersonHit] {
        let query = query.trimmingSpaces
        guard !query.isEmpty else { return [] }
        var found: [PersonHit] = []
        if acrossLibrary {
            found = speakerIndex.matches(query).map { person($0.speaker) { $0 } }
        } else if let r = reader {
            found = SpeakerIndex([r.analyzed]).matches(query).map { person($0.speaker) { _ in r.article } }
        }
        return found.filter { $0.kind != .unnamed } + found.filter { $0.kind == .unnamed }
    }

    private func person(_ speaker: LibrarySpeaker, article: (Int) -> Int) -> PersonHit {
        PersonHit(name: speaker.name, kind: speaker.kind, roles: speaker.roles,
                  quotes: speaker.quotes.map { QuoteLocation(article: article($0.article), quote: $0.quote) },
                  articles: speaker.articles)
    }

    /// Enter on a person: their quotes.
    mutating func openPerson(_ i: Int) {
        guard var p = panel, i >= 0, i < p.people.count else { return }
        p.peopleList = p.list
        p.person = i
        p.hits = hits(p.people[i])
        p.list = panelGeometry(p).visible(ListPosition())
        panel = p
    }

    /// Back from a person's quotes to the people, where the list was.
    mutating func leavePerson() {
        guard var p = panel, p.person != nil else { return }
        p.person = nil
        p.hits = []
        p.list = panelGeometry(p).visible(p.peopleList)
        panel = p
    }

    /// Enter on a quote: its article, at the quote; the search waits for `q`.
    mutating func openSpeakerHit(_ i: Int) -> Effect {
        guard let p = panel, i >= 0, i < p.hits.count else { return .none }
        let article = p.hits[i].location.article
        guard article >= 0, article < entries.count else { return .none }
        return open(article, then: .speakerHit(i))
    }

    /// Hit `i`'s article is at hand: shows it at the quote. The panel is checked
    /// again, as it may have changed while the article loaded.
    mutating func speakerHitOpened(_ i: Int, article: Int) {
        guard let p = panel, p.kind == .speakers, i >= 0, i < p.hits.count,
              p.hits[i].location.article == article else { return }
        let location = p.hits[i].location
        let quotes = entries[location.article].quotes
        let expected = location.quote >= 0 && location.quote < quotes.count ? quotes[location.quote] : nil
        let back = SpeakerReturn(panel: p, screens: screens)
        guard showReader(location.article) else { return }
        panel = nil
        speakerReturn = back
        jumpToQuote(article: location.article, quote: location.quote, expecting: expected)
    }

    /// `q` in an article opened from the speaker search: the person's quotes again,
    /// over the screen the search was opened on.
    mutating func returnToSpeakerSearch() {
        guard let back = speakerReturn else { return }
        rememberPosition()
        if !back.screens.isEmpty { screens = back.screens }
        var p = back.panel
        p.list = panelGeometry(p).visible(p.list)
        panel = p
        speakerReturn = nil
        // The library changed meanwhile (the article's file was read again and differed,
        // or more articles arrived): the search runs again on it, the person kept.
        if speakerIndexCache == nil { refreshSpeakerSearch() }
    }

    /// A person's quotes, their own full sentences before fragments and scare
    /// quotes, each group in reading order.
    func hits(_ person: PersonHit) -> [SpeakerHit] {
        func rank(_ location: QuoteLocation) -> Int {
            let a = location.article
            guard a >= 0, a < entries.count, location.quote >= 0, location.quote < entries[a].quotes.count else { return 3 }
            switch entries[a].quotes[location.quote].kind {
            case .full: return 0
            case .partial: return 1
            case .scare: return 2
            }
        }
        let ranked = person.quotes.enumerated().sorted { x, y in
            let rx = rank(x.element), ry = rank(y.element)
            return rx != ry ? rx < ry : x.offset < y.offset
        }
        return ranked.map { SpeakerHit(location: $0.element, speaker: person.name, roles: person.roles, kind: person.kind) }
    }
}
