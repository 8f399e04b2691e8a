import ArgumentParser
import NewsArchive
import NewsModel
import NewsTUI

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List direct quotations with their speakers.")

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Only quotes by speakers matching this name, alias, name prefix or role (repeat for several).",
                               discussion: "A query that is exactly someone's name or one of its forms keeps that person "
                                   + "only; otherwise every match is listed, grouped by person, best match first. "
                                   + "A query with no match: a message on standard error and exit status 1."))
    var speaker: [String] = []

    @Flag(help: "With --speaker, match only names and their forms, not roles or descriptions (\"the minister\").")
    var nameOnly = false

    @Option(help: "Only quotes of this kind: full, partial or scare (repeat for several).")
    var kind: [String] = []

    /// The fields of `--json`, in order; a CLI test holds them to the output.
    static let jsonFields = ["article", "text", "speaker", "kind", "start", "end", "section", "paragraph", "role",
                             "speaker_type", "via", "parts (a quote over several paragraphs)"]

    @Flag(help: ArgumentHelp("Print one JSON array of {\(jsonFields.joined(separator: ", "))}.",
                             discussion: "speaker_type: person, organization, unnamed (a source the article does not "
                                 + "name, as written: \"a spokesman for the port\") or null. via: how the speaker was "
                                 + "found: name (in the quote's attribution), pronoun, description, continuation (no "
                                 + "attribution of its own: the speaker before it) or introduction (a paragraph ending "
                                 + "with a colon); null with no speaker."))
    var json = false

    @Option(help: ExportFormat.help)
    var format: ExportFormat?

    @OptionGroup var archived: ArchiveOptions

    @OptionGroup var colour: ColorOptions

    func validate() throws {
        _ = try ExportFormat.resolve(format, json: json)
        for kind in kind where QuoteKind(rawValue: kind) == nil {
            throw ValidationError("--kind must be full, partial or scare")
        }
        if nameOnly, speaker.isEmpty { throw ValidationError("--name-only goes with --speaker") }
        try archived.check(paths: input.paths)
    }

    func run() throws {
        if let archive = archived.archive {
            return try ArchiveListings.quotes(archive: archive, speakers: speaker, nameOnly: nameOnly, kinds: kind,
                                              since: archived.since, until: archived.until, format: ExportFormat.resolve(format, json: json),
                                              painter: colour.painter)
        }
        let format = try ExportFormat.resolve(format, json: json)
        if !speaker.isEmpty { return try bySpeaker(format: format) }
        let painter = colour.painter
        let wanted = kind.isEmpty ? nil : Set(kind.compactMap(QuoteKind.init(rawValue:)))
        var stream = try ArticleStream(input)
        if format != .text {
            let columns = Self.jsonFields.map { String($0.prefix { $0 != " " }) }
            var writer = RecordWriter(format: format, columns: columns)
            stream.forEachAnalyzed(.quotes, { a in
                a.quotes.filter { wanted?.contains($0.kind) ?? true }.map {
                    RenderedRecord(QuoteJSON.quote($0, in: a), format: format, columns: columns)
                }
            }, consume: { writer.write($0) })
            writer.finish(articlesLoaded: stream.loaded > 0)
        } else {
            var first = true
            stream.forEachAnalyzed(.quotes, { a in
                a.quotes.filter { wanted?.contains($0.kind) ?? true }.map { QuoteText.block($0, in: a, painter: painter) }
            }, consume: { blocks in
                for block in blocks {
                    if !first { Output.write("\n") }
                    first = false
                    Output.write(block)
                }
            })
        }
        try stream.finish()
    }

    /// `--speaker`: the speakers are matched across all articles before anything is
    /// printed. The articles are analyzed as they stream; each leaves its speakers
    /// and its quotes already rendered (the size of the output, not of the articles).
    private func bySpeaker(format: ExportFormat) throws {
        let painter = colour.painter
        let columns = Self.jsonFields.map { String($0.prefix { $0 != " " }) }
        var stream = try ArticleStream(input)
        var articles: [RenderedQuotes] = []
        stream.forEachAnalyzed(.quotes, { a in
            RenderedQuotes(speakers: a.speakers, quoteSpeakers: a.quoteSpeakers, ranges: a.quotes.map(\.range),
                           kinds: a.quotes.map(\.kind), records: a.quotes.map { quote in
                               format == .text ? RenderedRecord(text: Array(QuoteText.block(quote, in: a, painter: painter).utf8))
                                   : RenderedRecord(QuoteJSON.quote(quote, in: a), format: format, columns: columns)
                           })
        }, consume: { articles.append($0) })
        guard stream.loaded > 0 else { return try stream.finish() }
        let index = SpeakerIndex(articles)
        var people: [LibrarySpeaker] = []
        var unmatched = 0
        for query in speaker {
            let found = index.selection(query, nameOnly: nameOnly)
            if found.isEmpty {
                Output.error("newsroom: no speaker matches '\(TerminalText.sanitize(query))'")
                unmatched += 1
            }
            for person in found where !people.contains(person) { people.append(person) }
        }
        // Grouped by person, best match first; each person's quotes in reading order.
        var selected: [QuoteLocation] = []
        for person in people {
            selected += person.quotes.sorted {
                ($0.article, articles[$0.article].ranges[$0.quote]) < ($1.article, articles[$1.article].ranges[$1.quote])
            }
        }
        if unmatched > 0, selected.isEmpty {
            try stream.finish()
            throw ExitCode(1)
        }
        if !kind.isEmpty {
            let wanted = Set(kind.compactMap(QuoteKind.init(rawValue:)))
            selected = selected.filter { wanted.contains(articles[$0.article].kinds[$0.quote]) }
        }
        if format != .text {
            var writer = RecordWriter(format: format, columns: columns)
            for l in selected { writer.write(articles[l.article].records[l.quote]) }
            writer.finish(articlesLoaded: true)
        } else {
            for (i, l) in selected.enumerated() {
                if i > 0 { Output.write("\n") }
                Output.write(bytes: articles[l.article].records[l.quote].text)
            }
        }
        try stream.finish()
    }

    /// What `--speaker` keeps of an article: its speakers, and each quote's place, kind and output.
    private struct RenderedQuotes: SpeakerSource, Sendable {
        var speakers: [Speaker]
        var quoteSpeakers: [Int?]
        var ranges: [SourceRange]
        var kinds: [QuoteKind]
        var records: [RenderedRecord]
    }
}

