import Foundation
import Testing
import NewsBench
import NewsModel
import NewsTestSupport

/// The benchmark must keep running as the code changes; this runs it on a tiny
/// corpus and checks that every figure is there. It asserts no timing.
@Suite struct BenchmarkRunsTests {
    static let fixtures = Repository.path("Fixtures/articles")

    @Test func tinyCorpusProducesEveryFigure() throws {
        var configuration = BenchmarkSuite.Configuration(fixtures: Self.fixtures)
        configuration.counts = [5, 20]
        configuration.runs = 1
        configuration.largeArticleBytes = 20_000
        configuration.largeArticles = 1
        configuration.searchRepetitions = 10
        configuration.warmUpSeconds = 0.05
        var suite = BenchmarkSuite(configuration)
        suite.memoryProbe = { _ in 1_000_000 }
        let results = try suite.run { _ in }
        let names = Set(results.map(\.name))
        #expect(names.contains("pipeline 20 × 5 KB, 1 core"))
        #expect(names.contains("20-article folder to first frame"))
        #expect(names.contains("load 20-article folder, all analyzed"))
        #expect(names.contains("speaker search, role (p99)"))
        #expect(names.contains("peak memory, 20 articles"))
        #expect(names.contains("NITF files vs plain text"))
        #expect(names.contains("RSS feed vs plain text"))
        #expect(results.allSatisfy { $0.value.isFinite })
        let json = BenchmarkSuite.json(results, machine: "test").serialized()
        #expect(json.contains("\"results\""))
    }

    @Test func corpusIsDeterministic() throws {
        let corpus = try Corpus(fixtures: Self.fixtures)
        let a = corpus.article(7, seed: 42, bytes: 5_000)
        #expect(a == corpus.article(7, seed: 42, bytes: 5_000))
        #expect(a != corpus.article(8, seed: 42, bytes: 5_000))
        #expect(a.utf8.count >= 5_000)
        let article = try ArticleParser.parse(SourceText(a), path: "x", format: .plainText)
        #expect(article.paragraphCount > 3)
    }
}
