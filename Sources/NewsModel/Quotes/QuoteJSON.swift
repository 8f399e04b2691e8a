/// The `newsroom quotes --json` and `newsroom speakers --json` records. The
/// field order is documented and tests compare it, so it is fixed here.
public enum QuoteJSON {
    /// {"article","text","speaker","kind","start","end","section","paragraph"}, then "role" (the
    /// speaker's first role or null), "speaker_type", "via" and, for a quote over several paragraphs, "parts".
    public static func quote(_ quote: Quote, in analyzed: AnalyzedArticle) -> JSON {
        let speaker = quote.speaker.flatMap { analyzed.speakers.indices.contains($0) ? analyzed.speakers[$0] : nil }
        var fields: [(String, JSON)] = [
            ("article", .string(analyzed.article.path)),
            ("text", .string(quote.text)),
            ("speaker", .optional(speaker?.name)),
            ("kind", .string(quote.kind.rawValue)),
            ("start", .int(quote.range.start)),
            ("end", .int(quote.range.end)),
            ("section", .int(quote.section)),
            ("paragraph", .optional(quote.paragraph)),
            ("role", .optional(speaker?.roles.first)),
            ("speaker_type", .optional(speaker?.kind.rawValue)),
            ("via", .optional(speaker == nil ? nil : quote.via?.rawValue)),
        ]
        if quote.parts.count > 1 {
            fields.append(("parts", .array(quote.parts.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) })))
        }
        return .object(fields)
    }

    public static func quotes(_ items: [(Quote, AnalyzedArticle)]) -> JSON {
        .array(items.map { quote($0.0, in: $0.1) })
    }

    /// {"name","aliases","roles","quotes","articles","type"}
    public static func speaker(_ s: LibrarySpeaker) -> JSON {
        .object([
            ("name", .string(s.name)),
            ("aliases", .array(s.aliases.map(JSON.string))),
            ("roles", .array(s.roles.map(JSON.string))),
            ("quotes", .int(s.quotes.count)),
            ("articles", .int(s.articles)),
            ("type", .string(s.kind.rawValue)),
        ])
    }
}
