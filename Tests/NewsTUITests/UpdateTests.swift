import Testing
import NewsModel
@testable import NewsTUI

/// `update`, one action at a time, on the real fixtures.
@Suite struct UpdateTests {
    let library: [AnalyzedArticle]
    let seed: AnalyzedArticle

    init() throws {
        DisplayWidth.prepareLocale()
        library = try TestArticles.library()
        seed = try TestArticles.seedByHand()
    }

    func reader(_ analyzed: AnalyzedArticle? = nil, width: Int = 80, height: Int = 24) -> AppState {
        AppState(articles: [analyzed ?? seed], width: width, height: height)
    }

    var seedIndex: Int { library.firstIndex { $0.article.path.hasSuffix("seed-article.txt") } ?? 0 }

    // MARK: Scrolling

    @Test func lineMovesScrollTheReader() {
        var s = reader()
        Script.run(&s, "jjj")
        #expect(s.reader?.top == 3)
        Script.run(&s, "k<Down><Up><Up>")
        #expect(s.reader?.top == 1)
        Script.run(&s, "kkk")
        #expect(s.reader?.top == 0)
    }

    @Test func pagesAndHalfPages() {
        var s = reader()
        Script.run(&s, " ")
        #expect(s.reader?.top == 23)
        Script.run(&s, "b")
        #expect(s.reader?.top == 0)
        Script.run(&s, "f<PgDn><PgUp>")
        #expect(s.reader?.top == 23)
        Script.run(&s, "d")
        #expect(s.reader?.top == 34)
        Script.run(&s, "u")
        #expect(s.reader?.top == 23)
    }

    @Test func topAndBottom() throws {
        var s = reader()
        let lines = try #require(s.reader?.layout.lines.count)
        Script.run(&s, "G")
        #expect(s.reader?.top == lines - s.bodyHeight)
        Script.run(&s, "j")
        #expect(s.reader?.top == lines - s.bodyHeight, "no scrolling past the last page")
        Script.run(&s, "g")
        #expect(s.reader?.top == 0)
        Script.run(&s, "<End>")
        #expect(s.reader?.top == lines - s.bodyHeight)
        Script.run(&s, "<Home>")
        #expect(s.reader?.top == 0)
    }

    @Test func listMovesSelectInTheLibrary() {
        var s = AppState(articles: library, width: 80, height: 24)
        #expect(s.screen == .library)
        Script.run(&s, "jj")
        #expect(s.library.list.selection == 2)
        Script.run(&s, "G")
        #expect(s.library.list.selection == library.count - 1)
        #expect(s.library.list.top == library.count - s.libraryGeometry.perPage)
        Script.run(&s, "g")
        #expect(s.library.list == ListPosition(selection: 0, top: 0))
        Script.run(&s, " ")
        #expect(s.library.list.selection == s.libraryGeometry.perPage)
        Script.run(&s, "k")
        #expect(s.library.list.selection == s.libraryGeometry.perPage - 1)
    }

    // MARK: Screens

    @Test func enterOpensAndQGoesBackThenQuits() {
        var s = AppState(articles: library, width: 80, height: 24)
        Script.run(&s, String(repeating: "j", count: seedIndex) + "<Enter>")
        #expect(s.screens == [.library, .reader])
        #expect(s.reader?.article == seedIndex)
        #expect(Script.run(&s, "q") == .none)
        #expect(s.screens == [.library])
        #expect(Script.run(&s, "q") == .quit)
    }

    @Test func anArticleReopensWhereItWasLeft() throws {
        var s = AppState(articles: library, width: 80, height: 24)
        let other = seedIndex == 0 ? 1 : 0
        Script.run(&s, String(repeating: "j", count: seedIndex) + "<Enter>")
        Script.run(&s, "jjjjj")
        let left = try #require(s.reader?.top)
        #expect(left == 5)
        Script.run(&s, "q" + (other < seedIndex ? String(repeating: "k", count: seedIndex - other)
                                                : String(repeating: "j", count: other - seedIndex)) + "<Enter>")
        #expect(s.reader?.article == other)
        #expect(s.reader?.top == 0, "an article opened for the first time starts at its top")
        Script.run(&s, "q" + (other < seedIndex ? String(repeating: "j", count: seedIndex - other)
                                                : String(repeating: "k", count: other - seedIndex)) + "<Enter>")
        #expect(s.reader?.article == seedIndex)
        #expect(s.reader?.top == left)
    }

