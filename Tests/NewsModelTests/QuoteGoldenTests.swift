import Testing
import NewsModel
import NewsTestSupport

/// Each fixture's quotes against Fixtures/expected/NAME.quotes.json, the same
/// JSON `newsroom quotes --json` prints. The files were checked by hand against
/// the articles; set NEWSROOM_RECORD=1 to rewrite them on purpose.
struct QuoteGoldenTests {
    static func expectedPath(_ name: String) -> String {
        QuoteFixtures.root + "/Fixtures/expected/" + name + ".quotes.json"
    }

    @Test func everyFixtureIsListed() {
        #expect(QuoteFixtures.articleNames.contains("seed-article.txt"))
        #expect(QuoteFixtures.articleNames.count >= 17)
    }

    @Test(arguments: QuoteFixtures.articleNames)
    func matchesGolden(_ name: String) throws {
        let analyzed = AnalyzedArticle(try QuoteFixtures.article(name))
        let json = QuoteJSON.quotes(analyzed.quotes.map { ($0, analyzed) }).serialized()
        if let mismatch = Golden.mismatch(json, golden: Self.expectedPath(name)) { Issue.record(Comment(rawValue: mismatch)) }
    }

    @Test(arguments: QuoteFixtures.articleNames)
    func quoteTextIsTheSourceSlice(_ name: String) throws {
        let article = try QuoteFixtures.article(name)
        let scalars = Array(article.source.string.unicodeScalars)
        for quote in QuoteExtractor.extract(article).quotes {
            let slice = String(String.UnicodeScalarView(scalars[quote.range.start..<quote.range.end]))
            #expect(slice == quote.text)
            // The marks are outside the range: the nearest character before it is the opening mark.
            var before = quote.range.start - 1
            while before > 0, scalars[before] == " " { before -= 1 }
            #expect(before >= 0 && scalars[before].isQuoteMark, "no opening mark before \(quote.text)")
            #expect(quote.parts.allSatisfy { quote.range.contains($0) })
        }
    }
}
