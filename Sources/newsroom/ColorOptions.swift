import ArgumentParser
import NewsModel
import NewsTUI
#if canImport(Glibc)
import Glibc
#endif

/// `--color` for the text listings: speakers and headings in colour on a
/// terminal, as the reader shows them; never in a pipe or a file unless asked.
struct ColorOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colour speakers and headings: never, auto (when standard output is a terminal and "
                               + "NO_COLOR is not set) or always.", valueName: "WHEN"))
    var color: ColorMode = .auto

    var painter: Painter {
        Painter(enabled: Painter.enabled(color, isTerminal: isatty(1) == 1,
                                         noColor: getenv("NO_COLOR").map { $0.pointee != 0 } ?? false,
                                         dumb: getenv("TERM").map { String(cString: $0) == "dumb" } ?? false))
    }
}

/// Wraps text already sanitized in SGR escape sequences, the reader's styles:
/// a speaker bold in their colour (`Palette.speaker`, by their index in the
/// article, as in the reader), a heading bold and underlined. Each piece ends
/// with a reset, so a line never leaks its style into the next.
struct Painter {
    let enabled: Bool

    static let plain = Painter(enabled: false)

    static func enabled(_ mode: ColorMode, isTerminal: Bool, noColor: Bool, dumb: Bool) -> Bool {
        switch mode {
        case .never: return false
        case .always: return true
        case .auto: return isTerminal && !noColor && !dumb
        }
    }

    func speaker(_ text: String, index: Int?) -> String {
        paint(text, Palette.speaker(index ?? 0).merged(with: Palette.bold))
    }

    func heading(_ text: String) -> String { paint(text, Palette.heading) }

    func paint(_ text: String, _ style: Style) -> String {
        guard enabled, !text.isEmpty else { return text }
        var codes: [String] = []
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if style.foreground != 0 { codes.append(String(30 + Int(style.foreground))) }
        guard !codes.isEmpty else { return text }
        return "\u{1b}[" + codes.joined(separator: ";") + "m" + text + "\u{1b}[0m"
    }
}
