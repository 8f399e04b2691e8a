import ArgumentParser
import NewsArchive
import NewsModel
#if canImport(Glibc)
import Glibc
#endif

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search of the archive, best matches first (bm25).",
        discussion: """
            QUERY: words (all must match; case and accents ignored), "a phrase", a prefix (ceasefir*), \
            AND, OR, NOT (capitals) and parentheses: 'truce OR ceasefire', '"energy facilities" NOT Russia'. \
            A malformed query exits 2. Matches are marked **like this** (bold on a terminal).
            """)

    @Argument(help: ArgumentHelp("The search query.", valueName: "QUERY"))
    var query: String

    @Option(help: ArgumentHelp("Only articles quoting a speaker matching Q (name, alias, prefix or role).", valueName: "Q"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only articles dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only articles dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("Only articles from this source (case-insensitive).", valueName: "S"))
    var source: String?

    @Option(help: "At most this many results.")
    var limit = 20

    @Option(help: ArgumentHelp("text, json (one array) or jsonl (one object a line).", valueName: "F"))
    var format = "text"

    @Option(help: ArgumentHelp("The archive file (default: $XDG_DATA_HOME/newsroom/archive.sqlite).", valueName: "FILE"))
    var archive: String?

    func validate() throws {
        guard ["text", "json", "jsonl"].contains(format) else { throw ValidationError("--format must be text, json or jsonl") }
        guard limit > 0 else { throw ValidationError("--limit must be 1 or more") }
        try ArchiveAccess.checkDay(since, "--since")
        try ArchiveAccess.checkDay(until, "--until")
    }

    func run() throws {
        let file = ArchiveAccess.path(archive ?? "")
        let store = try ArchiveAccess.open(file, mode: .read)
        let request = SearchRequest(query: query, filter: ArchiveFilter(speaker: speaker, since: since, until: until,
                                                                        source: source), limit: limit)
        let hits: [SearchHit]
        do { hits = try store.search(request) } catch { throw ArchiveAccess.fail(file, error) }
        switch format {
        case "json":
            Output.write(JSON.array(hits.map { .object(Self.fields($0)) }).serialized())
        case "jsonl":
            for hit in hits { Output.write(CompactJSON.object(Self.fields(hit)) + "\n") }
        default:
            let bold = isatty(1) == 1 && getenv("NO_COLOR") == nil
            for (i, hit) in hits.enumerated() {
                if i > 0 { Output.write("\n") }
                Output.write(TerminalText.sanitize("\(i + 1). \(Presentation.oneLine(hit.headline))") + "\n")
                let about = [hit.date, hit.source, hit.path].compactMap { $0 }.joined(separator: " \u{00B7} ")
                Output.write("   " + TerminalText.sanitize(about) + "\n")
                Output.write("   " + Self.marked(hit.snippet, bold: bold) + "\n")
            }
            if hits.isEmpty { Output.error("newsroom: no matches") }
        }
        Output.flush()
    }

    /// {"path","headline","date","source","score","snippet"}
    static func fields(_ hit: SearchHit) -> [(String, JSON)] {
        [("path", .string(hit.path)), ("headline", .string(hit.headline)), ("date", .optional(hit.date)),
         ("source", .optional(hit.source)), ("score", .number(hit.score)),
         ("snippet", .string(marked(hit.snippet, bold: false)))]
    }

    /// The snippet on one line, sanitized, its matches between `**` (or bold).
    static func marked(_ snippet: String, bold: Bool) -> String {
        let flat = TerminalText.sanitize(Presentation.oneLine(snippet))
        var out = String.UnicodeScalarView()
        for c in flat.unicodeScalars {
            switch c {
            case SearchHit.markStart: out.append(contentsOf: (bold ? "\u{1B}[1m" : "**").unicodeScalars)
            case SearchHit.markEnd: out.append(contentsOf: (bold ? "\u{1B}[22m" : "**").unicodeScalars)
            default: out.append(c)
            }
        }
        return String(out)
    }
}

/// One JSON object on one line (for `--format jsonl`).
enum CompactJSON {
    static func object(_ fields: [(String, JSON)]) -> String {
        "{" + fields.map { value(.string($0.0)) + ":" + value($0.1) }.joined(separator: ",") + "}"
    }

    static func value(_ v: JSON) -> String {
        switch v {
        case .array(let items): return "[" + items.map(value).joined(separator: ",") + "]"
        case .object(let fields): return object(fields)
        default:
            var s = v.serialized()
            s.removeLast()  // serialized() ends with a newline; scalars print on one line
            return s
        }
    }
}
