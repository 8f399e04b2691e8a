import ArgumentParser
import NewsArchive
import NewsModel
import NewsTUI

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

    @OptionGroup var archived: ArchiveOptions

    @OptionGroup var colour: ColorOptions

    func validate() throws {
        _ = try ExportFormat.resolve(format, json: json)
        try archived.check(paths: input.paths)
    }

    func run() throws {
        if let archive = archived.archive {
            return try ArchiveListings.speakers(archive: archive, filter: archived.filter,
                                                unnamed: unnamed, format: ExportFormat.resolve(format, json: json),
                                                painter: colour.painter)
        }
        let format = try ExportFormat.resolve(format, json: json)
        // Speakers merge across articles, so the listing waits for the last one; each article
        // leaves only its speakers and whom its quotes are by.
        var stream = try ArticleStream(input)
        var articles: [QuotedSpeakers] = []
        stream.forEachAnalyzed(.quotes, { QuotedSpeakers(speakers: $0.speakers, quoteSpeakers: $0.quoteSpeakers) },
                               consume: { articles.append($0) })
        if stream.loaded > 0 {
            Self.write(SpeakerIndex(articles).byQuoteCount(), unnamed: unnamed, format: format, painter: colour.painter)
        }
        try stream.finish()
    }

    /// What the speaker index needs of an article.
    struct QuotedSpeakers: SpeakerSource, Sendable {
        var speakers: [Speaker]
        var quoteSpeakers: [Int?]
    }

    /// Names in bold with colour (across articles a speaker has no colour of their own).
    static func write(_ all: [LibrarySpeaker], unnamed: Bool, format: ExportFormat, painter: Painter = .plain) {
        let speakers = all.filter { unnamed || $0.kind != .unnamed }
        if format != .text {
            Output.write(format.render(speakers.map(QuoteJSON.speaker), columns: Self.jsonFields))
        } else {
            for s in speakers {
                var line = "  \(s.quotes.count) quote\(s.quotes.count == 1 ? "" : "s")"
                line += ", \(s.articles) article\(s.articles == 1 ? "" : "s")"
                if s.kind != .person { line += "  [\(s.kind.rawValue)]" }
                if !s.roles.isEmpty { line += "  (\(s.roles.joined(separator: "; ")))" }
                Output.write(painter.paint(TerminalText.sanitize(s.name), Palette.bold) + TerminalText.sanitize(line) + "\n")
            }
        }
    }
}
