import NewsModel
import NewsTestSupport

/// Articles for the quote tests: fixture files by their repository path, or inline text.
enum QuoteFixtures {
    static let root = Repository.root

    /// Every article of Fixtures/articles, read from the folder.
    static let articleNames = Repository.files(in: "Fixtures/articles", where: ArticleLoader.isArticleName)

    /// Loads `Fixtures/articles/NAME`, keeping that relative path as the article's path.
    static func article(_ name: String) throws -> Article {
        let relative = "Fixtures/articles/" + name
        let bytes = try FileReader.read(path: root + "/" + relative)
        let decoded = try TextDecoding.decode(bytes)
        return try ArticleParser.parse(SourceText(decoded.text), path: relative,
                                       format: ArticleLoader.format(forPath: relative), warnings: decoded.warnings)
    }

    static func parse(_ text: String, path: String = "inline.txt") throws -> Article {
        try ArticleParser.parse(SourceText(text), path: path, format: ArticleLoader.format(forPath: path))
    }

    static func analyze(_ text: String) throws -> AnalyzedArticle { AnalyzedArticle(try parse(text)) }

    /// Each quote as (text, speaker name).
    static func pairs(_ a: AnalyzedArticle) -> [(String, String?)] {
        a.quotes.map { ($0.text, a.speakerName(of: $0)) }
    }

    static func speaker(of prefix: String, in a: AnalyzedArticle) -> String?? {
        guard let q = a.quotes.first(where: { $0.text.hasPrefix(prefix) }) else { return .none }
        return .some(a.speakerName(of: q))
    }

    static func kind(of prefix: String, in a: AnalyzedArticle) -> QuoteKind? {
        a.quotes.first(where: { $0.text.hasPrefix(prefix) })?.kind
    }
}