    @Test func singleArticleOpensInTheReaderAndQQuits() {
        var s = reader()
        #expect(s.screens == [.reader])
        #expect(Script.run(&s, "q") == .quit)
        var t = AppState(articles: library, width: 80, height: 24)
        Script.run(&t, "<Enter>")
        #expect(Script.run(&t, "Q") == .quit)
    }

    @Test func sectionsForwardAndBack() {
        var s = reader()
        Script.run(&s, "]]]")
        #expect(s.currentSection == 3)
        #expect(Renderer.render(s).lines().first == " Attacks continue despite calls from Putin and Trump")
        Script.run(&s, "[[")
        #expect(s.currentSection == 1)
        Script.run(&s, "jj[")
        #expect(s.currentSection == 1, "[ first goes back to the start of the section")
        #expect(Renderer.render(s).lines().first == " The White House considers the minerals agreement obsolete")
        Script.run(&s, "[")
        #expect(s.currentSection == 0)
        #expect(s.reader?.top == 0)
        Script.run(&s, "]]]]]")
        #expect(s.currentSection == 4)
        #expect(s.notice == "last section")
        Script.run(&s, "g[")
        #expect(s.notice == "first section")
    }

    @Test func outlineEnterJumps() {
        var s = reader()
        Script.run(&s, "o")
        #expect(s.panel?.kind == .outline)
        #expect(s.panel?.list.selection == 0)
        Script.run(&s, "jj<Enter>")
        #expect(s.panel == nil)
        #expect(s.currentSection == 2)
        Script.run(&s, "o")
        #expect(s.panel?.list.selection == 2, "the outline opens on the current section")
    }

    @Test func quotesPanelJumpsAndHighlights() throws {
        var s = reader()
        Script.run(&s, "\"")
        #expect(s.panel?.kind == .quotes)
        #expect(s.panel?.order == [0, 1, 2, 3, 4, 5])
        Script.run(&s, "jjj<Enter>")
        #expect(s.panel == nil)
        let highlight = try #require(s.reader?.highlight)
        #expect(highlight == s.reader?.document.quoteRanges[3])
        #expect(s.currentSection == 1)
        let screen = Renderer.render(s)
        let row = try #require(screen.lines().firstIndex { $0.contains("We are now focused on a long-term peace agreement") })
        let x = try #require((0..<screen.width).first { screen[$0, row].text == "W" })
        #expect(screen[x, row].style.reverse)
        #expect(!screen[0, row].style.reverse)
    }

    @Test func toggleGroupsQuotesBySpeaker() {
        var s = reader()
        Script.run(&s, "\"j")   // the Zelensky quote
        Script.run(&s, "t")
        #expect(s.panel?.grouped == true)
        #expect(s.panel?.order == [0, 1, 4, 2, 3, 5])
        #expect(s.panel.map { $0.order[$0.list.selection] } == 1, "the selected quote stays selected")
        Script.run(&s, "t")
        #expect(s.panel?.order == [0, 1, 2, 3, 4, 5])
    }

    @Test func figuresPanelJumps() {
        var s = reader()
        Script.run(&s, "#")
        #expect(s.panel?.kind == .figures)
        Script.run(&s, "jjjj<Enter>")
        #expect(s.reader?.highlight == s.reader?.document.figureRanges[4])
        #expect(s.currentSection == 3)
    }

    @Test func tabCyclesPanelsAndEscCloses() {
        var s = reader()
        Script.run(&s, "<Tab>")
        #expect(s.panel?.kind == .outline)
        Script.run(&s, "<Tab>")
        #expect(s.panel?.kind == .quotes)
        Script.run(&s, "<Tab>")
        #expect(s.panel?.kind == .figures)
        Script.run(&s, "<Tab>")
        #expect(s.panel?.kind == .outline)
        Script.run(&s, "<Esc>")
        #expect(s.panel == nil)
        Script.run(&s, "?")
        #expect(s.panel?.kind == .help)
        Script.run(&s, "q")
        #expect(s.panel == nil)
        #expect(s.screens == [.reader], "q closes a panel before leaving the screen")
    }

