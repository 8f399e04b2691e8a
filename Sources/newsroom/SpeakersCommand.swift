import ArgumentParser
import NewsModel

struct Speakers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people and organisations quoted, across all articles, most quoted first.")

    @OptionGroup var input: InputOptions

    @Flag(help: "Also list unnamed sources (\"a spokesman for the port\", \"officials\"), each within its article.")
    var unnamed = false

    @Flag(help: "Print one JSON array of {name, aliases, roles, quotes, articles, type}.")
    var json = false

    func run() throws {
        let loaded = try input.load()
        let analyzed = loaded.analyzed()
        let speakers = SpeakerIndex(analyzed).byQuoteCount().filter { unnamed || $0.kind != .unnamed }
        if json {
            Output.write(JSON.array(speakers.map(QuoteJSON.speaker)).serialized())
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
