import ArgumentParser
import NewsModel
#if canImport(Glibc)
import Glibc
#endif

/// The PATH arguments every command takes, and loading them with the
/// documented errors and exit status.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Article files, folders (searched recursively) or - for standard input.",
                                 valueName: "PATH"))
    var paths: [String] = []

    /// Where the bundled articles are: beside the executable's package, or the working
    /// folder; nil for an installed binary run elsewhere (it ships no articles).
    static func bundledArticles() -> String? {
        let candidates = [executableDirectory().map { $0 + "/../../../Fixtures/articles" },
                          executableDirectory().map { $0 + "/../share/newsroom/articles" },
                          "Fixtures/articles"].compactMap { $0 }
        for candidate in candidates {
            var info = stat()
            if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return DisplayPath.readable(candidate) }
        }
        return nil
    }

    /// What to do with no PATH and no bundled articles: open some.
    static let howToOpen = """
        newsroom: no articles given, and none are bundled here. Open some:
          newsroom story.txt                  one article (\(LoadFailureReason.extensionList))
          newsroom ~/news/                    a folder, searched recursively
          cat story.txt | newsroom -          an article on standard input
        newsroom --help lists the commands.
        """

    /// The PATHs given, or the bundled articles; throws exit 2 after saying how to open articles when there are none.
    func pathsOrBundled() throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let bundled = Self.bundledArticles() else {
            Output.error(Self.howToOpen)
            throw ExitCode(ExitStatus.usage)
        }
        return [bundled]
    }

    private static func executableDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let path = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }


    /// Loads the inputs, reporting every failure and warning on standard error.
    /// Throws exit status 2 when nothing loaded.
    func load() throws -> LoadedInputs {
        let result = ArticleLoader.load(try pathsOrBundled())
        for warning in result.warnings { Output.warning(warning.path, warning.message) }
        for failure in result.failures { Output.failure(failure.path, failure.reason.description) }
        if result.articles.isEmpty {
            if result.failures.isEmpty { Output.error("newsroom: error: no articles given") }
            throw ExitCode(ExitStatus.usage)
        }
        return LoadedInputs(articles: result.articles, skipped: result.failures.count)
    }
}

struct LoadedInputs {
    let articles: [Article]
    let skipped: Int

    /// Exit 1 after the output when some inputs were skipped.
    func finish() throws {
        Output.flush()
        if skipped > 0 { throw ExitCode(ExitStatus.partial) }
    }
}
