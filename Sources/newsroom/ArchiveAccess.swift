import ArgumentParser
import NewsArchive
import NewsModel
#if canImport(Glibc)
import Glibc
#endif

/// Where the archive is and opening it with the documented errors.
enum ArchiveAccess {
    /// `$XDG_DATA_HOME/newsroom/archive.sqlite`, else `~/.local/share/newsroom/archive.sqlite`.
    static func defaultPath() -> String {
        if let data = environment("XDG_DATA_HOME"), data.hasPrefix("/") { return data + "/newsroom/archive.sqlite" }
        let home = environment("HOME") ?? "."
        return home + "/.local/share/newsroom/archive.sqlite"
    }

    /// The archive an `--archive` option names: its FILE, or the default when given bare.
    static func path(_ option: String) -> String { option.isEmpty || option == bare ? defaultPath() : option }

    /// What a bare `--archive` becomes before parsing (a control character: no file is named so).
    static let bare = "\u{1}"

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let s = String(cString: value)
        return s.isEmpty ? nil : s
    }

    /// Opens the archive or reports `newsroom: error: FILE: reason` and exits with its status.
    static func open(_ path: String, mode: SQLiteArchive.Mode) throws -> SQLiteArchive {
        if mode == .write { makeFolders(of: path) }
        do {
            return try SQLiteArchive(path: path, mode: mode)
        } catch {
            throw fail(path, error)
        }
    }

    /// Reports an archive error and returns the exit to throw.
    static func fail(_ path: String, _ error: ArchiveError) -> ExitCode {
        if case .malformedQuery = error {
            Output.error("newsroom: error: \(TerminalText.sanitize(error.description))")
        } else {
            Output.failure(path, error.description)
        }
        return ExitCode(error.exitStatus)
    }

    /// `mkdir -p` of the archive's folder (the default one may not exist yet).
    private static func makeFolders(of path: String) {
        var folder = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (i, part) in parts.enumerated() {
            folder += (i == 0 ? "" : "/") + part
            if !folder.isEmpty { mkdir(folder, 0o755) }
        }
    }

    /// `--archive` given without a FILE becomes `--archive=\u{1}` (the default archive):
    /// ArgumentParser's options always take a value.
    static func normalize(_ arguments: [String]) -> [String] {
        var out: [String] = []
        for (i, arg) in arguments.enumerated() {
            if arg == "--" { out += arguments[i...]; break }
            if arg == "--archive", i + 1 >= arguments.count || arguments[i + 1].hasPrefix("-") {
                out.append("--archive=" + bare)
            } else {
                out.append(arg)
            }
        }
        return out
    }

    /// `--archive` answers from the archive alone; `--since`/`--until` need it.
    static func checkOptions(archive: String?, paths: [String], since: String?, until: String?) throws {
        if archive != nil, !paths.isEmpty {
            throw ValidationError("--archive answers from the archive: give no PATH with it")
        }
        if archive == nil, since != nil || until != nil {
            throw ValidationError("--since and --until need --archive")
        }
        try checkDay(since, "--since")
        try checkDay(until, "--until")
    }

    static func checkDay(_ value: String?, _ name: String) throws {
        if let value, !ArticleDate.isDay(value) {
            throw ValidationError("\(name) takes a day as YYYY-MM-DD, not '\(value)'")
        }
    }
}
