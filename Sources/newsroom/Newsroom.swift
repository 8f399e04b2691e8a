import ArgumentParser
import NewsModel

struct Newsroom: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "newsroom",
        abstract: "Read news articles in the terminal: sections, quotes with their speakers, and figures.",
        discussion: """
            PATH is an article file (\(LoadFailureReason.extensionList); NITF, NewsML-G2, RSS, Atom, \
            ninjs or HTML in .xml, .json, .html, .htm, .rss, .atom), a folder searched recursively, \
            FILE#N for item N of a feed or package, or - for standard input. With no PATH, the bundled \
            fixture articles are opened (in the source tree; an installed newsroom says how to open \
            articles).

            Exit status: 0 when every input loaded, 1 when some inputs were skipped (the others \
            were shown), 2 for usage errors or when nothing readable was given.
            """,
        version: version,
        subcommands: [Read.self, Show.self, Text.self, Sections.self, Quotes.self, Speakers.self, Figures.self,
                      Clippings.self, Config.self],
        defaultSubcommand: Read.self
    )
}

enum ExitStatus {
    static let ok: Int32 = 0
    static let partial: Int32 = 1
    static let usage: Int32 = 2
}
