import ArgumentParser
import NewsModel

struct Sections: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the sections of articles (the outline).")

    @OptionGroup var input: InputOptions

    @Flag(help: "Print one JSON array: article, headline and its sections with source offsets.")
    var json = false

    func run() throws {
        let loaded = try input.load()
        if json {
            Output.write(JSON.array(loaded.articles.map(Self.json)).serialized())
        } else {
            for (i, article) in loaded.articles.enumerated() {
                if i > 0 { Output.write("\n") }
                Output.write(TerminalText.sanitize("\(article.path): \(article.headline.text)") + "\n")
                for section in article.sections {
                    let title = section.heading.map { TerminalText.sanitize($0.text) } ?? "(opening)"
                    let count = section.paragraphs.count
                    Output.write("  \(section.index)  \(title)  [\(count) paragraph\(count == 1 ? "" : "s")]\n")
                }
            }
        }
        try loaded.finish()
    }

    static func json(_ article: Article) -> JSON {
        .object([
            ("article", .string(article.path)),
            ("headline", .string(article.headline.text)),
            ("sections", .array(article.sections.map { section in
                .object([
                    ("index", .int(section.index)),
                    ("heading", .optional(section.heading?.text)),
                    ("start", .int(section.range.start)),
                    ("end", .int(section.range.end)),
                    ("paragraphs", .int(section.paragraphs.count)),
                ])
            })),
        ])
    }
}