    @Test func helpScrolls() {
        var s = reader(height: 10)
        Script.run(&s, "?jj")
        #expect(s.panel?.list.top == 2)
        Script.run(&s, "G")
        #expect(s.panel?.list.top == HelpText.lines.count - s.panelGeometry(s.panel ?? PanelState(kind: .help)).perPage)
    }

    @Test func articlePanelsNeedAnArticle() {
        var s = AppState(articles: library, width: 80, height: 24)
        Script.run(&s, "o")
        #expect(s.panel == nil)
        Script.run(&s, "?")
        #expect(s.panel?.kind == .help)
        Script.run(&s, "\"")
        #expect(s.panel?.kind == .help)
        #expect(s.notice == "open an article first")
    }

    // MARK: Speaker search

    @Test func speakerPromptTakesTypedKeys() {
        var s = AppState(articles: library, width: 80, height: 24)
        Script.run(&s, "@")
        #expect(s.panel?.kind == .speakers)
        #expect(s.panel?.acrossLibrary == true)
        Script.run(&s, "leav")
        #expect(s.panel?.query == "leav", "j, q and other keys are typed, not commands")
        Script.run(&s, "qj<BS><BS>")
        #expect(s.panel?.query == "leav")
        Script.run(&s, "<Esc>")
        #expect(s.panel == nil)
        Script.run(&s, "@<BS>")
        #expect(s.panel == nil, "Backspace on an empty query closes")
    }

    @Test func speakerHitOpensTheArticleAtTheQuote() {
        var articles = library
        articles[seedIndex] = seed
        var s = AppState(articles: articles, width: 80, height: 24)
        Script.run(&s, "@leav")
        #expect(s.panel?.people.map(\.name) == ["Karoline Leavitt"])
        Script.run(&s, "<Enter>")
        #expect(s.panel?.hits.first?.location == QuoteLocation(article: seedIndex, quote: 3), "full sentences first")
        Script.run(&s, "<Enter>")
        #expect(s.screens == [.library, .reader])
        #expect(s.reader?.article == seedIndex)
        #expect(s.reader?.highlight == s.reader?.document.quoteRanges[3])
        #expect(Renderer.render(s).lines().contains { $0.contains("We are now focused on a long-term peace agreement") })
    }

    /// The library's "wren": two people, one row each, best match then most quoted first.
    @Test func speakerSearchListsThePeopleFirst() throws {
        var s = AppState(articles: library, width: 80, height: 24)
        Script.run(&s, "@wren")
        let p = try #require(s.panel)
        #expect(p.person == nil)
        #expect(p.people.map(\.name) == ["Tomasz Wren", "Tobias Wren"])
        #expect(p.people.map { $0.quotes.count } == [2, 1])
        #expect(p.people.allSatisfy { $0.kind == .person })
        #expect(s.panelGeometry(p).count == 2)
        #expect(s.panelGeometry(p).itemHeight == 1)
        let lines = Renderer.render(s).lines()
        #expect(lines[2].hasPrefix("\u{25b8} Tomasz Wren \u{b7} bus mechanic"))
        #expect(lines[2].hasSuffix("2 quotes \u{b7} 1 article"))
        Script.run(&s, "<BS>")
        #expect(s.panel?.query == "wre", "the people list is live")
    }

