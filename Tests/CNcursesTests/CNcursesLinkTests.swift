import CNcurses
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The system module links and a headless screen works without a terminal.
@Suite(.serialized) struct CNcursesLinkTests {
    @Test func headlessScreenIs80x24() throws {
        setlocale(LC_ALL, "C.UTF-8")
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        defer { fclose(output); fclose(input) }
        CursesLock.held {
            unsetenv("LINES")
            unsetenv("COLUMNS")
            guard let screen = newterm("xterm-256color", output, input) else {
                Issue.record("newterm returned NULL")
                return
            }
            #expect(getmaxx(nr_stdscr()) == 80)
            #expect(getmaxy(nr_stdscr()) == 24)
            // Wide text goes in through the wide-character API and reads back per cell.
            let text: [wchar_t] = "a中b".unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
            #expect(mvwaddnwstr(nr_stdscr(), 0, 0, text, -1) == OK)
            var cell = [wchar_t](repeating: 0, count: 8)
            var attrs: attr_t = 0
            var pair: Int16 = 0
            #expect(nr_cell_at(0, 1, &cell, 8, &attrs, &pair) == 1)
            #expect(cell[0] == wchar_t(bitPattern: 0x4E2D))
            #expect(nr_cell_at(0, 3, &cell, 8, &attrs, &pair) == 1)
            #expect(cell[0] == wchar_t(bitPattern: 0x62))
            #expect(wcwidth(0x4E2D) == 2)
            #expect(nr_a_bold() != 0 && nr_a_reverse() != nr_a_bold())
            endwin()
            delscreen(screen)
        }
    }
}
