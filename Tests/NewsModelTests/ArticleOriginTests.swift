import NewsModel
import Testing

/// The library's date and source columns, from datelines and bylines.
@Suite struct ArticleOriginTests {
    @Test func datesAsDatelinesWriteThem() {
        #expect(ArticleOrigin.date(in: "HALDEN, March 19 (Reuters) -") == ArticleDate(year: nil, month: 3, day: 19))
        #expect(ArticleOrigin.date(in: "LONDON, 4 Sept 2024 -") == ArticleDate(year: 2024, month: 9, day: 4))
        #expect(ArticleOrigin.date(in: "Mar. 19, 2025") == ArticleDate(year: 2025, month: 3, day: 19))
        #expect(ArticleOrigin.date(in: "Published 2025-03-19") == ArticleDate(year: 2025, month: 3, day: 19))
        #expect(ArticleOrigin.date(in: "By May Jones") == nil, "a name is not a month")
        #expect(ArticleOrigin.date(in: "KYIV (AP) -") == nil)
        #expect(ArticleDate(year: 2025, month: 3, day: 19).text == "2025-03-19")
        #expect(ArticleDate(year: nil, month: 3, day: 19).text == "Mar 19")
        #expect(ArticleDate(year: 2024, month: 12, day: 1) < ArticleDate(year: 2025, month: 1, day: 1))
    }

    @Test func sourceIsTheOutletElseTheAuthor() throws {
        let wire = try ArticleParser.parse(SourceText("Fire at the port\n\nHALDEN, March 19 (Reuters) - A fire tore through the port.\n"),
                                           path: "a.txt", format: .plainText, warnings: [])
        #expect(ArticleOrigin.source(wire) == "Reuters")
        #expect(ArticleOrigin.date(wire) == ArticleDate(year: nil, month: 3, day: 19))
        let signed = try ArticleParser.parse(SourceText("Budget row\n\nBy Ines Carvalho\n\nThe council met on Monday.\n"),
                                             path: "b.txt", format: .plainText, warnings: [])
        #expect(ArticleOrigin.source(signed) == "Ines Carvalho")
        #expect(ArticleOrigin.author(signed) == "Ines Carvalho")
    }
}
