/// RSS 2.0 (`rss/channel/item`), RSS 1.0 (`rdf:RDF` with `item` beside `channel`) and
/// Atom 1.0 (`feed/entry`): one article per item or entry. Elements are matched by
/// local name, so any namespace prefix works (`content:encoded`, `dc:creator`).
enum FeedReader {
    static func rss(_ root: XMLElement) throws(LoadFailureReason) -> [ExtractedArticle] {
        let channel = root.child("channel")
        let source = channel?.child("title")?.text()
        // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
        let items = (channel?.children("item") ?? []) + root.children("item")
        var articles: [ExtractedArticle] = []
        for item in items {
            var builder = ExtractedTextBuilder()
            let headline = item.child("title")?.text()
            builder.headline(headline)
            let author = item.child("creator")?.text() ?? (item.child("author")?.text()).map(authorName)
            builder.line(BodyText.bylineLine(author), role: .byline)
            let body: [ExtractedBlock]
            if let encoded = item.child("encoded")?.text(), FormatText.clean(encoded) != nil {
                body = try BodyText.html(encoded)
            } else if let description = item.child("description")?.text() {
                body = try BodyText.html(description)
            } else {
                body = []
            }
            builder.blocks(BodyText.droppingHeadline(body, headline))
            var metadata = ArticleMetadata()
            metadata.date = DateNormalizing.iso(item.child("pubdate")?.text() ?? item.child("date")?.text())
            metadata.byline = BodyText.bylineNames(author)
            metadata.source = source.flatMap(FormatText.clean)
            metadata.url = (item.child("link")?.text() ?? item.attribute("about")).flatMap(FormatText.clean)
            if let article = builder.build(metadata) { articles.append(article) }
        }
        return articles
    }

    /// RSS 2.0 `author` is an address, often with the name in brackets: `desk@paper.example (Jo Bloggs)`.
    private static func authorName(_ author: String) -> String {
        guard author.contains("@"), let open = author.firstIndex(of: "("), let close = author.lastIndex(of: ")"),
              open < close else { return author }
        return String(author[author.index(after: open)..<close])
    }

    static func atom(_ root: XMLElement) throws(LoadFailureReason) -> [ExtractedArticle] {
        let source = try root.child("title").map { element throws(LoadFailureReason) in try text(element) }
        var articles: [ExtractedArticle] = []
        for entry in root.children("entry") {
            var builder = ExtractedTextBuilder()
            let headline = try entry.child("title").map { element throws(LoadFailureReason) in try text(element) }
            builder.headline(headline)
            let authors = entry.children("author").compactMap { $0.child("name")?.text() }.compactMap(FormatText.clean)
            let names = authors.isEmpty ? nil : authors.joined(separator: " and ")
            builder.line(BodyText.bylineLine(names), role: .byline)
            let body: [ExtractedBlock]
            if let content = entry.child("content") ?? entry.child("summary") {
                body = try blocks(content)
            } else {
                body = []
            }
            builder.blocks(BodyText.droppingHeadline(body, headline))
            var metadata = ArticleMetadata()
            metadata.date = DateNormalizing.iso(entry.child("published")?.text() ?? entry.child("updated")?.text())
            metadata.byline = names
            metadata.source = source.flatMap(FormatText.clean)
            let links = entry.children("link")
            let link = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
            metadata.url = link?.attribute("href").flatMap(FormatText.clean)
            if let article = builder.build(metadata) { articles.append(article) }
        }
        return articles
    }

    /// An Atom text construct as one line (a title may be `html` too).
    private static func text(_ element: XMLElement) throws(LoadFailureReason) -> String {
        guard element.attribute("type") != nil, element.attribute("type") != "text" else { return element.text() }
        return try blocks(element).map(\.text).joined(separator: " ")
    }

    /// An Atom content or summary: `text` (the default), `html` (escaped markup), `xhtml` (a div of markup).
    private static func blocks(_ element: XMLElement) throws(LoadFailureReason) -> [ExtractedBlock] {
        switch element.attribute("type") ?? "text" {
        case "html": return try BodyText.html(element.text())
        case "xhtml": return BodyText.markup(element, page: true)
        default: return BodyText.plain(element.text())
        }
    }
}
