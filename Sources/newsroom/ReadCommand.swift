import ArgumentParser
import NewsArchive
import NewsModel
import NewsTUI
#if canImport(Glibc)
import Glibc
#endif

/// The full-screen reader, Newsroom's default command.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles full screen: library, sections, quotes, figures, speaker search (the default).",
        discussion: """
            PATH#N opens the article at section N; for a feed or a NewsML-G2 package PATH#N is its \
            item N and PATH#N#S opens that item at section S. Needs a terminal: when standard input or output \
            is not one, or TERM is unset, unknown or dumb, it exits 2 (use `newsroom show`). \
            Press ? in the reader for the keys.
            """)

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Open the (first) article at section N (0 is the opening).", valueName: "N"))
    var section: Int?

    @Option(help: ArgumentHelp("Start with a speaker search for Q.", valueName: "Q"))
    var speaker: String?

    @Option(help: ArgumentHelp("Colours: never, auto (unless NO_COLOR is set) or always.", valueName: "WHEN"))
    var color: ColorMode = .auto

    @Flag(help: ArgumentHelp("Print the reader's timings without a terminal.", visibility: .hidden))
    var benchmark = false

    func validate() throws {
        if let section, section < 0 { throw ValidationError("--section must be 0 or more") }
    }

    func run() throws {
        let started = Clock.now()
        DisplayWidth.prepareLocale()
        if benchmark {
            try ReadBenchmark.run(try input.pathsOrBundled(), started: started)
            return
        }
        // Settings first: an invalid file is the error to fix, terminal or not; then
        // with no PATH and nothing bundled, how to open articles.
        let settings = try Settings.load(path: UserFiles.configFile)
        // No PATH: the archive when there is one (with articles), else the bundled articles.
        let archive = input.paths.isEmpty ? try Self.defaultArchive() : nil
        if input.paths.isEmpty && archive == nil { _ = try input.pathsOrBundled() }
        // `cat story.txt | newsroom -`: the article comes from standard input, keys from the terminal.
        let keysFromTerminal = isatty(0) != 1 && input.paths.contains("-")
        if let reason = MainActor.assumeIsolated({ CursesTerminal.preflight(keysFromTerminal: keysFromTerminal) }) {
            Output.error("newsroom: error: not a terminal: \(reason) (try: newsroom show PATH)")
            throw ExitCode(ExitStatus.usage)
        }
        let (paths, sectionOf) = Self.splitSections(input.paths)
        let load: LibraryLoad
        if let (store, name) = archive {
            do { load = try LibraryLoad(archive: store, named: name) } catch { throw ArchiveAccess.fail(name, error) }
        } else {
            load = LibraryLoad(paths: paths.isEmpty ? try input.pathsOrBundled() : paths.map(DisplayPath.readable))
        }
        report(load.failures, load.warnings)
        let entries = load.first
        if entries.isEmpty && load.background == nil {
            if load.failures.isEmpty { Output.error("newsroom: error: no articles given") }
            throw ExitCode(ExitStatus.usage)
        }

        var open: (article: Int, section: Int)?
        if let (path, n) = sectionOf, let i = entries.firstIndex(where: { $0.path == DisplayPath.readable(path) }) {
            open = (i, n)
        } else if let section {
            open = (0, section)
        }
        var firstFrame: Double?
        let background = load.background
        let (memory, memoryProblem) = Keep.loadMemory()
        let directory = DisplayPath.currentDirectory()
        let status = MainActor.assumeIsolated {
            CursesTerminal.run({ width, height in
                var state = AppState(entries: entries, source: load.source, width: width, height: height, open: open,
                                     speaker: speaker, memory: memory, directory: directory, settings: settings)
                state.loadingRemaining = background?.total ?? 0
                if let (store, _) = archive { state.archiveSearch = ArchiveFullText(archive: store) }
                if let memoryProblem { state.notice = memoryProblem }
                return state
            }, more: { background?.take() }, keysFromTerminal: keysFromTerminal, keeping: Keep.keeping, colour: color,
               onFirstFrame: { firstFrame = Clock.now() - started })
        }
        if getenv("NEWSROOM_TIMING") != nil, let firstFrame {
            Output.error("newsroom: first frame after \(Int(firstFrame * 1000)) ms (\(entries.count) articles ready)")
        }
        if status != 0 { throw ExitCode(status) }
        var failed = !load.failures.isEmpty
        if let background {
            let (failures, warnings) = background.problems()
            report(failures, warnings)
            failed = failed || !failures.isEmpty
        }
        Output.flush()
        if failed { throw ExitCode(ExitStatus.partial) }
    }

    /// The default archive when it exists and holds articles; nil otherwise. An archive that
    /// exists but cannot be read is its one-line error and status, as for `search`.
    static func defaultArchive() throws -> (SQLiteArchive, String)? {
        let path = ArchiveAccess.defaultPath()
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        do {
            let store = try SQLiteArchive(path: path, mode: .read)
            return try store.articleCount() > 0 ? (store, path) : nil
        } catch .missing {
            return nil
        } catch {
            throw ArchiveAccess.fail(path, error)
        }
    }

    private func report(_ failures: [LoadFailure], _ warnings: [LoadWarning]) {
        for warning in warnings { Output.warning(warning.path, warning.message) }
        for failure in failures { Output.failure(failure.path, failure.reason.description) }
    }

    /// `PATH#N` names section N of PATH when PATH exists and PATH#N does not, unless PATH is a
    /// feed or package, whose `PATH#N` is item N (`PATH#N#S`: section S of item N).
    static func splitSections(_ paths: [String]) -> ([String], (String, Int)?) {
        var result: [String] = []
        var open: (String, Int)?
        for path in paths {
            var info = stat()
            if let hash = path.lastIndex(of: "#"), stat(path, &info) != 0,
               let n = Int(path[path.index(after: hash)...]), n >= 0,
               !ItemAddress.holdsItems(String(path[..<hash])) {
                let file = String(path[..<hash])
                result.append(file)
                if open == nil { open = (file, n) }
            } else {
                result.append(path)
            }
        }
        return (result, open)
    }
}

/// Seconds on the monotonic clock.
enum Clock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