    /// People -> a person's quotes -> the article at one -> q back to the quotes -> q back to the people.
    @Test func aPersonsQuotesOpenTheArticleAndQComesBack() throws {
        var s = AppState(articles: library, width: 80, height: 24)
        Script.run(&s, "@wren<Enter>")
        var p = try #require(s.panel)
        #expect(p.person == 0)
        #expect(p.query == "wren", "the query is kept")
        #expect(p.hits.map(\.speaker) == ["Tomasz Wren", "Tomasz Wren"])
        #expect(p.hits.map(\.location.article) == [0, 0])
        #expect(s.panelGeometry(p).itemHeight == 2)
        Script.run(&s, "x")
        #expect(s.panel?.query == "wren", "a person's quote list takes no typing")
        Script.run(&s, "j<Enter>")
        #expect(s.panel == nil)
        #expect(s.screens == [.library, .reader])
        #expect(s.reader?.article == 0)
        let second = p.hits[1].location.quote
        #expect(s.reader?.highlight == s.reader?.document.quoteRanges[second])
        #expect(s.speakerReturn != nil)
        Script.run(&s, "jj")
        Script.run(&s, "q")
        p = try #require(s.panel)
        #expect(s.screens == [.library], "back over the screen the search was opened on")
        #expect(p.person == 0)
        #expect(p.list.selection == 1, "the quote opened is still selected")
        #expect(s.speakerReturn == nil)
        Script.run(&s, "q")
        p = try #require(s.panel)
        #expect(p.person == nil)
        #expect(p.query == "wren")
        #expect(p.people.map(\.name) == ["Tomasz Wren", "Tobias Wren"])
        #expect(p.list.selection == 0)
        Script.run(&s, "<Esc>")
        #expect(s.panel == nil)
        #expect(s.screens == [.library])
    }

    @Test func escAndBackspaceReturnToThePeopleWhereTheListWas() {
        var s = AppState(articles: library, width: 80, height: 24)
        Script.run(&s, "@wren<Down><Enter>")
        #expect(s.panel?.person == 1)
        #expect(s.panel?.hits.map(\.speaker) == ["Tobias Wren"])
        Script.run(&s, "<Esc>")
        #expect(s.panel?.person == nil)
        #expect(s.panel?.list.selection == 1)
        #expect(s.panel?.query == "wren")
        Script.run(&s, "<Enter><BS>")
        #expect(s.panel?.person == nil)
        #expect(s.panel?.list.selection == 1)
        #expect(s.panel?.query == "wren", "Backspace leaves the quotes, it does not edit the query")
        Script.run(&s, "<BS>")
        #expect(s.panel?.query == "wre")
    }

    /// From an article the search is that article's; q from the quote goes back to the panel, not out.
    @Test func fromAnArticleQReturnsToTheSearchNotOut() throws {
        var s = reader(seed)
        Script.run(&s, "@leav<Enter><Enter>")
        #expect(s.panel == nil)
        #expect(s.screens == [.reader])
        #expect(s.reader?.highlight == s.reader?.document.quoteRanges[3])
        #expect(Renderer.render(s).lines().last?.contains("q quotes") == true, "the status line says where q goes")
        #expect(Script.run(&s, "q") == .none)
        #expect(s.panel?.person == 0)
        #expect(s.panel?.acrossLibrary == false)
        Script.run(&s, "q<Esc>")
        #expect(s.panel == nil)
        #expect(Script.run(&s, "q") == .quit)
    }

    /// Unnamed sources come after the people and organisations, marked; a new search forgets the way back.
    @Test func unnamedSourcesComeLastAndAreMarked() throws {
        let port = AnalyzedArticle(try TestArticles.article("Tests/NewsTUITests/Fixtures/port-talks.txt"))
        var s = reader(port)
        Script.run(&s, "@spokes")
        let people = try #require(s.panel?.people)
        #expect(people.map(\.name) == ["Ines Dalca", "a spokesman for the ministry"])
        #expect(people.map(\.kind) == [.person, .unnamed])
        let lines = Renderer.render(s).lines()
        #expect(lines[3].contains("a spokesman for the ministry (unnamed)"))
        Script.run(&s, "<Enter><Enter>")
        #expect(s.speakerReturn != nil)
        Script.run(&s, "@")
        #expect(s.speakerReturn == nil)
    }

    /// A person open in the search keeps their place when more articles arrive.
    @Test func aPersonStaysOpenWhileTheLibraryGrows() throws {
        var s = AppState(articles: Array(library.prefix(2)), width: 80, height: 24)
        Script.run(&s, "@wren<Down><Enter>")
        #expect(s.panel?.hits.map(\.speaker) == ["Tobias Wren"])
        s.update(.loaded(library.dropFirst(2).map(LibraryEntry.init), remaining: 0))
        #expect(s.panel?.person == 1)
        #expect(s.panel?.hits.map(\.speaker) == ["Tobias Wren"])
        Script.run(&s, "q")
        #expect(s.panel?.list.selection == 1)
    }

