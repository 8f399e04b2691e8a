import ArgumentParser
import NewsModel

/// The text every offset indexes: the decoded file for plain text and Markdown, the
/// extracted text for structured formats.
struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the text that offsets index (the extracted text of XML, JSON and HTML articles).",
        discussion: """
            One article prints exactly its text. Several print each after a line \
            `==> PATH <==`, separated by a blank line. --json prints [{"article", "format", "text"}]: \
            the exact text even where the terminal output shows control characters as stand-ins.
            """)

    @OptionGroup var input: InputOptions

    @Flag(help: "Print one JSON array of {article, format, text}.")
    var json = false

    func run() throws {
        let loaded = try input.load()
        if json {
            Output.write(JSON.array(loaded.articles.map { article in
                .object([("article", .string(article.path)), ("format", .string(article.format.rawValue)),
                         ("text", .string(article.source.string))])
            }).serialized())
        } else if loaded.articles.count == 1, let article = loaded.articles.first {
            Output.write(TerminalText.sanitize(article.source.string, keepNewlines: true))
        } else {
            for (i, article) in loaded.articles.enumerated() {
                if i > 0 { Output.write("\n") }
                Output.write("==> " + TerminalText.sanitize(article.path) + " <==\n")
                let text = TerminalText.sanitize(article.source.string, keepNewlines: true)
                Output.write(text.hasSuffix("\n") ? text : text + "\n")
            }
        }
        try loaded.finish()
    }
}