/// One quote as a text block: the quote, then who, where and what kind.
enum QuoteText {
    static func block(_ quote: Quote, in a: AnalyzedArticle, painter: Painter = .plain) -> String {
        let unnamed = quote.speaker.map { a.speakers.indices.contains($0) && a.speakers[$0].kind == .unnamed } ?? false
        let who = Presentation.speakerLabelParts(a.speakerName(of: quote), unnamed: unnamed, via: quote.via)
        return block(text: quote.text, who: who, speakerIndex: quote.speaker, kind: quote.kind.rawValue, path: a.article.path,
                     place: Presentation.place(of: quote, in: a.article), painter: painter)
    }

    /// The block from its parts (the archive keeps these, not the article).
    /// `who`: the speaker label's name and marks (`Presentation.speakerLabelParts`); a
    /// found speaker's name is painted in their colour (`speakerIndex`, as the reader's).
    static func block(text: String, who: (who: String, marks: String), speakerIndex: Int?, kind: String, path: String,
                      place: String, painter: Painter = .plain) -> String {
        var out = TerminalText.sanitize("\u{201C}\(Presentation.oneLine(text))\u{201D}") + "\n"
        let name = TerminalText.sanitize(who.who)
        out += "  \u{2014} " + (speakerIndex != nil ? painter.speaker(name, index: speakerIndex) : name)
        out += TerminalText.sanitize(who.marks) + " [\(TerminalText.sanitize(kind))]\n"
        out += TerminalText.sanitize("  \(path) \u{00B7} \(place)") + "\n"
        return out
    }
}
