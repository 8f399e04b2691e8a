import ArgumentParser
import NewsModel

struct Speakers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people and organisations quoted, across all articles, most quoted first.")

    @OptionGroup var input: InputOptions

    /// The fields of `--json`, in order; a CLI test holds them to the output.
    static let jsonFields = ["name", "aliases", "roles", "quotes", "articles", "type"]

    @Flag(help: "Also list unnamed sources (\"a spokesman for the port\", \"officials\"), each within its article.")
    var unnamed = false

    @Flag(help: ArgumentHelp("Print one JSON array of {\(jsonFields.joined(separator: ", "))}."))
    var json = false

    @Option(help: ExportFormat.help)
    var format: ExportFormat?

    func validate() throws {
        _ = try ExportFormat.resolve(format, json: json)
    }

    func run() throws {
        let loaded = try input.load()
        let analyzed = loaded.analyzed()
        let speakers = SpeakerIndex(analyzed).byQuoteCount().filter { unnamed || $0.kind != .unnamed }
        let format = try ExportFormat.resolve(format, json: json)
        if format != .text {
            Output.write(format.render(speakers.map(QuoteJSON.speaker), columns: Self.jsonFields))
        } else {
            for s in speakers {
                var line = "\(s.name)  \(s.quotes.count) quote\(s.quotes.count == 1 ? "" : "s")"
                line += ", \(s.articles) article\(s.articles == 1 ? "" : "s")"
                if s.kind != .person { line += "  [\(s.kind.rawValue)]" }
                if !s.roles.isEmpty { line += "  (\(s.roles.joined(separator: "; ")))" }
                Output.write(TerminalText.sanitize(line) + "\n")
            }
        }
        try loaded.finish()
    }
}
