import Testing
@testable import NewsModel

/// Recognition by content, dates to ISO 8601, text cleaning, and the laid-out parse of
/// extracted text (structure given, nothing guessed).
@Suite struct FormatReaderTests {
    private func format(_ text: String, _ path: String) throws -> String {
        switch try FormatReader.read(Array(text.utf8), path: path) {
        case .text: return "text"
        case .structured(let format, _, _): return format.rawValue
        }
    }

    @Test func recognisesByContentNotByName() throws {
        let nitf = "<?xml version=\"1.0\"?><nitf><body><body.head><hedline><hl1>H</hl1></hedline></body.head></body></nitf>"
        #expect(try format(nitf, "story.dat") == "nitf")
        #expect(try format(nitf, "story.txt") == "nitf")  // starts like XML
        #expect(try format("Headline\n\nA <b>bold</b> claim.\n", "story.txt") == "text")
        #expect(try format("<p>Tags first, but a .txt file</p>\n", "story.txt") == "text")
        #expect(try format("<html><head><title>T</title></head><body><p>P.</p></body></html>", "page.xml") == "html")
        #expect(try format("{\"uri\": \"urn:x\", \"headline\": \"H\"}", "item.dat") == "ninjs")
        #expect(try format("<rss version=\"2.0\"><channel><item><title>T</title></item></channel></rss>", "x") == "rss")
        #expect(try format("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>T</title></entry></feed>", "x") == "atom")
        #expect(throws: LoadFailureReason.notReadable("XML of an unknown kind (root element 'catalog')")) {
            try format("<?xml version=\"1.0\"?><catalog/>", "c.xml")
        }
        #expect(throws: LoadFailureReason.notReadable("JSON that is not a ninjs article (needs uri and headline or headlines)")) {
            try format("{\"title\": \"no uri\"}", "x.json")
        }
    }

    @Test func utf16WithAByteOrderMarkIsRecognised() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<rss version=\"2.0\"><channel><item><title>T\u{E9}</title></item></channel></rss>".utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        guard case .structured(let format, let items, let several) = try FormatReader.read(bytes, path: "feed") else {
            Issue.record("UTF-16 RSS read as text")
            return
        }
        #expect(format == .rss && several && items.first?.text == "T\u{E9}\n")
    }

    @Test func datesBecomeISO8601() {
        #expect(DateNormalizing.iso("Tue, 03 Mar 2026 14:05:00 +0000") == "2026-03-03T14:05:00Z")
        #expect(DateNormalizing.iso("3 Mar 2026 14:05 EST") == "2026-03-03T14:05:00-05:00")
        #expect(DateNormalizing.iso("20260303T091500+0100") == "2026-03-03T09:15:00+01:00")
        #expect(DateNormalizing.iso("2026-03-03T09:15:00.250Z") == "2026-03-03T09:15:00Z")
        #expect(DateNormalizing.iso("20260303") == "2026-03-03")
        #expect(DateNormalizing.iso("2026-13-03") == nil)
        #expect(DateNormalizing.iso("next Tuesday") == nil)
    }

    @Test func cleaningCollapsesSpaceAndShowsControls() {
        #expect(FormatText.clean("  two\n\t words ") == "two words")
        #expect(FormatText.clean("a\u{1B}[2Jb") == "a\u{241B}[2Jb")
        #expect(FormatText.clean("x\u{202E}y\u{85}z") == "x<U+202E>y z")
        #expect(FormatText.clean("caf\u{E9} \u{FEFF}") == "caf\u{E9}")
        #expect(FormatText.clean(" \n ") == nil)
    }

    @Test func laidOutTextKeepsTheStructureItWasGiven() throws {
        var builder = ExtractedTextBuilder()
        builder.headline("Headline")
        builder.line("By A Writer", role: .byline)
        builder.line("# Not Markdown, a paragraph")
        builder.line("Short Title Shaped Line")
        builder.line("A heading.", role: .heading)
        builder.line("Last paragraph.")
        let extracted = try #require(builder.build(ArticleMetadata(date: "2026-01-01")))
        #expect(extracted.text == "Headline\n\nBy A Writer\n\n# Not Markdown, a paragraph\n\nShort Title Shaped Line\n\nA heading.\n\nLast paragraph.\n")
        let article = try ArticleParser.parse(SourceText(extracted.text), path: "x", format: .nitf,
                                              layout: extracted.layout, metadata: extracted.metadata)
        #expect(article.byline?.text == "By A Writer")
        #expect(article.sections.count == 2)
        #expect(article.sections[0].paragraphs.map(\.text) == ["# Not Markdown, a paragraph", "Short Title Shaped Line"])
        #expect(article.sections[1].heading?.text == "A heading.")
        #expect(article.metadata.date == "2026-01-01")
        #expect(article.format == .nitf)
    }
}
