import Testing
@testable import NewsModel

@Suite struct SeedParsingTests {
    @Test func seedHasFiveSectionsWithTheFourHeadings() throws {
        let article = try loadFixture("seed-article.txt")
        #expect(article.headline.text == "Trump says Ukraine truce bid 'on track' after Zelensky call")
        #expect(article.sections.count == 5)
        #expect(article.sections.map { $0.heading?.text } == [
            nil,
            "The White House considers the minerals agreement obsolete",
            "Russia and Ukraine carry out a prisoner exchange",
            "Attacks continue despite calls from Putin and Trump",
            "Ukraine will not recognize any occupied territories as part of Russia",
        ])
        #expect(article.sections.map { $0.paragraphs.count } == [7, 3, 3, 2, 1])
        #expect(article.byline == nil && article.dateline == nil && article.dek == nil)
    }

    @Test func sectionsTileTheArticleInOrder() throws {
        let article = try loadFixture("seed-article.txt")
        #expect(article.sections.first?.range.start == 0)
        #expect(article.sections.last?.range.end == article.source.scalarCount)
        for (a, b) in zip(article.sections, article.sections.dropFirst()) {
            #expect(a.range.end == b.range.start)
            #expect(b.heading?.range.start == b.range.start)
        }
    }

    @Test func everyRangeSlicesItsOwnText() throws {
        let article = try loadFixture("seed-article.txt")
        let text = article.source.string
        #expect(codePointSlice(text, article.headline.range) == article.headline.text)
        for section in article.sections {
            if let heading = section.heading {
                #expect(codePointSlice(text, heading.range) == heading.text)
            }
            for paragraph in section.paragraphs {
                #expect(codePointSlice(text, paragraph.range) == paragraph.text)
                #expect(article.source.slice(paragraph.range) == paragraph.text)
            }
        }
    }

    @Test func sectionsJSONMatchesGolden() throws {
        let article = try loadFixture("seed-article.txt")
        let json = JSON.array([SectionJSON.article(article)]).serialized()
            .replacingOccurrences(of: fixturesDirectory + "/", with: "")
        expectGolden(json, "seed-article.txt.sections.json")
    }
}
