import ArgumentParser
import NewsModel
import NewsTUI

struct Sections: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the sections of articles (the outline).")

    @OptionGroup var input: InputOptions

    /// The fields of a record, in order (columns of --format csv/tsv; "sections" is one cell of JSON).
    static let jsonFields = ["article", "format", "headline", "date", "byline", "source", "url", "sections"]

    @Flag(help: "Print one JSON array: article, headline and its sections with source offsets.")
    var json = false

    @Option(help: ExportFormat.help)
    var format: ExportFormat?

    @Option(help: ArgumentHelp("Answer from the archive instead of files (FILE, or the default archive when bare).",
                               valueName: "FILE"))
    var archive: String?

    @OptionGroup var colour: ColorOptions

    func validate() throws {
        _ = try ExportFormat.resolve(format, json: json)
        try ArchiveAccess.checkOptions(archive: archive, paths: input.paths, since: nil, until: nil)
    }

    func run() throws {
        let format = try ExportFormat.resolve(format, json: json)
        if let archive { return try ArchiveListings.sections(archive: archive, format: format, painter: colour.painter) }
        let painter = colour.painter
        var stream = try ArticleStream(input)
        if format != .text {
            var writer = RecordWriter(format: format, columns: Self.jsonFields)
            stream.forEach({ RenderedRecord(SectionJSON.article($0), format: format, columns: Self.jsonFields) },
                           consume: { writer.write($0) })
            writer.finish(articlesLoaded: stream.loaded > 0)
        } else {
            var first = true
            stream.forEach({ article in
                Self.outline(path: article.path, headline: article.headline.text,
                             sections: article.sections.map { ($0.index, $0.heading?.text, $0.paragraphs.count) },
                             painter: painter)
            }, consume: { outline in
                if !first { Output.write("\n") }
                first = false
                Output.write(outline)
            })
        }
        try stream.finish()
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
