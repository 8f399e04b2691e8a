import Testing
@testable import NewsModel

/// The document both extractors read: every block once, in reading order, its scalars its text.
struct AnalysisDocumentTests {
    private func document(_ text: String, format: ArticleFormat = .plainText) throws -> AnalysisDocument {
        AnalysisDocument(try ArticleParser.parse(SourceText(text), path: "d.txt", format: format))
    }

    private func text(of b: Int, in document: AnalysisDocument) -> String {
        var s = ""
        for c in document.scalars[document.blocks[b].scalars] { s.unicodeScalars.append(c) }
        return s
    }

    @Test func datelineIsABlockBeforeTheFirstParagraph() throws {
        let d = try document("Fire at the port\n\nHALDEN, March 19 (Reuters) - A fire tore through 12 sheds.\n\nCrews came.\n")
        #expect(d.blocks.map(\.role) == [.headline, .dateline, .paragraph, .paragraph])
        #expect(text(of: 1, in: d) == "HALDEN, March 19 (Reuters)")
        #expect(d.blocks[1].paragraph == 0)
        #expect(d.blocks[2].paragraph == 0)
        #expect(d.blocks[3].paragraph == 1)
    }

    @Test func headingsAndParagraphsInReadingOrder() throws {
        let d = try document("# Budget\n\nThe council met.\n\n## Roads\n\nIt adds 12 routes.\n\nAnd 3 bridges.\n",
                             format: .markdown)
        #expect(d.blocks.map(\.role) == [.headline, .paragraph, .heading, .paragraph, .paragraph])
        #expect(d.blocks.map(\.section) == [0, 0, 1, 1, 1])
        #expect(d.blocks.map(\.paragraph) == [nil, 0, nil, 1, 2])
        #expect(text(of: 2, in: d) == "Roads")
        // Every block's scalars are its display text, block after block, covering the buffer.
        var end = 0
        for b in d.blocks.indices {
            #expect(d.blocks[b].scalars.lowerBound == end)
            end = d.blocks[b].scalars.upperBound
        }
        #expect(end == d.scalars.count)
    }

    /// One document read by both extractors gives what each gives reading the article alone.
    @Test(arguments: FigureGoldenTests.fixtureNames)
    func sharedDocumentChangesNoRecord(_ name: String) throws {
        let analyzed = try FigureGoldenTests.analyzed(name)
        let alone = FigureExtractor.extract(analyzed.article), quotes = QuoteExtractor.extract(analyzed.article)
        #expect(analyzed.figures.map(\.range) == alone.figures.map(\.range))
        #expect(analyzed.conflicts.map(\.reason) == alone.conflicts.map(\.reason))
        #expect(analyzed.quotes.map(\.text) == quotes.quotes.map(\.text))
        #expect(analyzed.speakers.map(\.name) == quotes.speakers.map(\.name))
    }
}
