import Testing
@testable import NewsModel

@Suite struct ParserRulesTests {
    @Test func shortSentenceAndOneLineQuoteAreNotHeadings() throws {
        let article = try parse("""
            Headline here

            First paragraph of the story, which is long enough to be a paragraph.

            The fire was out by noon.

            "We will rebuild," he said.

            Why it matters

            Because the port employs thousands of people in the region.
            """)
        #expect(article.sections.count == 2)
        #expect(article.sections[1].heading?.text == "Why it matters")
        #expect(article.sections[0].paragraphs.count == 3)
    }

    @Test func listItemsAreParagraphsOfTheirOwn() throws {
        let article = try parse("""
            Water rates to rise

            What changes:
            - Average bills rise by about $6 a month.
            - Low-income households get a 50% discount.
            1. Meters are read monthly
            2. Bills arrive by email

            The deal was signed on Monday, a day after talks
            - which had stalled - resumed.

            1. Background

            The board first proposed the rise in 2024.
            """)
        #expect(article.sections.count == 2)
        #expect(article.sections[0].paragraphs.map(\.text) == [
            "What changes:", "- Average bills rise by about $6 a month.", "- Low-income households get a 50% discount.",
            "1. Meters are read monthly", "2. Bills arrive by email",
            "The deal was signed on Monday, a day after talks - which had stalled - resumed.",
        ])
        #expect(article.sections[1].heading?.text == "1. Background")
    }

    @Test func headingsInScriptsWithoutCase() throws {
        let article = try parse("灯会首夜迎客三万人\n\n雾岚港第十二届海上灯会于周六晚开幕，主办方称首夜入场游客约三万人。\n\n渡轮与交通\n\n为应对人流，港务部门将渡轮增加到每十五分钟一班。\n\n部分游客反映排队时间过长。\n")
        #expect(article.sections.map { $0.heading?.text } == [nil, "渡轮与交通"])
    }

    @Test func pageFurnitureIsNotAHeading() throws {
        let article = try parse("Headline\n\nFirst paragraph here.\n\nAdvertisement\n\nSecond paragraph here.\n")
        #expect(article.sections.count == 1)
        #expect(article.sections[0].paragraphs.count == 3)
    }

    @Test func aTitleWithoutAFollowingParagraphIsNotAHeading() throws {
        let article = try parse("Headline\n\nBody text of the story goes here.\n\nReporting by Jane Roe\n")
        #expect(article.sections.count == 1)
        #expect(article.sections[0].paragraphs.count == 2)
    }

    @Test func bylineAndDatelineAreRecognized() throws {
        let article = try parse("""
            Storm hits coast

            By Jane Doe

            KYIV, March 19 (Reuters) - Officials said the storm passed overnight.

            Second paragraph.
            """)
        #expect(article.byline?.text == "By Jane Doe")
        #expect(article.dateline?.text == "KYIV, March 19 (Reuters)")
        #expect(article.sections[0].paragraphs.first?.text == "Officials said the storm passed overnight.")
        #expect(article.sections[0].paragraphs.count == 2)
    }

    @Test func emDashDatelineWithAgency() throws {
        let article = try parse("Headline\n\nWASHINGTON (AP) \u{2014} Lawmakers met on Tuesday.\n")
        #expect(article.dateline?.text == "WASHINGTON (AP)")
        #expect(article.sections[0].paragraphs.first?.text == "Lawmakers met on Tuesday.")
    }

    @Test func ordinaryOpeningWithADashIsNotADateline() throws {
        let article = try parse("Headline\n\nThe minister \u{2014} who spoke late \u{2014} left.\n")
        #expect(article.dateline == nil)
    }

    @Test func softWrapsJoinAndWhiteSpaceCollapses() throws {
        let text = "Headline\n\nOne line\nwraps  here\twith\u{00A0}nbsp.\n"
        let article = try parse(text)
        let paragraph = try #require(article.sections[0].paragraphs.first)
        #expect(paragraph.text == "One line wraps here with\u{00A0}nbsp.")
        // "here" is at display 15 and source 16 (two spaces collapsed before it).
        #expect(paragraph.map.source(ofDisplay: 15) == paragraph.range.start + 16)
        #expect(paragraph.map.display(ofSource: paragraph.range.start + 16) == 15)
    }

    @Test func crlfAndBOMKeepCodePointOffsets() throws {
        let text = "\u{FEFF}Headline\r\n\r\nFirst para\r\ncontinues.\r\n\r\nSecond.\r\n"
        let article = try parse(text)
        #expect(article.headline.text == "Headline")
        #expect(article.headline.range == SourceRange(1, 9))
        let first = try #require(article.sections[0].paragraphs.first)
        #expect(first.text == "First para continues.")
        #expect(codePointSlice(text, first.range) == "First para\r\ncontinues.")
    }

    @Test func oldMacLineEndings() throws {
        let article = try parse("Headline\r\rBody one.\r\rBody two.\r")
        #expect(article.sections[0].paragraphs.map(\.text) == ["Body one.", "Body two."])
    }

    @Test func markdownHeadingsAndInlineMarkers() throws {
        let text = "# The headline\n\n*A dek in italics*\n\nBody with **bold**, _emphasis_ and a [link](https://x.org/a).\n\n## Section two\n\nMore text with snake_case kept.\n"
        let article = try parse(text, format: .markdown)
        #expect(article.headline.text == "The headline")
        #expect(article.dek?.text == "A dek in italics")
        #expect(article.sections.count == 2)
        #expect(article.sections[1].heading?.text == "Section two")
        let body = try #require(article.sections[0].paragraphs.first)
        #expect(body.text == "Body with bold, emphasis and a link.")
        // "bold" maps back past the two asterisks.
        let bold = body.map.sourceRange(ofDisplay: 10, 14)
        #expect(codePointSlice(text, bold) == "bold")
        #expect(article.sections[1].paragraphs.first?.text == "More text with snake_case kept.")
    }

    @Test func markdownHeadingsInPlainTextFiles() throws {
        let article = try parse("Headline\n\nIntro paragraph.\n\n## A heading\nText right after it.\n")
        #expect(article.sections.count == 2)
        #expect(article.sections[1].heading?.text == "A heading")
        #expect(article.sections[1].paragraphs.first?.text == "Text right after it.")
    }

    @Test func headlineOnlyAndEmpty() throws {
        let article = try parse("Just a headline\n")
        #expect(article.sections.count == 1)
        #expect(article.sections[0].paragraphs.isEmpty)
        #expect(throws: ParseError.empty) { try parse(" \n\t\n\u{00A0}\n") }
    }

    @Test func dekDirectlyUnderHeadline() throws {
        let article = try parse("Headline\nA one-line summary of the story.\n\nBody.\n")
        #expect(article.dek?.text == "A one-line summary of the story.")
        #expect(article.sections[0].paragraphs.map(\.text) == ["Body."])
    }

    @Test func longSingleLineIsLinear() throws {
        let line = String(repeating: "word ", count: 2_000_000)
        let article = try parse("Headline\n\n" + line + "\n")
        #expect(article.sections[0].paragraphs.first?.text.utf8.count == 9_999_999)
    }

    @Test func manyParagraphs() throws {
        let body = String(repeating: "A paragraph of text.\n\n", count: 100_000)
        let article = try parse("Headline\n\n" + body)
        #expect(article.paragraphCount == 100_000)
        #expect(article.sectionIndex(containing: article.source.scalarCount - 3) == 0)
    }
}
