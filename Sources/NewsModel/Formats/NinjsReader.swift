/// ninjs 1.x to 3.x, a JSON object with `uri` and `headline` or `headlines`. Field
/// names are read in all their spellings: lower-case (`versioncreated`,
/// `body_html`, `copyrightholder`) and camelCase (`versionCreated`,
/// `copyrightHolder`); `headlines`, `descriptions` and `bodies` are lists of
/// `{value, role, contenttype|contentType}` of which the main one is taken.
enum NinjsReader {
    static func read(_ bytes: [UInt8]) throws(LoadFailureReason) -> ExtractedArticle {
        guard let value = JSONValue.parse(bytes) else { throw .notReadable("not valid JSON") }
        guard let object = value.object, object["uri"]?.string != nil,
              object["headline"] != nil || object["headlines"] != nil else {
            throw .notReadable("JSON that is not a ninjs article (needs uri and headline or headlines)")
        }
        func field(_ names: String...) -> String? {
            for name in names { if let s = object[name]?.string { return s } }
            return nil
        }
        var builder = ExtractedTextBuilder()
        let headline = field("headline") ?? main(object["headlines"])?.value
        builder.headline(headline)
        builder.line(field("description_text") ?? main(object["descriptions"]).map(text), role: .dek)
        let byline = field("byline", "by")
        builder.line(BodyText.bylineLine(byline), role: .byline)
        builder.line(field("located"), role: .dateline)

        var body: [ExtractedBlock] = []
        if let html = field("body_html", "body_xhtml", "bodyHtml", "bodyXhtml") {
            body = try BodyText.html(html)
        } else if let text = field("body_text", "bodyText") {
            body = BodyText.plain(text)
        } else if let entry = main(object["bodies"]) {
            body = entry.isMarkup ? try BodyText.html(entry.value) : BodyText.plain(entry.value)
        }
        builder.blocks(BodyText.droppingHeadline(body, headline))

        var metadata = ArticleMetadata()
        metadata.date = DateNormalizing.iso(field("versioncreated", "versionCreated", "firstcreated", "firstCreated"))
        metadata.byline = BodyText.bylineNames(byline)
        metadata.source = field("copyrightholder", "copyrightHolder").flatMap(FormatText.clean)
        if let uri = field("uri"), uri.hasPrefix("http://") || uri.hasPrefix("https://") {
            metadata.url = FormatText.clean(uri)
        }
        guard let article = builder.build(metadata) else { throw .notReadable("ninjs article without a headline") }
        return article
    }

    private struct Entry {
        var value: String
        var isMarkup: Bool
    }

    /// The entry whose role is main (or has no role), else the first; markup before text among equals.
    private static func main(_ list: JSONValue?) -> Entry? {
        guard let list = list?.array else { return nil }
        let entries: [(role: String?, entry: Entry)] = list.compactMap { element in
            guard let item = element.object, let value = item["value"]?.string else { return nil }
            let type = ((item["contenttype"] ?? item["contentType"])?.string ?? "text/plain").lowercased()
            return (item["role"]?.string, Entry(value: value, isMarkup: type.contains("html")))
        }
        let mains = entries.filter { $0.role == nil || $0.role?.lowercased().hasSuffix("main") == true
            || $0.role?.lowercased().hasSuffix("default") == true }
        let pool = mains.isEmpty ? entries : mains
        return (pool.first { $0.entry.isMarkup } ?? pool.first)?.entry
    }

    private static func text(_ entry: Entry) -> String {
        guard entry.isMarkup, let blocks = try? BodyText.html(entry.value) else { return entry.value }
        return blocks.map(\.text).joined(separator: " ")
    }
}
