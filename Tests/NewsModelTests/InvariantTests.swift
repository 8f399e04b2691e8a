import Foundation
import Testing
@testable import NewsModel

/// The structural promises hold on every fixture and every hostile input.
@Suite struct InvariantTests {
    static let inputs: [String] = {
        let fm = FileManager.default
        let fixtures = ((try? fm.contentsOfDirectory(atPath: fixturesDirectory)) ?? []).map { fixturesDirectory + "/" + $0 }
        let hostileDir = repositoryRoot + "/Fixtures/hostile"
        let hostile = ((try? fm.contentsOfDirectory(atPath: hostileDir)) ?? []).map { hostileDir + "/" + $0 }
        return (fixtures + hostile).sorted()
    }()

    @Test(arguments: inputs)
    func invariantsHold(path: String) throws {
        guard case .success(let (article, _)) = ArticleLoader.loadFile(path) else { return }
        let analyzed = AnalyzedArticle(article)
        #expect(analyzed.invariantViolations() == [])
    }

    @Test func generatedHostileTextsKeepTheInvariants() throws {
        let texts = [
            String(repeating: "\"", count: 100_000),
            "Headline\n\n" + String(repeating: "\"'\u{201C}\u{201D}", count: 25_000),
            "H\n\n" + String(repeating: "\n", count: 1_000_000) + "Body.",
            "H\n\n" + String(repeating: "x", count: 1 << 20),
            "H\n\n" + String(repeating: "9", count: 10_000) + " people",
            "\u{FEFF}\r\n\r\n# \r\n## \r\n\r\n**\r\n",
            "H\n\n[a](b [c](d) ![e](f)\n\n_*_*_*_ ``` \\\\ \\*",
        ]
        for text in texts {
            let article = try ArticleParser.parse(SourceText(text), path: "x", format: .markdown)
            #expect(AnalyzedArticle(article).invariantViolations() == [])
        }
    }
}
