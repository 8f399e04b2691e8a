/// A quote or figure kept from an article with its citation: what was said or
/// counted, by whom, and where (headline, date, source, file and offsets).
/// Stored one JSON object a line (JSON Lines) in the clippings file.
public struct Clipping: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case quote, figure }

    public var kind: Kind
    public var text: String
    public var speaker: String?
    public var role: String?
    public var headline: String
    public var date: String?
    public var source: String?
    public var article: String
    public var start: Int
    public var end: Int
    /// When it was clipped: seconds since 1970, UTC.
    public var saved: Int

    public init(kind: Kind, text: String, speaker: String?, role: String?, headline: String, date: String?,
                source: String?, article: String, start: Int, end: Int, saved: Int) {
        self.kind = kind
        self.text = text
        self.speaker = speaker
        self.role = role
        self.headline = headline
        self.date = date
        self.source = source
        self.article = article
        self.start = start
        self.end = end
        self.saved = saved
    }

    /// The fields, in this order, of every export format.
    public static let fields = ["kind", "text", "speaker", "role", "headline", "date", "source", "article", "start", "end", "saved"]

    public var json: JSON {
        .object([
            ("kind", .string(kind.rawValue)),
            ("text", .string(text)),
            ("speaker", .optional(speaker)),
            ("role", .optional(role)),
            ("headline", .string(headline)),
            ("date", .optional(date)),
            ("source", .optional(source)),
            ("article", .string(article)),
            ("start", .int(start)),
            ("end", .int(end)),
            ("saved", .int(saved)),
        ])
    }

    /// A clipping read back from its JSON object; nil when a field is missing or of the wrong type.
    public init?(json: JSON) {
        guard case .object(let fields) = json else { return nil }
        var values: [String: JSON] = [:]
        for (key, value) in fields { values[key] = value }
        func string(_ key: String) -> String? { if case .string(let s)? = values[key] { return s }; return nil }
        func int(_ key: String) -> Int? { if case .int(let i)? = values[key] { return i }; return nil }
        guard let kindText = string("kind"), let kind = Kind(rawValue: kindText), let text = string("text"),
              let headline = string("headline"), let article = string("article"),
              let start = int("start"), let end = int("end"), let saved = int("saved") else { return nil }
        self.init(kind: kind, text: text, speaker: string("speaker"), role: string("role"), headline: headline,
                  date: string("date"), source: string("source"), article: article, start: start, end: end, saved: saved)
    }

    /// How the reader copies a quote: the words in quotation marks, then who said them and where.
    public var citation: String {
        var who = speaker ?? Presentation.unknownSpeaker
        if let role { who += ", " + role }
        var place = [headline]
        if let source { place.append(source) }
        if let date { place.append(date) }
        let quoted = kind == .quote ? "\u{201C}\(text)\u{201D}" : text
        return "\(quoted) \u{2014} \(kind == .quote ? who + ". " : "")\(place.joined(separator: ", ")) (\(article))"
    }
}
