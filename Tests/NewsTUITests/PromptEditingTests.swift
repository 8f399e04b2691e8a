import Testing
import NewsModel
@testable import NewsTUI

/// Issue 16, bug 9: prompts edit like a shell line, and reopened text is selected.
@Suite struct PromptEditingTests {
    @Test func readlineKeysEditTheLine() {
        var e = LineEditor()
        for key in Script.keys("monitor polling") { _ = e.apply(key) }
        _ = e.apply(.control("w"))
        #expect(e.text == "monitor ")
        for key in Script.keys("<Home>x<Right><Right>y<End>z<Left>") { _ = e.apply(key) }
        #expect(e.text == "xmoynitor z")
        #expect(e.cursor == 10)
        _ = e.apply(.control("a"))
        _ = e.apply(.control("e"))
        #expect(e.cursor == e.characters.count)
        for key in Script.keys("<Left><Left><Left>") { _ = e.apply(key) }
        _ = e.apply(.control("u"))
        #expect(e.text == "r z")
        #expect(e.cursor == 0)
        #expect(e.apply(.backspace) == .moved)
        _ = e.apply(.control("k"))
        #expect(e.text == "")
        #expect(e.apply(.backspace) == .emptyBackspace)
    }

    @Test func reopenedFilterIsSelectedSoTypingReplacesIt() throws {
        let library = try TestArticles.library()
        var s = AppState(articles: library, width: 80, height: 24)
        Script.run(&s, "/monitor polling<Enter>")
        #expect(s.library.filter == "monitor polling")
        Script.run(&s, "/trump")
        #expect(s.prompt?.text == "trump")
        #expect(s.library.filter == "trump")
        Script.run(&s, "<Enter>/<Left>s")
        #expect(s.prompt?.text == "trumsp")
    }

    @Test func reopenedSearchHoldsTheLastQuerySelected() throws {
        var s = AppState(articles: [try TestArticles.seedByHand()], width: 80, height: 24)
        Script.run(&s, "/drones<Enter>/")
        #expect(s.prompt?.text == "drones")
        #expect(s.prompt?.editor.selected == true)
        Script.run(&s, "kursk")
        #expect(s.reader?.search?.query == "kursk")
        Script.run(&s, "<C-u>")
        #expect(s.prompt?.text == "")
        #expect(s.reader?.search == nil)
    }

    @Test func thePromptShowsItsCursorWhereTheEditIs() throws {
        var s = AppState(articles: [try TestArticles.seedByHand()], width: 80, height: 24)
        Script.run(&s, "/drones<Left><Left><Left>")
        let screen = Renderer.render(s)
        #expect(screen.cursor == CursorPosition(x: 4, y: 23))
    }
}
