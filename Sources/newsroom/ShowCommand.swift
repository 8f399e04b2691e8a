import ArgumentParser
import NewsModel
import NewsTUI

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print articles for reading in a pipe or a plain terminal.")

    @OptionGroup var input: InputOptions

    @Option(help: "Wrap paragraphs to this many columns (default: the terminal's width, or 80).")
    var width: Int?

    @OptionGroup var colour: ColorOptions

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10") }
    }

    func run() throws {
        DisplayWidth.prepareLocale()
        let loaded = try input.load()
        let columns = width ?? Output.terminalWidth() ?? 80
        for (i, article) in loaded.articles.enumerated() {
            if i > 0 { Output.write("\n" + String(repeating: "=", count: columns) + "\n\n") }
            Output.write(ArticleText.render(article, width: columns, painter: colour.painter))
        }
        try loaded.finish()
    }
}

/// An article laid out as plain text: headline underlined, headings set off,
/// paragraphs wrapped. All article text is sanitized for the terminal; with
/// colour, the headline is bold and headings bold and underlined, line by line.
enum ArticleText {
    static func render(_ article: Article, width: Int, painter: Painter = .plain) -> String {
        var out = ""
        func paragraph(_ text: String, indent: String = "", style: Style = .plain) {
            for line in TextWrap.lines(TerminalText.sanitize(text), width: width - indent.count) {
                out += indent + painter.paint(line, style) + "\n"
            }
        }
        let headline = TerminalText.sanitize(article.headline.text)
        paragraph(headline, style: Palette.headline)
        out += String(repeating: "=", count: min(width, max(1, DisplayWidth.of(headline)))) + "\n"
        if let dek = article.dek { paragraph(dek.text) }
        if let byline = article.byline { paragraph(byline.text) }
        for section in article.sections {
            if let heading = section.heading {
                let text = TerminalText.sanitize(heading.text)
                out += "\n"
                paragraph(text, style: Palette.heading)
                out += String(repeating: "-", count: min(width, max(1, DisplayWidth.of(text)))) + "\n"
            }
            for (i, block) in section.paragraphs.enumerated() {
                out += "\n"
                paragraph((section.index == 0 && i == 0 ? Presentation.datelineLead(article.dateline) : "") + block.text)
            }
        }
        return out
    }
}