    @Test func speakerSearchFromTheReaderIsScopedToTheArticle() {
        var s = reader()
        Script.run(&s, "@")
        #expect(s.panel?.acrossLibrary == false)
    }

    // MARK: Search

    @Test func searchIsLiveAndCounts() throws {
        var s = reader()
        Script.run(&s, "]]]")
        let origin = s.reader?.top
        Script.run(&s, "/dro")
        #expect(s.prompt?.text == "dro")
        #expect(s.reader?.search?.matches.count == 3)   // drone, drones, drones
        Script.run(&s, "nes")
        #expect(s.reader?.search?.matches.count == 2)
        #expect(s.reader?.search?.current == 0)
        #expect(Renderer.render(s).lines().last?.hasSuffix("1/2") == true)
        Script.run(&s, "<Enter>")
        #expect(s.prompt == nil)
        #expect(Renderer.render(s).lines().last?.contains("1/2") == true)
        Script.run(&s, "n")
        #expect(s.reader?.search?.current == 1)
        #expect(s.notice == nil)
        Script.run(&s, "n")
        #expect(s.reader?.search?.current == 0)
        #expect(s.notice == "search wrapped to the top")
        Script.run(&s, "N")
        #expect(s.reader?.search?.current == 1)
        #expect(s.notice == "search wrapped to the bottom")
        Script.run(&s, "<Esc>")
        #expect(s.reader?.search == nil, "Esc clears the search")
        Script.run(&s, "/zzzz<Esc>")
        #expect(s.reader?.top == origin)
    }

    @Test func searchIsCaseInsensitiveAndStartsAtThePosition() {
        var s = reader()
        Script.run(&s, "]]/PUTIN")
        let search = s.reader?.search
        #expect(search?.matches.count == 7)
        let first = search.flatMap { found in found.current.map { found.matches[$0] } }
        #expect(first.map { s.reader?.document.blocks[$0.block].section ?? -1 } == 2)
    }

    @Test func searchStopsCountingAtTheLimit() throws {
        let text = "Many letters\n\n" + String(repeating: "a ", count: TextSearch.matchLimit + 10) + "\n"
        var s = reader(AnalyzedArticle(try TestArticles.text(text)))
        Script.run(&s, "/a")
        #expect(s.reader?.search?.matches.count == TextSearch.matchLimit, "capped")
        #expect(Renderer.render(s).lines().last?.hasSuffix("1/\(TextSearch.matchLimit)+") == true)
    }

    /// Hints typed in notices and panels follow the key table, remapped keys included.
    @Test func noticesNameTheKeysAsBound() {
        var settings = ReaderSettings()
        settings.keys.remap(.search, to: [.character("S")])
        settings.keys.remap(.close, to: [.control("g")])
        var s = AppState(articles: [seed], width: 80, height: 24, settings: settings)
        Script.run(&s, "n")
        #expect(s.notice == "no search: press S to search")
        Script.run(&s, "@")
        #expect(Renderer.render(s).lines().contains { $0.contains("type a name, surname, alias or role (C-g closes)") })
    }

    @Test func searchWithoutMatchesSaysSo() {
        var s = reader()
        Script.run(&s, "n")
        #expect(s.notice == "no search: press / to search")
        Script.run(&s, "/xyzzy")
        #expect(Renderer.render(s).lines().last?.hasSuffix("no match") == true)
        Script.run(&s, "<Enter>")
        #expect(s.notice == "not found: xyzzy")
    }

    @Test func libraryFilter() {
        var s = AppState(articles: library, width: 80, height: 24)
        Script.run(&s, "/TRUCE")
        #expect(s.library.visible == [seedIndex])
        Script.run(&s, "<Enter><Enter>")
        #expect(s.reader?.article == seedIndex)
        Script.run(&s, "q/<BS><BS><BS><BS><BS>")
        #expect(s.library.filter == "")
        #expect(s.library.visible.count == library.count)
        Script.run(&s, "/nothing-like-this<Esc>")
        #expect(s.library.visible.count == library.count)
        Script.run(&s, "/truce<Enter>")
        #expect(s.library.visible.count == 1)
        Script.run(&s, "<Esc>")
        #expect(s.library.visible.count == library.count, "Esc clears the filter")
    }

