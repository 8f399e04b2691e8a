import NewsModel

/// How the reader gets an article in full when it opens one. The library keeps
/// only a `LibraryEntry` per article; the app reads the file again, tests hand
/// over articles they already hold.
public struct ArticleSource: Sendable {
    public let load: @Sendable (_ index: Int, _ entry: LibraryEntry) -> Result<AnalyzedArticle, LoadFailure>

    public init(_ load: @escaping @Sendable (_ index: Int, _ entry: LibraryEntry) -> Result<AnalyzedArticle, LoadFailure>) {
        self.load = load
    }

    /// Reads the entry's file again. Standard input cannot be read twice.
    public static let files = ArticleSource { _, entry in
        if entry.path == "-" {
            return .failure(LoadFailure(path: entry.path, reason: .notReadable("standard input cannot be read again")))
        }
        return Library.open(entry.path)
    }

    /// Articles already in memory, by library index; other entries from their files.
    public static func memory(_ articles: [AnalyzedArticle]) -> ArticleSource {
        ArticleSource { index, entry in
            if index >= 0, index < articles.count, articles[index].article.path == entry.path {
                return .success(articles[index])
            }
            return files.load(index, entry)
        }
    }
}
