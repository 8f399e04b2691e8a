import ArgumentParser
import NewsArchive
import NewsModel

struct Speakers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people and organisations quoted, across all articles, most quoted first.")

    @OptionGroup var input: InputOptions

    @Flag(help: "Also list unnamed sources (\"a spokesman for the port\", \"officials\"), each within its article.")
    var unnamed = false

    @Flag(help: "Print one JSON array of {name, aliases, roles, quotes, articles, type}.")
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
            return try ArchiveListings.speakers(archive: archive, filter: ArchiveFilter(since: since, until: until),
                                                unnamed: unnamed, json: json)
        }
        let loaded = try input.load()
        let analyzed = loaded.analyzed()
        Self.write(SpeakerIndex(analyzed).byQuoteCount(), unnamed: unnamed, json: json)
        try loaded.finish()
    }

    static func write(_ all: [LibrarySpeaker], unnamed: Bool, json: Bool) {
        let speakers = all.filter { unnamed || $0.kind != .unnamed }
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
    }
}