    // MARK: Resize, mouse, start

    @Test func resizeKeepsTheTopParagraph() throws {
        var s = reader()
        Script.run(&s, "]]]")
        let anchor = try #require(s.reader?.anchor)
        s.update(.resize(width: 60, height: 20))
        #expect(s.reader?.anchor == anchor)
        #expect(Renderer.render(s).lines().first == " Attacks continue despite calls from Putin and Trump")
        Script.run(&s, "jjjj")
        let inside = try #require(s.reader?.anchor)
        s.update(.resize(width: 120, height: 40))
        s.update(.resize(width: 33, height: 12))
        #expect(s.reader?.anchor.block == inside.block)
    }

    @Test func tooSmallShowsAMessage() {
        var s = reader(width: 20, height: 5)
        #expect(s.isTooSmall)
        #expect(Renderer.render(s).lines().contains { $0.contains("terminal too small") })
        #expect(Script.run(&s, "j") == .none)
        s.update(.resize(width: 80, height: 24))
        #expect(!Renderer.render(s).lines().contains { $0.contains("terminal too small") })
        s.update(.resize(width: 29, height: 24))
        #expect(Script.run(&s, "q") == .quit)
    }

    @Test func mouseWheelScrollsAndClickSelects() {
        var s = reader()
        s.update(.mouse(.wheelDown, x: 5, y: 5))
        #expect(s.reader?.top == 3)
        s.update(.mouse(.wheelUp, x: 5, y: 5))
        #expect(s.reader?.top == 0)
        var l = AppState(articles: library, width: 80, height: 24)
        l.update(.mouse(.click, x: 10, y: 1 + 3 * 2))    // the third article's headline
        #expect(l.library.list.selection == 2)
        #expect(l.screens == [.library])
        #expect(l.update(.mouse(.click, x: 10, y: 1 + 3 * 2 + 1)) == .load(ArticleRequest(index: 2, entry: l.entries[2], then: .read)),
                "a click on the selected item asks for it")
        Runner.send(.mouse(.click, x: 10, y: 1 + 3 * 2 + 1), to: &l)
        #expect(l.screens == [.library, .reader], "a click on the selected item opens it")
        #expect(l.reader?.article == 2)
        l.update(.mouse(.wheelDown, x: 0, y: 0))
        #expect(l.reader?.top == 3)
    }

    @Test func articlesLoadedInTheBackgroundJoinTheLibrary() {
        var s = AppState(articles: Array(library.prefix(3)), width: 80, height: 24)
        s.loadingRemaining = library.count - 3
        Script.run(&s, "j")
        #expect(Renderer.render(s).lines().last?.contains("loading \(library.count - 3) more") == true)
        s.update(.loaded(library[3..<6].map(LibraryEntry.init), remaining: library.count - 6))
        #expect(s.entries.count == 6)
        #expect(s.library.visible == [0, 1, 2, 3, 4, 5])
        #expect(s.library.list.selection == 1, "the selection stays")
        Script.run(&s, "/truce<Enter>")
        #expect(s.library.visible.isEmpty)
        s.update(.loaded(library[6...].map(LibraryEntry.init), remaining: 0))
        #expect(s.library.visible == [seedIndex], "the filter applies to new articles")
        #expect(s.loadingRemaining == 0)
        #expect(Renderer.render(s).lines().last?.contains("loading") == false)
    }

    @Test func anEmptyLibraryDoesNotBreak() {
        var s = AppState(articles: [], width: 80, height: 24)
        Script.run(&s, "jkG g<Enter>/x<Enter>@a<Esc>?<Esc>o\"#]n")
        #expect(Renderer.render(s).lines().first?.contains("0 articles") == true, "\(Renderer.render(s).lines())")
        #expect(Script.run(&s, "q") == .quit)
    }

    /// Every action from every screen, panel and prompt: no trap, and the screen stays inside its bounds.
    @Test func everyActionEverywhereIsSafe() {
        let starts: [(String, AppState)] = [
            ("library", AppState(articles: library, width: 80, height: 24)),
            ("reader", reader()),
            ("small", reader(width: 30, height: 8)),
            ("too small", reader(width: 10, height: 3)),
        ]
        let openers = ["", "o", "\"", "#", "@", "?", "/dr", "]]]"]
        for (name, start) in starts {
            for opener in openers {
                for action in Action.allCases {
                    var s = start
                    Script.run(&s, opener)
                    Runner.perform(s.perform(action), on: &s)
                    let screen = Renderer.render(s)
                    #expect(screen.invariantViolations() == [], "\(name) \(opener) \(action)")
                    #expect(screen.lines().allSatisfy { DisplayWidth.of($0) <= s.width }, "\(name) \(opener) \(action)")
                }
            }
        }
    }

    @Test func startAtASectionOrWithASpeakerSearch() {
        let s = AppState(articles: library, width: 80, height: 24, open: (seedIndex, 3))
        #expect(s.screens == [.library, .reader])
        #expect(s.currentSection == 3)
        let t = AppState(articles: library, width: 80, height: 24, speaker: "leavitt")
        #expect(t.panel?.kind == .speakers)
        #expect(t.panel?.query == "leavitt")
        var u = AppState(articles: [seed], width: 80, height: 24, open: (0, 99))
        #expect(u.notice == "no section 99")
        u.update(.tick)
        #expect(u.notice == nil)
    }
}

