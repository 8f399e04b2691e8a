import CLibXML2

/// A saved web page. Metadata from JSON-LD (`NewsArticle` and kin), else `og:`
/// and `<meta>` tags, else `<h1>`/`<title>`; the body from the JSON-LD
/// `articleBody`, else the `<article>` element with the most text, else the
/// element holding the most paragraph text (the main text block). Page
/// furniture is dropped (see `MarkupVocabulary`).
enum HTMLPageReader {
    static func read(_ tree: XMLTree) throws(LoadFailureReason) -> [ExtractedArticle] {
        guard let root = tree.root else { throw .notReadable("HTML without any element") }
        var meta: [String: String] = [:]
        var canonical: String?
        var linkedData: [String: JSONValue]?
        var title: String?
        var h1: String?
        var articles: [XMLElement] = []
        var scripts: [String] = []
        root.walkElements { element in
            switch element.name {
            case "meta":
                if let key = (element.attribute("property") ?? element.attribute("name"))?.lowercased(),
                   let content = element.attribute("content"), meta[key] == nil {
                    meta[key] = content
                }
            case "link":
                if element.attribute("rel")?.lowercased() == "canonical" { canonical = element.attribute("href") }
            case "script":
                if element.attribute("type")?.lowercased().contains("ld+json") == true {
                    scripts.append(element.text())
                }
            case "title":
                if title == nil { title = element.text() }
            case "h1":
                if h1 == nil { h1 = element.text() }
            case "article":
                articles.append(element)
            default:
                break
            }
            return true
        }
        for script in scripts where linkedData == nil {
            linkedData = LinkedData.newsArticle(in: script)
        }
        let ld = linkedData ?? [:]

        var builder = ExtractedTextBuilder()
        let headline = LinkedData.string(ld["headline"]) ?? meta["og:title"] ?? meta["twitter:title"] ?? h1 ?? title
        builder.headline(headline)
        let author = LinkedData.names(ld["author"]) ?? meta["author"] ?? meta["article:author"].flatMap {
            $0.contains("://") ? nil : $0
        }
        builder.line(BodyText.bylineLine(author), role: .byline)
        builder.line(LinkedData.string(ld["dateline"]), role: .dateline)

        var body: [ExtractedBlock] = []
        if let text = LinkedData.string(ld["articleBody"]), FormatText.clean(text) != nil {
            body = BodyText.plain(text)
        } else if let article = articles.max(by: { textLength($0) < textLength($1) }) {
            body = BodyText.markup(article, page: true)
        } else if let main = mainBlock(root) {
            body = BodyText.markup(main, page: true)
        }
        builder.blocks(BodyText.droppingHeadline(body, headline))

        var metadata = ArticleMetadata()
        metadata.date = DateNormalizing.iso(LinkedData.string(ld["datePublished"]) ?? meta["article:published_time"]
            ?? meta["date"] ?? meta["dc.date"] ?? meta["pubdate"])
        metadata.byline = BodyText.bylineNames(author)
        metadata.source = (LinkedData.names(ld["publisher"]) ?? meta["og:site_name"]).flatMap(FormatText.clean)
        metadata.url = (LinkedData.string(ld["url"]) ?? LinkedData.identifier(ld["mainEntityOfPage"]) ?? meta["og:url"]
            ?? canonical).flatMap(FormatText.clean)
        guard let article = builder.build(metadata) else {
            throw .notReadable("HTML page without a headline (no JSON-LD, og:title, h1 or title)")
        }
        return [article]
    }

    /// Characters of paragraph text under `element`, scripts and styles aside.
    private static func textLength(_ element: XMLElement) -> Int {
        var total = 0
        element.walkElements { e in
            if e.name == "p" { total += e.text().utf8.count }
            return true
        }
        return total
    }

    /// The element whose `p` children hold the most text: the story on a page without `<article>`.
    private static func mainBlock(_ root: XMLElement) -> XMLElement? {
        var scores: [UnsafeMutableRawPointer: (XMLElement, Int)] = [:]
        root.walkElements { element in
            if MarkupVocabulary.dropped.contains(element.name) { return true }
            guard element.name == "p", let parent = element.node.pointee.parent,
                  parent.pointee.type == XML_ELEMENT_NODE else { return true }
            let length = element.text().utf8.count
            let key = UnsafeMutableRawPointer(parent)
            let previous = scores[key]?.1 ?? 0
            scores[key] = (XMLElement(node: parent, tree: element.tree), previous + length)
            return true
        }
        return scores.values.max(by: { $0.1 < $1.1 })?.0
    }
}

/// schema.org JSON-LD in a page.
enum LinkedData {
    private static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "Report",
    ]

    /// The first object typed as an article, at the top, in an array or in an `@graph`.
    static func newsArticle(in script: String) -> [String: JSONValue]? {
        guard let value = JSONValue.parse(Array(script.utf8)) else { return nil }
        var queue: [JSONValue] = [value]
        var next = 0
        while next < queue.count, next < 1000 {
            let item = queue[next]
            next += 1
            if let array = item.array { queue += array; continue }
            guard let object = item.object else { continue }
            let types = object["@type"]?.string.map { [$0] } ?? object["@type"]?.array?.compactMap(\.string) ?? []
            if types.contains(where: articleTypes.contains) { return object }
            if let graph = object["@graph"] { queue.append(graph) }
        }
        return nil
    }

    static func string(_ value: JSONValue?) -> String? {
        if let s = value?.string { return s }
        return value?.array?.lazy.compactMap { string($0) }.first
    }

    /// A name, an object's `name`, or a list of either joined with "and".
    static func names(_ value: JSONValue?) -> String? {
        if let s = value?.string { return s }
        if let object = value?.object { return object["name"]?.string }
        if let array = value?.array {
            let all = array.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: " and ")
        }
        return nil
    }

    static func identifier(_ value: JSONValue?) -> String? {
        value?.string ?? value?.object?["@id"]?.string
    }
}
