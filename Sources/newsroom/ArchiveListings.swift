import ArgumentParser
import NewsArchive
import NewsModel
import NewsTUI

/// `quotes`, `speakers`, `figures` and `sections` answered from the archive,
/// in the same formats as from files.
enum ArchiveListings {
    static func quotes(archive option: String, speakers: [String], nameOnly: Bool, kinds: [String], since: String?,
                       until: String?, format: ExportFormat, painter: Painter = .plain) throws {
        let file = ArchiveAccess.path(option)
        let store = try ArchiveAccess.open(file, mode: .read)
        var quotes: [ArchivedQuote] = []
        var unmatched = 0
        do {
            if speakers.isEmpty {
                quotes = try store.quotes(ArchiveFilter(since: since, until: until))
            } else {
                var seen = Set<ArchivedQuote>()
                for query in speakers {
                    var filter = ArchiveFilter(speaker: query, since: since, until: until)
                    filter.nameOnly = nameOnly
                    let found = try store.quotes(filter)
                    if found.isEmpty {
                        Output.error("newsroom: no speaker matches '\(TerminalText.sanitize(query))'")
                        unmatched += 1
                    }
                    for q in found where seen.insert(q).inserted { quotes.append(q) }
                }
            }
        } catch {
            throw ArchiveAccess.fail(file, error)
        }
        if unmatched > 0, quotes.isEmpty { throw ExitCode(1) }
        if !kinds.isEmpty { quotes = quotes.filter { kinds.contains($0.kind) } }
        if format != .text {
            Output.write(format.render(quotes.map(quoteJSON), columns: Quotes.jsonFields.map { String($0.prefix { $0 != " " }) }))
        } else {
            // The archive keeps names, not the article's speaker numbers: each article's
            // speakers take the reader's colours in the order they first appear here.
            var colourOf: [String: [String: Int]] = [:]
            for (i, q) in quotes.enumerated() {
                if i > 0 { Output.write("\n") }
                let who = Presentation.speakerLabelParts(q.speaker, unnamed: q.speakerType == SpeakerKind.unnamed.rawValue,
                                                        via: q.via.flatMap(SpeakerVia.init(rawValue:)))
                var index: Int?
                if let name = q.speaker {
                    let known = colourOf[q.path, default: [:]]
                    index = known[name] ?? known.count
                    colourOf[q.path, default: [:]][name] = index
                }
                Output.write(QuoteText.block(text: q.text, who: who, speakerIndex: index, kind: q.kind, path: q.path,
                                             place: q.place, painter: painter))
            }
        }
        Output.flush()
    }

    /// The fields of `QuoteJSON.quote`, in its order.
    static func quoteJSON(_ q: ArchivedQuote) -> JSON {
        var fields: [(String, JSON)] = [
            ("article", .string(q.path)), ("text", .string(q.text)), ("speaker", .optional(q.speaker)),
            ("kind", .string(q.kind)), ("start", .int(q.range.start)), ("end", .int(q.range.end)),
            ("section", .int(q.section)), ("paragraph", .optional(q.paragraph)), ("role", .optional(q.role)),
            ("speaker_type", .optional(q.speakerType)), ("via", .optional(q.speaker == nil ? nil : q.via)),
        ]
        if q.parts.count > 1 {
            fields.append(("parts", .array(q.parts.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) })))
        }
        return .object(fields)
    }

    static func speakers(archive option: String, filter: ArchiveFilter, unnamed: Bool, format: ExportFormat,
                         painter: Painter = .plain) throws {
        let file = ArchiveAccess.path(option)
        let store = try ArchiveAccess.open(file, mode: .read)
        let sources: [ArchivedSpeakers]
        do { sources = try store.speakerSources(filter) } catch { throw ArchiveAccess.fail(file, error) }
        Speakers.write(SpeakerIndex(sources).byQuoteCount(), unnamed: unnamed, format: format, painter: painter)
        Output.flush()
    }

    static func figures(archive option: String, filter: ArchiveFilter, kinds: [String], check: Bool, verbose: Bool,
                        format: ExportFormat) throws {
        let file = ArchiveAccess.path(option)
        let store = try ArchiveAccess.open(file, mode: .read)
        let articles: [ArchivedFigures]
        do { articles = try store.figures(filter) } catch { throw ArchiveAccess.fail(file, error) }
        let wanted = kinds.isEmpty ? nil : Set(kinds.compactMap(FigureKind.init(rawValue:)))
        if check {
            if format != .text {
                var items: [JSON] = []
                for a in articles {
                    for c in a.conflicts where a.figures.indices.contains(c.first) && a.figures.indices.contains(c.second) {
                        items.append(.object([
                            ("article", .string(a.path)), ("reason", .string(c.reason)),
                            ("first", FigureJSON.figure(a.figures[c.first], article: a.path)),
                            ("firstSentence", .string(a.sentences[c.first] ?? "")),
                            ("second", FigureJSON.figure(a.figures[c.second], article: a.path)),
                            ("secondSentence", .string(a.sentences[c.second] ?? "")),
                        ]))
                    }
                }
                Output.write(format.render(items, columns: Figures.conflictFields))
            } else {
                let shown = verbose ? articles : articles.filter { !$0.conflicts.isEmpty }
                for (i, a) in shown.enumerated() {
                    if i > 0 { Output.write("\n") }
                    Output.write(FigureText.conflicts(path: a.path, headline: a.headline, figures: a.figures,
                                                      conflicts: a.conflicts, sentence: { a.sentences[$0] ?? "" }))
                }
            }
            Output.flush()
            if articles.contains(where: { !$0.conflicts.isEmpty }) { throw ExitCode(ExitStatus.partial) }
            return
        }
        if format != .text {
            let items = articles.flatMap { a in
                a.figures.filter { wanted?.contains($0.kind) ?? true }.map { FigureJSON.figure($0, article: a.path) }
            }
            Output.write(format.render(items, columns: Figures.jsonFields))
        } else {
            for (i, a) in articles.enumerated() {
                if i > 0 { Output.write("\n") }
                Output.write(FigureText.figures(path: a.path, headline: a.headline,
                                                figures: a.figures.filter { wanted?.contains($0.kind) ?? true }))
            }
        }
        Output.flush()
    }

    static func sections(archive option: String, format: ExportFormat, painter: Painter = .plain) throws {
        let file = ArchiveAccess.path(option)
        let store = try ArchiveAccess.open(file, mode: .read)
        let articles: [ArchivedSections]
        do { articles = try store.sections(ArchiveFilter()) } catch { throw ArchiveAccess.fail(file, error) }
        if format != .text {
            Output.write(format.render(articles.map { a in
                .object([
                    ("article", .string(a.path)), ("format", .string(a.format)), ("headline", .string(a.headline)),
                    ("date", .optional(a.date)), ("byline", .optional(a.byline)), ("source", .optional(a.source)),
                    ("url", .optional(a.url)),
                    ("sections", .array(a.sections.enumerated().map { i, s in
                        .object([("index", .int(i)), ("heading", .optional(s.heading)), ("start", .int(s.range.start)),
                                 ("end", .int(s.range.end)), ("paragraphs", .int(s.paragraphs))])
                    })),
                ])
            }, columns: Sections.jsonFields))
        } else {
            for (i, a) in articles.enumerated() {
                if i > 0 { Output.write("\n") }
                Output.write(Sections.outline(path: a.path, headline: a.headline,
                                              sections: a.sections.enumerated().map { ($0, $1.heading, $1.paragraphs) },
                                              painter: painter))
            }
        }
        Output.flush()
    }
}
