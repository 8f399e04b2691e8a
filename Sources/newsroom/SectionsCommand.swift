import ArgumentParser
import NewsModel
import NewsTUI

struct Sections: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the sections of articles (the outline).")

    @OptionGroup var input: InputOptions

    @Flag(help: "Print one JSON array: article, headline and its sections with source offsets.")
    var json = false

    @Option(help: ArgumentHelp("Answer from the archive instead of files (FILE, or the default archive when bare).",
                               valueName: "FILE"))
    var archive: String?

    @OptionGroup var colour: ColorOptions

    func validate() throws {
        try ArchiveAccess.checkOptions(archive: archive, paths: input.paths, since: nil, until: nil)
    }

    func run() throws {
        if let archive { return try ArchiveListings.sections(archive: archive, json: json, painter: colour.painter) }
        let loaded = try input.load()
        if json {
            Output.write(JSON.array(loaded.articles.map(SectionJSON.article)).serialized())
        } else {
            for (i, article) in loaded.articles.enumerated() {
                if i > 0 { Output.write("\n") }
                Output.write(Self.outline(path: article.path, headline: article.headline.text,
                                          sections: article.sections.map { ($0.index, $0.heading?.text, $0.paragraphs.count) },
                                          painter: colour.painter))
            }
        }
        try loaded.finish()
    }

    /// Headings painted as the reader shows them (`Opening` is not a heading: plain).
    static func outline(path: String, headline: String, sections: [(index: Int, heading: String?, paragraphs: Int)],
                        painter: Painter = .plain) -> String {
        var out = TerminalText.sanitize("\(path): \(headline)") + "\n"
        for section in sections {
            let name = TerminalText.sanitize(Presentation.sectionName(heading: section.heading))
            let title = section.heading == nil ? name : painter.heading(name)
            let count = section.paragraphs
            out += "  \(section.index)  \(title)  [\(count) paragraph\(count == 1 ? "" : "s")]\n"
        }
        return out
    }
}
