import Foundation
import Testing
@testable import NewsModel
import NewsTestSupport

/// Every fixture article's full parse, as JSON golden files reviewed by hand:
/// headline, dek, byline, dateline, headings and paragraphs with their ranges.
@Suite struct FixtureParsingTests {
    static let fixtureNames = Repository.files(in: "Fixtures/articles", where: ArticleLoader.isArticleName)

    static func dump(_ article: Article) -> JSON {
        func block(_ b: TextBlock?) -> JSON {
            guard let b else { return .null }
            return .object([("text", .string(b.text)), ("start", .int(b.range.start)), ("end", .int(b.range.end))])
        }
        return .object([
            ("format", .string(article.format.rawValue)),
            ("headline", block(article.headline)),
            ("dek", block(article.dek)),
            ("byline", block(article.byline)),
            ("dateline", block(article.dateline)),
            ("warnings", .array(article.warnings.map(JSON.string))),
            ("sections", .array(article.sections.map { section in
                .object([
                    ("index", .int(section.index)),
                    ("start", .int(section.range.start)),
                    ("end", .int(section.range.end)),
                    ("heading", block(section.heading)),
                    ("paragraphs", .array(section.paragraphs.map(block))),
                ])
            })),
        ])
    }

    @Test func thereAreTheSeedAndAtLeastEightOriginals() {
        #expect(Self.fixtureNames.contains("seed-article.txt"))
        #expect(Self.fixtureNames.count >= 9)
    }

    @Test(arguments: fixtureNames)
    func parseMatchesGolden(name: String) throws {
        let article = try loadFixture(name)
        expectGolden(Self.dump(article).serialized(), name + ".parse.json")
    }

    /// Ranges are code points of the decoded file: slicing the raw text gives the
    /// block's source, which equals its display text up to white space and markup.
    @Test(arguments: fixtureNames)
    func rangesPointIntoTheSource(name: String) throws {
        let article = try loadFixture(name)
        let raw = try String(contentsOfFile: fixturePath(name), encoding: .utf8)
        let squeeze = { (s: String) in s.unicodeScalars.filter { !$0.isSpaceOrBreak && !"*_`#[]()".unicodeScalars.contains($0) }.count }
        var blocks = [article.headline]
        blocks += [article.dek, article.byline, article.dateline].compactMap { $0 }
        for section in article.sections {
            blocks += [section.heading].compactMap { $0 } + section.paragraphs
        }
        for block in blocks {
            let slice = codePointSlice(raw, block.range)
            #expect(slice.unicodeScalars.first == block.text.unicodeScalars.first || article.format == .markdown)
            #expect(squeeze(slice) >= squeeze(block.text))
            #expect(block.map.source(ofDisplay: 0) == block.range.start)
        }
    }
}
