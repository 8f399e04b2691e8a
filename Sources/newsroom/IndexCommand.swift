import ArgumentParser
import NewsArchive
import NewsModel
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add or update articles in the archive (SQLite with full-text search).",
        discussion: """
            Unchanged files (same path, size and modification time, then the same content) are skipped; \
            a file moved elsewhere is recognised by its content and not analyzed again. Work is committed \
            in batches: Ctrl-C (or a crash) keeps what was committed and the next run continues. \
            Exit status: 0 done, 1 some files were skipped (reported), 2 usage error, 3 the archive cannot \
            be read, 4 it cannot be written (read-only, disk full), 130 (143) interrupted by SIGINT (SIGTERM).
            """)

    @Argument(help: ArgumentHelp("Article files or folders (searched recursively).", valueName: "PATH"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The archive file (default: $XDG_DATA_HOME/newsroom/archive.sqlite).", valueName: "FILE"))
    var archive: String?

    @Flag(help: "Start over: remove every archived article first.")
    var rebuild = false

    @Flag(help: "Remove archived articles whose files are gone.")
    var prune = false

    func validate() throws {
        if paths.contains("-") { throw ValidationError("standard input cannot be indexed; give files or folders") }
        if paths.isEmpty && !prune && !rebuild { throw ValidationError("give the files or folders to index") }
    }

    func run() throws {
        Interrupt.install()
        let file = ArchiveAccess.path(archive ?? "")
        let store = try ArchiveAccess.open(file, mode: .write)
        let started = Clock.now()
        var bar = ProgressBar(enabled: isatty(2) == 1, started: started)
        let summary: IndexSummary
        do {
            if rebuild { try store.removeAll() }
            summary = try ArchiveIndexer(store: store).run(paths, prune: prune, progress: { bar.show($0) },
                shouldStop: { Interrupt.signal != nil }, onStale: { count in
                    bar.clear()
                    Output.error("newsroom: re-analyzing \(count) article\(count == 1 ? "" : "s") indexed by an older analyzer")
                })
            try store.checkpoint()
        } catch {
            bar.clear()
            throw ArchiveAccess.fail(file, error)
        }
        bar.clear()
        for warning in summary.warnings { Output.warning(warning.path, warning.message) }
        for failure in summary.failures { Output.failure(failure.path, failure.reason.description) }
        let seconds = Clock.now() - started
        var parts = ["\(summary.added) added", "\(summary.updated) updated"]
        if summary.reanalyzed > 0 { parts.append("\(summary.reanalyzed) re-analyzed") }
        parts += ["\(summary.moved) moved", "\(summary.unchanged) unchanged", "\(summary.removed) removed"]
        let verb = summary.interrupted ? "interrupted after" : "indexed"
        Output.write("\(verb) \(summary.files) files in \(ProgressBar.seconds(seconds)): " + parts.joined(separator: ", ")
                     + "; \(summary.total) articles in \(TerminalText.sanitize(file))\n")
        Output.flush()
        if summary.interrupted {
            Output.error("newsroom: interrupted: what was committed is kept; run index again to continue")
            throw ExitCode(128 + (Interrupt.signal ?? SIGINT))
        }
        if !summary.failures.isEmpty { throw ExitCode(ExitStatus.partial) }
    }

}

/// SIGINT and SIGTERM during `index`: the first is noted and the run stops after the
/// batch being written; a second ends the process at once (what was committed stays).
/// A handler, not a blocked mask: the archive's threads exist before any mask could be set.
enum Interrupt {
    private static let received = Atomic<Int32>(0)

    static var signal: Int32? {
        let s = received.load(ordering: .relaxed)
        return s == 0 ? nil : s
    }

    static func install() {
        for s in [SIGINT, SIGTERM] {
            _ = Glibc.signal(s) { number in
                // Atomics and _exit are async-signal-safe.
                let (exchanged, _) = Interrupt.received.compareExchange(expected: 0, desired: number, ordering: .relaxed)
                if !exchanged { _exit(128 + number) }
            }
        }
    }
}

/// `[#####.....] 1200/10000 articles  480/s  ETA 0:18` on standard error, redrawn in place.
struct ProgressBar {
    let enabled: Bool
    let started: Double
    private var lastDraw = 0.0
    private var drawn = false

    init(enabled: Bool, started: Double) {
        self.enabled = enabled
        self.started = started
    }

    mutating func show(_ p: IndexProgress) {
        guard enabled, p.total > 0 else { return }
        let now = Clock.now()
        guard p.done == p.total || now - lastDraw >= 0.1 else { return }
        lastDraw = now
        let elapsed = max(now - started, 0.001)
        let rate = Double(p.done) / elapsed
        let width = 24
        let filled = p.total == 0 ? width : width * p.done / p.total
        var line = "\r\u{1B}[K[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
        line += " \(p.done)/\(p.total) articles  \(Int(rate))/s"
        if p.done > 0, p.done < p.total { line += "  ETA " + Self.clock(Double(p.total - p.done) / rate) }
        Output.error(line, newline: false)
        drawn = true
    }

    mutating func clear() {
        if drawn { Output.error("\r\u{1B}[K", newline: false) }
        drawn = false
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        return "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
    }

    static func seconds(_ s: Double) -> String {
        let tenths = Int((s * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) s"
    }
}
