import ArgumentParser
import NewsModel

struct Speakers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people quoted, across all articles, most quoted first.")

    @OptionGroup var input: InputOptions

    @Flag(help: "Print one JSON array of {name, aliases, roles, quotes, articles}.")
    var json = false

    func run() throws {
        let loaded = try input.load()
        let analyzed = parallelMap(loaded.articles) { AnalyzedArticle($0) }
        for article in analyzed {
            for warning in article.warnings.dropFirst(article.article.warnings.count) {
                Output.warning(article.article.path, warning)
            }
        }
        let speakers = SpeakerIndex(analyzed).byQuoteCount()
        if json {
            Output.write(JSON.array(speakers.map(QuoteJSON.speaker)).serialized())
        } else {
            for s in speakers {
                var line = "\(s.name)  \(s.quotes.count) quote\(s.quotes.count == 1 ? "" : "s")"
                line += ", \(s.articles) article\(s.articles == 1 ? "" : "s")"
                if !s.roles.isEmpty { line += "  (\(s.roles.joined(separator: "; ")))" }
                Output.write(TerminalText.sanitize(line) + "\n")
            }
        }
        try loaded.finish()
    }
}
