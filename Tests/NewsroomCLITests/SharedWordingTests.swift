import Foundation
import NewsModel
import Testing

/// The command line words quotes, sections and figures through `Presentation`,
/// the layer the reader draws with: every block and row is checked against it.
@Suite struct SharedWordingTests {
    static let articles = ["seed-article.txt", "port-fire.txt", "budget-row.txt", "harbor-strike.txt", "ferry-capsize.txt"]
        .map { repositoryRoot + "/Fixtures/articles/" + $0 }
        .filter { FileManager.default.fileExists(atPath: $0) }

    private func analyzed(_ path: String) throws -> AnalyzedArticle {
        try Library.open(path).get()
    }

    @Test(arguments: articles)
    func quoteBlocksUseTheSharedLabelsAndPlaces(path: String) throws {
        let a = try analyzed(path)
        let run = try runNewsroom(["quotes", path])
        #expect(run.status == 0)
        let blocks = run.stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(blocks.count == a.quotes.count)
        for (block, quote) in zip(blocks, a.quotes) {
            let lines = block.split(separator: "\n").map(String.init)
            let unnamed = quote.speaker.map { a.speakers[$0].kind == .unnamed } ?? false
            let label = Presentation.speakerLabel(a.speakerName(of: quote), unnamed: unnamed, via: quote.via)
            #expect(lines.count == 3)
            #expect(lines.dropFirst().first == TerminalText.sanitize("  \u{2014} \(label)") + " [\(quote.kind.rawValue)]")
            #expect(lines.last?.hasSuffix(" \u{b7} " + TerminalText.sanitize(Presentation.place(of: quote, in: a.article))) == true,
                    "\(lines.last ?? "")")
        }
        if a.quotes.contains(where: { $0.speaker == nil }) {
            #expect(run.stdout.contains("\u{2014} " + Presentation.unknownSpeaker + " ["))
        }
    }

    @Test(arguments: articles)
    func sectionsAndFiguresUseTheSharedWords(path: String) throws {
        let a = try analyzed(path)
        let sections = try runNewsroom(["sections", path]).stdout.split(separator: "\n").dropFirst()
        #expect(sections.count == a.article.sections.count)
        for (line, section) in zip(sections, a.article.sections) {
            #expect(line.contains("  \(section.index)  " + TerminalText.sanitize(Presentation.sectionName(a.article, section.index)) + "  ["))
        }
        #expect(sections.first?.contains("  0  " + Presentation.opening + "  [") == true || a.article.sections.first?.heading != nil)
        let figures = try runNewsroom(["figures", path]).stdout.split(separator: "\n").dropFirst()
        #expect(figures.count == max(1, a.figures.count))
        for (line, figure) in zip(figures, a.figures) {
            #expect(line.hasPrefix("  " + TerminalText.sanitize(Presentation.figureValue(figure)) + " "), "\(line)")
        }
    }

    @Test func showPutsTheSharedDatelineLeadInFront() throws {
        let path = repositoryRoot + "/Fixtures/articles/port-fire.txt"
        let a = try analyzed(path)
        let dateline = try #require(a.article.dateline)
        let run = try runNewsroom(["show", "--width", "400", path])
        #expect(run.stdout.contains(Presentation.datelineLead(dateline)))
    }
}

@Suite struct FigureUnitWordingTests {
    @Test func wordUnitsReadInThePluralAndCountRatesPerUnit() {
        #expect(Presentation.unitText("week", plural: true) == "weeks")
        #expect(Presentation.unitText("week", plural: false) == "week")
        #expect(Presentation.unitText("hour/day", plural: true) == "hours/day")
        #expect(Presentation.unitText("foot", plural: true) == "feet")
        #expect(Presentation.unitText("km", plural: true) == "km")
        #expect(Presentation.unitText("/week", plural: true) == "per week")
    }
}

@Suite struct FigureShareWordingTests {
    @Test func aShareOfAGroupReadsAsAPercentage() throws {
        let article = try ArticleParser.parse(SourceText("T\n\nOne in four adults and two-thirds of patients agreed.\n"), path: "t",
                                              format: .plainText)
        let values = FigureExtractor.extract(article).figures.map(Presentation.figureValue)
        #expect(values == ["25%", "66.7%"])
    }
}
