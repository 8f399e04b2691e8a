import Testing
import NewsModel

/// Inputs built to break a quote extractor: runs of marks, unclosed quotes,
/// giant words and lines. Each must finish (linear work) with bounded results.
struct HostileQuoteTests {
    @Test func markRunsAndAnUnclosedQuoteInALongArticle() throws {
        var text = "Hostile headline\n\n\"This quote opens in paragraph one and never closes, said the mayor.\n\n"
        var marks = String.UnicodeScalarView()
        let cycle: [Unicode.Scalar] = ["\"", "'", "\u{201C}", "\u{201D}"]
        for i in 0..<100_000 {
            marks.append(cycle[i % 4])
            if i % 5 == 0 { marks.append(" ") }
        }
        text += "Marks: " + String(marks) + "\n\n"
        let names = ["Jan Kowal", "Ida Berg", "Tomas Ruud", "Eva Lind"]
        for i in 0..<2_000 {
            text += "\"Paragraph \(i) has a quote,\" said officer \(names[i % 4]). Then plain words follow.\n\n"
        }
        let article = try QuoteFixtures.parse(text)
        let result = QuoteExtractor.extract(article)
        #expect(result.warnings.contains("unclosed quotation mark in paragraph 1"))
        let first = try #require(result.quotes.first)
        #expect(first.paragraph == 0)
        #expect(first.text.hasPrefix("This quote opens"))
        #expect(!first.text.contains("Paragraph 0"))
        let ordinary = result.quotes.filter { $0.text.hasPrefix("Paragraph ") }
        #expect(ordinary.count == 2_000)
        let unattributed = ordinary.filter { $0.speaker == nil }
        #expect(unattributed.isEmpty, "\(unattributed.count) unattributed, first: \(unattributed.first?.text ?? "")")
        #expect(result.quotes.count < 2_000 + 100_000)
        let paragraphs = article.paragraphs
        for quote in result.quotes {
            if let p = quote.paragraph { #expect(paragraphs[p].block.range.contains(quote.range) || quote.parts.count > 1) }
        }
    }

    @Test func aHugeWordAndALongLine() throws {
        let word = String(repeating: "x", count: 1_000_000)
        var line = "Headline\n\nSaid " + word + " said \"" + word + "\" said Zed Quill. "
        for _ in 0..<20_000 { line += "said said Quill said \"a\" " }
        let result = QuoteExtractor.extract(try QuoteFixtures.parse(line))
        #expect(result.quotes.count == 20_001)
        #expect(result.quotes.first?.text.unicodeScalars.count == 1_000_000)
    }

    @Test func manyDescriptionsWithNoNames() throws {
        var text = "Headline\n\n"
        for _ in 0..<3_000 { text += "\"Yes,\" the minister said. \"No,\" she said. The official said it. " }
        let result = QuoteExtractor.extract(try QuoteFixtures.parse(text))
        #expect(result.quotes.count == 6_000)
        // Nobody is named: every source is reported as written, never made a person.
        #expect(result.quotes.allSatisfy { q in q.speaker.map { result.speakers[$0].kind == .unnamed } ?? true })
    }
}
