import Testing
@testable import NewsModel

/// The issue's acceptance list on the seed article, and the JSON record shape.
struct FigureAcceptanceTests {
    @Test func seedFigures() throws {
        let a = try FigureGoldenTests.analyzed("seed-article.txt")
        func find(_ text: String) -> Figure? { a.figures.first { $0.text == text } }
        let expected: [ExpectedFigure] = [
            count("300 prisoners", 300, "prisoners"),
            fig("about an hour", .duration, 1, "hour", q: "about"),
            fig("up to 50%", .percent, 50, "%", q: "up to", high: 50),
            count("175 prisoners of war", 175, "prisoners of war"),
            count("22 seriously wounded Ukrainian prisoners", 22, "seriously wounded Ukrainian prisoners"),
            count("22 prisoners", 22, "prisoners"),
            count("dozens of drone attacks", nil, "drone attacks"),
            count("145 drones", 145, "drones"),
            count("57 Ukrainian drones", 57, "Ukrainian drones"),
            count("35 of them", 35, "drones"),
        ]
        for e in expected {
            let f = try #require(find(e.text), "missing \(e.text)")
            #expect(e.matches(f), "\(ExpectedFigure.describe(f)) != \(e)")
        }
        // A figure holds a number: dates without one are not listed.
        for numberless in ["last month", "yesterday", "Wednesday"] { #expect(find(numberless) == nil, "\(numberless)") }
        let prisoners = try #require(find("175 prisoners of war"))
        #expect(prisoners.paragraph == 10)
        #expect(prisoners.section == 2)
        #expect(a.article.source.slice(prisoners.sentence).hasPrefix("Moscow and Kyiv each exchanged"))
    }

    @Test func jsonFieldOrder() throws {
        let a = try FigureGoldenTests.analyzed("seed-article.txt")
        let f = try #require(a.figures.first { $0.text == "175 prisoners of war" })
        guard case .object(let fields) = FigureJSON.figure(f, article: "seed.txt") else {
            Issue.record("not an object")
            return
        }
        #expect(fields.map(\.0) == ["article", "text", "kind", "value", "low", "high", "qualifier", "unit", "counted",
                                    "change", "from", "to", "start", "end", "section", "paragraph", "sentence"])
        #expect(fields[3].1 == .int(175))
        #expect(fields[4].1 == .null)
        #expect(fields[8].1 == .string("prisoners of war"))
    }

    @Test func headlineFiguresHaveNoParagraph() {
        let article = FigureTesting.article("Body with 3 boats.")
        let headlined = try? ArticleParser.parse(SourceText("Storm sinks 40 boats\n\nCrews saved 3 boats.\n"),
                                                 path: "h.txt", format: .plainText)
        let figures = headlined.map { FigureExtractor.extract($0).figures } ?? []
        #expect(figures.first?.text == "40 boats")
        #expect(figures.first?.paragraph == nil)
        #expect(figures.last?.paragraph == 0)
        #expect(FigureExtractor.extract(article).figures.count == 1)
    }

    @Test func markdownFiguresMapToSource() throws {
        let text = "# Budget\n\nThe plan adds **3.1 percent** and [$6 million](https://x.org/1) for *12 routes*.\n"
        let article = try ArticleParser.parse(SourceText(text), path: "m.md", format: .markdown)
        let figures = FigureExtractor.extract(article).figures
        #expect(figures.map(\.text) == ["3.1 percent", "$6 million", "12 routes"])
        for f in figures { #expect(article.source.slice(f.range) == f.text) }
    }
}
