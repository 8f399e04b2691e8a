import NewsModel

/// Articles for the quote tests: fixture files by their repository path, or inline text.
enum QuoteFixtures {
    /// The package root, found from this file's path so tests do not depend on the working folder.
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/NewsModelTests/QuoteTestSupport.swift
        return parts.joined(separator: "/")
    }()

    static let articleNames = [
        "budget-vote.md", "crlf-council.txt", "cup-final-coaches.txt", "flood-relief.txt", "harbor-strike.txt",
        "hearing-chain.txt", "mixed-endings.txt", "names-unicode.txt", "no-headings.txt", "numbers-grain.txt",
        "port-fire.txt", "reservoir-warning.txt", "seed-article.txt", "strait-talks.txt", "budget-row.txt",
    ]

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
