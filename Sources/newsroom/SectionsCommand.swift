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
            Output.write(JSON.array(loaded.articles.map(SectionJSON.article)).serialized())
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
}
