import ArgumentParser
import NewsArchive
import NewsModel

struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the figures of articles: counts, money, percentages, durations, dates…",
        discussion: """
            Each figure is shown with its value, kind, what it counts (or its unit) and its text. \
            --check lists pairs of figures that count the same thing with different numbers, \
            only for the articles that have some (--verbose: for every article), and exits 1 when \
            there is at least one conflict, 0 when there is none (as diff and grep do).
            """)

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Only figures of this kind (repeat for several): \(FigureKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "K"))
    var kind: [String] = []

    @Flag(help: "Print one JSON array of figures (with --check: of conflicts).")
    var json = false

    @Option(help: ExportFormat.help)
    var format: ExportFormat?

    /// The fields of a figure record, in order (columns of --format csv/tsv).
    static let jsonFields = ["article", "text", "kind", "value", "low", "high", "qualifier", "unit", "counted",
                             "change", "from", "to", "start", "end", "section", "paragraph", "sentence.start",
                             "sentence.end"]
    static let conflictFields = ["article", "reason"]

    @Flag(help: "List figures that count the same thing with different numbers, with both sentences; exit 1 when there are any.")
    var check = false

    @Flag(help: "With --check, also name the articles without conflicts.")
    var verbose = false

    @OptionGroup var archived: ArchiveOptions

    func validate() throws {
        _ = try ExportFormat.resolve(format, json: json)
        for kind in kind where FigureKind(rawValue: kind) == nil {
            throw ValidationError("unknown --kind '\(kind)'; expected one of: "
                                  + FigureKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        try archived.check(paths: input.paths)
    }

    func run() throws {
        if let archive = archived.archive {
            return try ArchiveListings.figures(archive: archive, filter: archived.filter,
                                               kinds: kind, check: check, verbose: verbose,
                                               format: ExportFormat.resolve(format, json: json))
        }
        let wanted = kind.isEmpty ? nil : Set(kind.compactMap(FigureKind.init(rawValue:)))
        let format = try ExportFormat.resolve(format, json: json)
        var stream = try ArticleStream(input)
        if check {
            var conflicts = false
            if format != .text {
                var writer = RecordWriter(format: format, columns: Self.conflictFields)
                stream.forEachAnalyzed(.figures, { a in
                    a.conflicts.map { RenderedRecord(FigureJSON.conflict($0, in: a), format: format, columns: Self.conflictFields) }
                }, consume: { records in
                    if !records.isEmpty { conflicts = true }
                    writer.write(records)
                })
                writer.finish(articlesLoaded: stream.loaded > 0)
            } else {
                let verbose = self.verbose
                var first = true
                stream.forEachAnalyzed(.figures, { a in
                    (conflicts: !a.conflicts.isEmpty, text: verbose || !a.conflicts.isEmpty ? FigureText.conflicts(a) : nil)
                }, consume: { article in
                    if article.conflicts { conflicts = true }
                    guard let text = article.text else { return }
                    if !first { Output.write("\n") }
                    first = false
                    Output.write(text)
                })
            }
            if conflicts {
                Output.flush()
                throw ExitCode(ExitStatus.partial)
            }
        } else if format != .text {
            var writer = RecordWriter(format: format, columns: Self.jsonFields)
            stream.forEachAnalyzed(.figures, { a in
                a.figures.filter { wanted?.contains($0.kind) ?? true }.map {
                    RenderedRecord(FigureJSON.figure($0, article: a.article.path), format: format, columns: Self.jsonFields)
                }
            }, consume: { writer.write($0) })
            writer.finish(articlesLoaded: stream.loaded > 0)
        } else {
            var first = true
            stream.forEachAnalyzed(.figures, { FigureText.figures($0, kind: wanted) }, consume: { text in
                if !first { Output.write("\n") }
                first = false
                Output.write(text)
            })
        }
        try stream.finish()
    }
}

/// The plain-text listings, sanitized for the terminal.
enum FigureText {
    static func header(_ a: AnalyzedArticle) -> String {
        header(path: a.article.path, headline: a.article.headline.text)
    }

    static func header(path: String, headline: String) -> String {
        TerminalText.sanitize("\(path): \(headline)") + "\n"
    }

    static func figures(_ a: AnalyzedArticle, kind: Set<FigureKind>?) -> String {
        figures(path: a.article.path, headline: a.article.headline.text,
                figures: a.figures.filter { kind?.contains($0.kind) ?? true })
    }

    static func figures(path: String, headline: String, figures shown: [Figure]) -> String {
        var out = header(path: path, headline: headline)
        if shown.isEmpty { out += "  (no figures)\n" }
        // The value as the reader shows it (its unit included), in a column as wide as the
        // widest value (at most 16), then the kind and what it counts.
        let values = shown.map(Presentation.figureValue)
        let valueWidth = min(16, max(12, values.map { $0.unicodeScalars.count }.max() ?? 0))
        for (f, value) in zip(shown, values) {
            let columns = [pad(value, valueWidth), pad(f.kind.rawValue, 11), pad(f.counted.map(Presentation.oneLine) ?? "", 24)]
            out += "  " + TerminalText.sanitize(columns.joined(separator: " ") + " \u{201C}" + Presentation.oneLine(f.text) + "\u{201D}") + "\n"
        }
        return out
    }

    static func conflicts(_ a: AnalyzedArticle) -> String {
        conflicts(path: a.article.path, headline: a.article.headline.text, figures: a.figures, conflicts: a.conflicts,
                  sentence: { a.article.source.slice(a.figures[$0].sentence) })
    }

    /// `sentence(i)` is the text of figure i's sentence.
    static func conflicts(path: String, headline: String, figures: [Figure], conflicts: [FigureConflict],
                          sentence: (Int) -> String) -> String {
        var out = header(path: path, headline: headline)
        if conflicts.isEmpty { return out + "  (no conflicting figures)\n" }
        for c in conflicts where figures.indices.contains(c.first) && figures.indices.contains(c.second) {
            let x = figures[c.first], y = figures[c.second]
            out += TerminalText.sanitize("  \u{201C}\(Presentation.oneLine(x.text))\u{201D} vs \u{201C}\(Presentation.oneLine(y.text))\u{201D}: \(c.reason)") + "\n"
            out += TerminalText.sanitize("    - \(Presentation.oneLine(sentence(c.first)))") + "\n"
            out += TerminalText.sanitize("    - \(Presentation.oneLine(sentence(c.second)))") + "\n"
        }
        return out
    }


    private static func pad(_ s: String, _ width: Int) -> String {
        let count = s.unicodeScalars.count
        return count >= width ? s : s + String(repeating: " ", count: width - count)
    }
}
