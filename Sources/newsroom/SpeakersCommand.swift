import ArgumentParser
import NewsArchive
import NewsModel

struct Speakers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people quoted, across all articles, most quoted first.")

    @OptionGroup var input: InputOptions

    @Flag(help: "Print one JSON array of {name, aliases, roles, quotes, articles}.")
    var json = false

    @Option(help: ArgumentHelp("Answer from the archive instead of files (FILE, or the default archive when bare).",
                               valueName: "FILE"))
    var archive: String?

    @Option(help: ArgumentHelp("With --archive: only articles dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("With --archive: only articles dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    func validate() throws {
        try ArchiveAccess.checkOptions(archive: archive, paths: input.paths, since: since, until: until)
    }

    func run() throws {
        if let archive {
            return try ArchiveListings.speakers(archive: archive, filter: ArchiveFilter(since: since, until: until), json: json)
        }
        let loaded = try input.load()
        let analyzed = loaded.analyzed()
        Self.write(SpeakerIndex(analyzed).byQuoteCount(), json: json)
        try loaded.finish()
    }

    static func write(_ speakers: [LibrarySpeaker], json: Bool) {
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
    }
}
