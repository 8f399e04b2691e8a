import Testing
import NewsModel

/// The acceptance table of the quotes issue, on the seed article.
struct SeedAcceptanceTests {
    static let table: [(String, [String])] = [
        ("on track", ["Donald Trump"]),
        ("We just had a great phone call", ["Donald Trump"]),
        ("Much of the conversation was based", ["Donald Trump"]),
        ("Ukrainians want peace", ["Volodymyr Zelensky"]),
        ("ownership", ["Donald Trump", "Karoline Leavitt"]),
        ("the best possible protection", ["Donald Trump", "Karoline Leavitt"]),
        ("We are now focused on a long-term peace agreement", ["Karoline Leavitt"]),
        ("through measures that go beyond exchanges.", ["Volodymyr Zelensky"]),
        ("All of them will immediately receive", ["Volodymyr Zelensky"]),
        ("I want there to be control.", ["Volodymyr Zelensky"]),
        ("correct", ["Volodymyr Zelensky"]),
        ("For us, the red line", ["Volodymyr Zelensky"]),
    ]

    @Test func allTwelveQuotesWithTheirSpeakers() throws {
        let a = AnalyzedArticle(try QuoteFixtures.article("seed-article.txt"))
        #expect(a.quotes.count == 12)
        for (quote, (prefix, speakers)) in zip(a.quotes, Self.table) {
            #expect(quote.text.hasPrefix(prefix), "expected a quote beginning \(prefix), got \(quote.text)")
            #expect(speakers.contains(a.speakerName(of: quote) ?? "null"), "\(prefix): \(a.speakerName(of: quote) ?? "null")")
        }
        #expect(a.quotes.first?.paragraph == nil)
        #expect(a.warnings.isEmpty)
    }

    @Test func zelenskyIsOneSpeakerWithSixQuotes() throws {
        let a = AnalyzedArticle(try QuoteFixtures.article("seed-article.txt"))
        let index = SpeakerIndex([a])
        let found = index.search("zelensky")
        #expect(found.count == 1)
        #expect(found.first?.name == "Volodymyr Zelensky")
        #expect(found.first?.quotes.count == 6)
        let zelensky = try #require(a.speakers.first { $0.name == "Volodymyr Zelensky" })
        #expect(zelensky.aliases.contains("Zelensky"))
        #expect(zelensky.aliases.contains("the Ukrainian president"))
        #expect(zelensky.roles == ["Ukrainian President"])
        #expect(a.speakers.contains { $0.name == "Karoline Leavitt" && $0.roles == ["White House spokeswoman"] })
    }
}
