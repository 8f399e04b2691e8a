import CNcurses
import NewsModel
import Testing
@testable import NewsTUI
#if canImport(Glibc)
import Glibc
#endif

/// The ncurses backend on a headless screen (output to /dev/null): it draws
/// the buffer's cells where they belong, and only the cells that changed.
@Suite(.serialized) @MainActor struct CursesBackendTests {
    /// The text of row `y` as curses holds it.
    func row(_ y: Int, width: Int) -> String {
        var out = ""
        var x = 0
        while x < width {
            var cell = [wchar_t](repeating: 0, count: 8)
            var attrs: attr_t = 0
            var pair: Int16 = 0
            let n = nr_cell_at(Int32(y), Int32(x), &cell, 8, &attrs, &pair)
            if n > 0 {
                let scalars = cell[0..<Int(n)].compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
                let text = String(String.UnicodeScalarView(scalars))
                out += text
                x += max(1, DisplayWidth.of(text))
            } else {
                x += 1
            }
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    func attributes(_ y: Int, _ x: Int) -> attr_t {
        var cell = [wchar_t](repeating: 0, count: 8)
        var attrs: attr_t = 0
        var pair: Int16 = 0
        _ = nr_cell_at(Int32(y), Int32(x), &cell, 8, &attrs, &pair)
        return attrs
    }

    func withScreen(_ body: (CursesTerminal) throws -> Void) throws {
        DisplayWidth.prepareLocale()
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        defer { fclose(output); fclose(input) }
        try CursesLock.held {
            let terminal = try #require(CursesTerminal(type: "xterm-256color", output: output, input: input, ownsProcess: false))
            defer { terminal.end() }
            try body(terminal)
        }
    }

    @Test func drawsTheReaderScreen() throws {
        let seed = try TestArticles.fixture("seed-article.txt")
        try withScreen { terminal in
            #expect(terminal.size.width == 80 && terminal.size.height == 24)
            let state = AppState(articles: [seed], width: 80, height: 24)
            let buffer = Renderer.render(state)
            terminal.draw(buffer)
            #expect(terminal.cellsDrawn == 80 * 24)
            for y in 0..<24 { #expect(row(y, width: 80) == buffer.lines()[y], "row \(y)") }
            #expect(attributes(0, 1) & nr_a_bold() != 0, "the headline is bold")
            #expect(attributes(23, 5) & nr_a_reverse() != 0, "the status line is reversed")
            #expect(attributes(2, 1) & nr_a_bold() == 0)
        }
    }

    @Test func drawsOnlyChangedCells() throws {
        try withScreen { terminal in
            var buffer = ScreenBuffer(width: 80, height: 24)
            buffer.put("first frame", x: 0, y: 0)
            terminal.draw(buffer)
            terminal.draw(buffer)
            #expect(terminal.cellsDrawn == 0)
            buffer.put("F", x: 0, y: 0)
            buffer.put("x", x: 79, y: 23)   // the bottom-right cell, which curses reports as ERR
            terminal.draw(buffer)
            #expect(terminal.cellsDrawn == 2)
            #expect(row(0, width: 80) == "First frame")
            #expect(row(23, width: 80).hasSuffix("x"))
        }
    }

    @Test func wideCharactersLandInTheirColumns() throws {
        try withScreen { terminal in
            var buffer = ScreenBuffer(width: 80, height: 24)
            buffer.put("王小明 🎬 Zoë", x: 0, y: 0)
            buffer.put("ab中", x: 77, y: 1)  // the wide character does not fit: not drawn
            terminal.draw(buffer)
            #expect(row(0, width: 80) == "王小明 🎬 Zoë")
            #expect(row(1, width: 80) == String(repeating: " ", count: 77) + "ab")
            var replaced = buffer
            replaced.put("abcdef", x: 0, y: 0)  // narrow over wide
            terminal.draw(replaced)
            #expect(row(0, width: 80) == "abcdef 🎬 Zoë")
        }
    }
}