/// Issue 16: a resize keeps the current match (or, with none, the top line) in view.
@Suite struct ResizeKeepsMatchTests {
    @Test func currentMatchStaysOnScreenAfterShrinking() throws {
        DisplayWidth.prepareLocale()
        var s = AppState(articles: [try TestArticles.seedByHand()], width: 100, height: 30)
        Script.run(&s, "/kursk<Enter>")
        let search = try #require(s.reader?.search)
        let match = search.matches[try #require(search.current)]
        s.update(.resize(width: 50, height: 16))
        let r = try #require(s.reader)
        let line = r.layout.line(block: match.block, offset: match.start)
        #expect(line >= r.top && line < r.top + s.bodyHeight, "match on line \(line), screen \(r.top)..<\(r.top + s.bodyHeight)")
    }
}

/// Issue 16, bug 8: a figure in the dateline ("HALDEN, March 19 (Reuters) -") is
/// highlighted in the text, and Enter on it in the figures panel jumps to it.
@Suite struct DatelineFigureTests {
    @Test func datelineFigureIsStyledAndReachable() throws {
        DisplayWidth.prepareLocale()
        let fire = try TestArticles.fixture("port-fire.txt")
        let index = try #require(fire.figures.firstIndex { $0.text == "March 19" })
        var s = AppState(articles: [fire], width: 80, height: 24)
        let document = try #require(s.reader?.document)
        let range = try #require(document.figureRanges[index])
        let block = document.blocks[range.block]
        #expect(String(String.UnicodeScalarView(block.scalars[range.start..<range.end])) == "March 19")
        #expect(block.spans.contains { $0.start == range.start && $0.end == range.end && $0.style == Palette.figure })
        Script.run(&s, "#")
        for _ in 0..<index { Script.run(&s, "j") }
        Script.run(&s, "<Enter>")
        #expect(s.panel == nil)
        #expect(s.reader?.highlight == range)
    }
}

/// Issue 16: the library sorts with `s` and filters on the text with counts.
@Suite struct LibrarySortFilterTests {
    @Test func sortCyclesAndKeepsTheSelection() throws {
        DisplayWidth.prepareLocale()
        let library = try TestArticles.library()
        var s = AppState(articles: library, width: 80, height: 24)
        Script.run(&s, "jj")
        let selected = s.library.visible[s.library.list.selection]
        Script.run(&s, "s")
        #expect(s.library.sort == .date)
        #expect(s.library.visible[s.library.list.selection] == selected)
        let dated = s.library.visible.prefix { s.entries[$0].date != nil }
        #expect(!dated.isEmpty)
        #expect(zip(dated, dated.dropFirst()).allSatisfy { s.entries[$0.1].date! <= s.entries[$0.0].date! })
        #expect(s.library.visible.dropFirst(dated.count).allSatisfy { s.entries[$0].date == nil })
        Script.run(&s, "s")
        #expect(s.library.sort == .headline)
        let headlines = s.library.visible.map { s.entries[$0].headline.lowercased() }
        #expect(headlines == headlines.sorted())
        Script.run(&s, "s")
        #expect(s.library.sort == .path)
        #expect(s.library.visible == Array(library.indices))
    }

