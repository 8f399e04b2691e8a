import ArgumentParser
import NewsModel

/// The articles of the command line, read, parsed and (when asked) analyzed on
/// all cores, and handed to the command in input order, each as soon as it and
/// every article before it are done. The listing commands print as they go:
/// memory holds the articles of a window of files, not the corpus.
///
/// Messages go to standard error in the same order: the loader's warnings, a
/// file's failure or the extractors' warnings, each when its file is reached.
struct ArticleStream {
    /// Files read and analyzed ahead of the one being printed: enough to keep
    /// every core busy while one slow file holds the output back.
    static let window = 64

    private let files: [String]
    /// Articles handed over so far.
    private(set) var loaded = 0
    /// Inputs that could not be read (reported), so that `finish` exits 1.
    private(set) var skipped: Int

    /// Expands the PATHs (or takes the bundled articles) and reports the ones that do not exist.
    init(_ input: InputOptions) throws {
        let (files, failures) = ArticleLoader.expand(try input.pathsOrBundled())
        for failure in failures { Output.failure(failure.path, failure.reason.description) }
        self.files = files
        skipped = failures.count
    }

    /// What a worker made of one article: the command's result and the extractors' warnings.
    private struct Item<R: Sendable>: Sendable {
        var result: R
        var path: String
        var loaderWarnings: [LoadWarning]
        var warnings: [String]
    }

    /// Parsed articles, given to `make` on the workers; `consume` gets the results in input order.
    mutating func forEach<R: Sendable>(_ make: @escaping @Sendable (Article) -> R, consume: (R) -> Void) {
        run({ article in (make(article), []) }, consume: consume)
    }

    /// The extractors a listing needs: each costs about as much as the other, so a
    /// listing of quotes does not find figures, nor one of figures quotes.
    enum Extractors: Sendable {
        /// Quotes and speakers.
        case quotes
        /// Figures and their conflicts.
        case figures
    }

    /// Analyzed articles, given to `make` on the workers; the article's fields
    /// for the extractors not run are empty.
    mutating func forEachAnalyzed<R: Sendable>(_ extractors: Extractors,
                                               _ make: @escaping @Sendable (AnalyzedArticle) -> R,
                                               consume: (R) -> Void) {
        run({ article in
            switch extractors {
            case .quotes:
                let found = QuoteExtractor.extract(article)
                let analyzed = AnalyzedArticle(article: article, quotes: found.quotes, speakers: found.speakers, figures: [],
                                               conflicts: [], warnings: article.warnings + found.warnings)
                return (make(analyzed), found.warnings)
            case .figures:
                let found = FigureExtractor.extract(article)
                let analyzed = AnalyzedArticle(article: article, quotes: [], speakers: [], figures: found.figures,
                                               conflicts: found.conflicts, warnings: article.warnings)
                return (make(analyzed), [])
            }
        }, consume: consume)
    }

    private mutating func run<R: Sendable>(_ make: @escaping @Sendable (Article) -> (R, [String]),
                                           consume: (R) -> Void) {
        let files = self.files
        var loaded = 0, skipped = 0
        OrderedWork.run(count: files.count, window: Self.window, { i -> Result<[Item<R>], LoadFailure> in
            ArticleLoader.loadArticles(files[i]).map { articles in
                articles.map { article, loaderWarnings in
                    let (result, warnings) = make(article)
                    return Item(result: result, path: article.path, loaderWarnings: loaderWarnings, warnings: warnings)
                }
            }
        }, idle: Output.flush, consume: { file in
            switch file {
            case .failure(let failure):
                Output.failure(failure.path, failure.reason.description)
                skipped += 1
            case .success(let items):
                for item in items {
                    for warning in item.loaderWarnings { Output.warning(warning.path, warning.message) }
                    for warning in item.warnings { Output.warning(item.path, warning) }
                    loaded += 1
                    consume(item.result)
                }
            }
        })
        self.loaded += loaded
        self.skipped += skipped
    }

    /// After the output: exit 2 when nothing loaded (saying so when nothing was
    /// even named), exit 1 when some inputs were skipped.
    func finish() throws {
        Output.flush()
        if loaded == 0 {
            if skipped == 0 { Output.error("newsroom: error: no articles given") }
            throw ExitCode(ExitStatus.usage)
        }
        if skipped > 0 { throw ExitCode(ExitStatus.partial) }
    }
}
