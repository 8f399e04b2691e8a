import ArgumentParser
import NewsModel

/// `newsroom clippings`: the quotes and figures clipped in the reader with `c`.
struct Clippings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the quotes and figures clipped in the reader (c), with their citations.",
        discussion: """
            Clippings are kept in $XDG_DATA_HOME/newsroom/clippings.jsonl (default \
            ~/.local/share/newsroom/clippings.jsonl), one JSON object a line, oldest first. \
            Fields: \(Clipping.fields.joined(separator: ", ")).
            """)

    @Flag(help: "Print one JSON array (the same as --format json).")
    var json = false

    @Option(help: ExportFormat.help)
    var format: ExportFormat?

    func validate() throws {
        _ = try ExportFormat.resolve(format, json: json)
    }

    func run() throws {
        let format = try ExportFormat.resolve(format, json: json)
        guard let path = UserFiles.clippingsFile else {
            Output.error("newsroom: error: neither XDG_DATA_HOME nor HOME is set: no clippings file")
            throw ExitCode(ExitStatus.usage)
        }
        let text: String?
        do { text = try UserFiles.read(path) } catch {
            Output.failure(path, error.description)
            throw ExitCode(ExitStatus.usage)
        }
        var clippings: [Clipping] = []
        var bad = 0
        for (n, line) in (text ?? "").split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            if let json = try? JSON.parse(String(line)), let clipping = Clipping(json: json) {
                clippings.append(clipping)
            } else {
                bad += 1
                Output.warning(path, "line \(n + 1) is not a clipping; skipped")
            }
        }
        if format == .text {
            for (i, c) in clippings.enumerated() {
                if i > 0 { Output.write("\n") }
                Output.write(TerminalText.sanitize(c.kind == .quote ? "\u{201C}\(Presentation.oneLine(c.text))\u{201D}" : Presentation.oneLine(c.text)) + "\n")
                if c.kind == .quote {
                    Output.write(TerminalText.sanitize("  \u{2014} " + (c.speaker ?? Presentation.unknownSpeaker) + (c.role.map { ", " + $0 } ?? "")) + "\n")
                }
                let place = [c.headline, c.source, c.date].compactMap { $0 }.joined(separator: " \u{b7} ")
                Output.write(TerminalText.sanitize("  \(place)") + "\n")
                Output.write(TerminalText.sanitize("  \(c.article) [\(c.start)..<\(c.end)]") + "\n")
            }
        } else {
            Output.write(format.render(clippings.map(\.json), columns: Clipping.fields))
        }
        Output.flush()
        if bad > 0 { throw ExitCode(ExitStatus.partial) }
    }
}