    @Test func filterReadsBylinesSourcesAndTextAndCounts() throws {
        DisplayWidth.prepareLocale()
        let library = try TestArticles.library()
        var s = AppState(articles: library, width: 80, height: 24)
        Script.run(&s, "/reuters")
        #expect(s.library.visible.map { s.entries[$0].path }.contains("Fixtures/articles/port-fire.txt"))
        Script.run(&s, "<C-u>Ines Carvalho")
        #expect(s.library.visible.map { s.entries[$0].path } == ["Fixtures/articles/budget-row.txt"])
        Script.run(&s, "<C-u>drones")
        let seed = try #require(s.entries.firstIndex { $0.path.hasSuffix("seed-article.txt") })
        #expect(s.library.matchCounts[seed] == 2)   // "drones" twice in the text
    }
}

/// Issue 16: positions and bookmarks kept between sessions, clippings and copies as effects.
@Suite struct KeepingTests {
    @Test func aPositionComesBackInTheNextSession() throws {
        DisplayWidth.prepareLocale()
        let seed = try TestArticles.fixture("seed-article.txt")
        var first = AppState(articles: [seed], width: 80, height: 24, directory: "/repo")
        Script.run(&first, "]]")
        let top = try #require(first.reader?.top)
        #expect(top > 0)
        #expect(Script.run(&first, "q") == .quit)
        #expect(first.memory.positions["/repo/Fixtures/articles/seed-article.txt"] != nil)
        let second = AppState(articles: [seed], width: 80, height: 24, memory: first.memory, directory: "/repo")
        #expect(second.reader?.top == top)
        // A position from a file that changed shape is ignored, not trusted.
        var wild = ReadingMemory()
        wild.positions["/repo/Fixtures/articles/seed-article.txt"] = SavedPosition(block: 10_000, offset: 5, blankBefore: false)
        #expect(AppState(articles: [seed], width: 80, height: 24, memory: wild, directory: "/repo").reader?.top == 0)
    }

    @Test func marksFilterTheLibrary() throws {
        DisplayWidth.prepareLocale()
        var s = AppState(articles: try TestArticles.library(), width: 80, height: 24, directory: "/repo")
        Script.run(&s, "jm")
        #expect(s.memory.bookmarks == ["/repo/Fixtures/articles/budget-vote.md"])
        Script.run(&s, "M")
        #expect(s.library.visible == [1])
        Script.run(&s, "m")
        #expect(s.library.visible.isEmpty)
        Script.run(&s, "M")
        #expect(s.library.visible.count == s.entries.count)
    }

    @Test func clipAndCopyTheSelectedQuoteOrFigure() throws {
        DisplayWidth.prepareLocale()
        var s = AppState(articles: [try TestArticles.fixture("seed-article.txt")], width: 80, height: 24, directory: "/repo")
        guard case .clip(let quote) = Script.run(&s, "\"jc") else { Issue.record("c in the quotes panel"); return }
        let q = try #require(s.reader?.analyzed.quotes[s.panel?.order[1] ?? -1])
        #expect(quote.kind == .quote && quote.text == q.text && quote.start == q.range.start && quote.end == q.range.end)
        #expect(quote.article == "/repo/Fixtures/articles/seed-article.txt")
        #expect(quote.headline == "Trump says Ukraine truce bid 'on track' after Zelensky call")
        guard case .copy(let text) = Script.run(&s, "y") else { Issue.record("y"); return }
        #expect(text == quote.citation)
        guard case .clip(let figure) = Script.run(&s, "<Esc>#jjc") else { Issue.record("c in the figures panel"); return }
        #expect(figure.kind == .figure && figure.text == s.reader?.analyzed.figures[2].text)
    }
}
