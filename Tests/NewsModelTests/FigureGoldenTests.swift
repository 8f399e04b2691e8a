import Foundation
import Testing
@testable import NewsModel
import NewsTestSupport

/// Every fixture article against its reviewed golden figures
/// (Fixtures/expected/<file>.figures.json, the `figures --json` output run
/// from the repository root). `NEWSROOM_RECORD=1` rewrites them on purpose.
struct FigureGoldenTests {
    static let root = Repository.root

    static let fixtureNames = Repository.files(in: "Fixtures/articles", where: ArticleLoader.isArticleName)

    /// The fixture as the command line sees it when given `Fixtures/articles/NAME`.
    static func analyzed(_ name: String) throws -> AnalyzedArticle {
        let result = ArticleLoader.loadFile(root + "/Fixtures/articles/" + name)
        let (loaded, _) = try result.get()
        let article = Article(path: "Fixtures/articles/" + name, format: loaded.format, source: loaded.source,
                              headline: loaded.headline, dek: loaded.dek, byline: loaded.byline,
                              dateline: loaded.dateline, sections: loaded.sections, warnings: loaded.warnings)
        return AnalyzedArticle(article)
    }

    @Test func everyFixtureHasAGolden() {
        #expect(Self.fixtureNames.count >= 13)
        for name in Self.fixtureNames {
            let path = Self.root + "/Fixtures/expected/" + name + ".figures.json"
            #expect(FileManager.default.fileExists(atPath: path), "missing golden \(path)")
        }
    }

    @Test(arguments: FigureGoldenTests.fixtureNames)
    func golden(_ name: String) throws {
        let a = try Self.analyzed(name)
        let json = JSON.array(a.figures.map { FigureJSON.figure($0, article: a.article.path) }).serialized()
        let path = Self.root + "/Fixtures/expected/" + name + ".figures.json"
        if let mismatch = Golden.mismatch(json, golden: path) { Issue.record(Comment(rawValue: mismatch)) }
    }

    /// Figure invariants on every fixture: exact text, sorted, inside their sentence.
    @Test(arguments: FigureGoldenTests.fixtureNames)
    func invariants(_ name: String) throws {
        let a = try Self.analyzed(name)
        var previous: SourceRange? = nil
        for f in a.figures {
            #expect(f.text == a.article.source.slice(f.range))
            #expect(f.sentence.contains(f.range), "\(f.text) outside its sentence")
            if let previous { #expect(previous <= f.range) }
            previous = f.range
            if f.paragraph == nil { #expect(f.section == 0) }
        }
    }
}
