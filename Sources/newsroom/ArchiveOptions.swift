import ArgumentParser
import NewsArchive

/// `--archive [FILE]`, `--since` and `--until`: the listing commands answer from the archive with them.
struct ArchiveOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Answer from the archive instead of files (FILE, or the default archive when bare).",
                               valueName: "FILE"))
    var archive: String?

    @Option(help: ArgumentHelp("With --archive: only articles dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("With --archive: only articles dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    /// The dates as an archive filter.
    var filter: ArchiveFilter { ArchiveFilter(since: since, until: until) }

    /// Refuses PATH arguments with --archive, and dates without it.
    func check(paths: [String]) throws {
        try ArchiveAccess.checkOptions(archive: archive, paths: paths, since: since, until: until)
    }
}
