import NewsModel

/// Where the reader gets an article in full when it opens one: the one interface
/// every loading path goes through. The library keeps only a `LibraryEntry` per
/// article; `update` asks for the rest with `Effect.load`, and the runner
/// (`Runner`) calls this and hands the result back as `Event.articleLoaded`.
/// Files on disk are one source (`ArticleFiles`); an archive can be another.
public protocol ArticleSource: Sendable {
    /// Article `index` of the library, whose entry is `entry`, in full.
    func article(_ index: Int, _ entry: LibraryEntry) -> Result<AnalyzedArticle, LoadFailure>
}

/// Articles from their files, read again when opened; those given as `held`
/// (by library index) come from memory: a single file read once already,
/// standard input (which cannot be read twice), tests' articles.
public struct ArticleFiles: ArticleSource {
    public let held: [Int: AnalyzedArticle]

    public init(held: [Int: AnalyzedArticle] = [:]) {
        self.held = held
    }

    public func article(_ index: Int, _ entry: LibraryEntry) -> Result<AnalyzedArticle, LoadFailure> {
        if let kept = held[index], kept.article.path == entry.path { return .success(kept) }
        if entry.path == "-" {
            return .failure(LoadFailure(path: entry.path, reason: .notReadable("standard input cannot be read again")))
        }
        return Library.open(entry.path)
    }
}

extension ArticleSource where Self == ArticleFiles {
    /// Every article from its file.
    public static var files: ArticleFiles { ArticleFiles() }

    /// Articles already in memory, by library index; other entries from their files.
    public static func memory(_ articles: [AnalyzedArticle]) -> ArticleFiles {
        ArticleFiles(held: Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($0.offset, $0.element) }))
    }
}
