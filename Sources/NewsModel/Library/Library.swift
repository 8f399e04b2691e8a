/// Loading a library: every file read, parsed and analyzed on all cores, and
/// kept as a compact `LibraryEntry` (the full article is dropped right away).
public enum Library {
    public struct Loaded: Sendable {
        public var entries: [LibraryEntry] = []
        public var failures: [LoadFailure] = []
        public var warnings: [LoadWarning] = []
        public init() {}
    }

    /// Loads `files` (already expanded); entries keep the files' order (a feed's items in theirs).
    public static func load(files: [String]) -> Loaded {
        let results = parallelMap(files) { file in
            ArticleLoader.loadArticles(file).map { articles in
                articles.map { (LibraryEntry(AnalyzedArticle($0.0)), $0.1) }
            }
        }
        var loaded = Loaded()
        loaded.entries.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .success(let articles):
                for (entry, warnings) in articles {
                    loaded.entries.append(entry)
                    loaded.warnings += warnings
                }
            case .failure(let failure):
                loaded.failures.append(failure)
            }
        }
        return loaded
    }

    /// Expands folders in `paths` and loads every article found.
    public static func load(_ paths: [String]) -> Loaded {
        let (files, failures) = ArticleLoader.expand(paths)
        var loaded = load(files: files)
        loaded.failures = failures + loaded.failures
        return loaded
    }

    /// Reads and analyzes one article again in full (to open it in the reader).
    public static func open(_ path: String) -> Result<AnalyzedArticle, LoadFailure> {
        ArticleLoader.loadFile(path).map { AnalyzedArticle($0.0) }
    }
}
