/// NewsML-G2: a `newsItem` is one article (headline, creator, located and dates in
/// `contentMeta`, provider in `itemMeta`, the body in `contentSet/inlineXML` as NITF
/// or XHTML, or `inlineData` as text); a `newsMessage` gives one article per news
/// item in its item set, in the order of its package's references when it has one;
/// a lone `packageItem` gives one article per item reference (its title and description).
enum NewsMLReader {
    static func items(_ root: XMLElement) throws(LoadFailureReason) -> [ExtractedArticle] {
        if root.name == "packageitem" { return references(root) }
        let itemSets = root.children("itemset")
        let newsItems = itemSets.flatMap { $0.children("newsitem") }
        let packages = itemSets.flatMap { $0.children("packageitem") }
        var ordered = newsItems
        if let package = packages.first {
            // The package's references set the order; items it does not name follow.
            let refs = package.all("itemref").compactMap { $0.attribute("residref") }
            var byGuid: [String: XMLElement] = [:]
            for item in newsItems { if let guid = item.attribute("guid") { byGuid[guid] = item } }
            ordered = refs.compactMap { byGuid.removeValue(forKey: $0) }
            ordered += newsItems.filter { item in item.attribute("guid").map { byGuid[$0] != nil } ?? true }
        }
        if ordered.isEmpty, let package = packages.first { return references(package) }
        var articles: [ExtractedArticle] = []
        for item in ordered { articles.append(try self.item(item)) }
        return articles
    }

    static func item(_ item: XMLElement) throws(LoadFailureReason) -> ExtractedArticle {
        let meta = item.child("contentmeta")
        let itemMeta = item.child("itemmeta")
        var builder = ExtractedTextBuilder()
        var headline = meta?.child("headline")?.text()
        let inline = item.child("contentset")?.children.first { $0.name == "inlinexml" || $0.name == "inlinedata" }
        let nitf = inline?.first("nitf")
        if headline == nil, let nitf {
            headline = nitf.child("body")?.child("body.head")?.child("hedline")?.child("hl1")?.text()
        }
        builder.headline(headline)
        for description in meta?.children("description") ?? [] { builder.line(description.text(), role: .dek) }
        let creators = (meta?.children("creator") ?? []).compactMap { creator in
            creator.child("name")?.text() ?? creator.attribute("literal")
        }.compactMap(FormatText.clean)
        let names = creators.isEmpty ? nil : creators.joined(separator: " and ")
        builder.line(BodyText.bylineLine(names), role: .byline)
        let dateline = meta?.child("dateline")?.text() ?? meta?.child("located")?.child("name")?.text()
        builder.line(dateline, role: .dateline)

        var body: [ExtractedBlock] = []
        if let inline {
            if inline.name == "inlinedata" {
                body = BodyText.plain(inline.text())
            } else if let nitf {
                for content in nitf.child("body")?.children("body.content") ?? [] {
                    body += BodyText.markup(content)
                }
            } else if let html = inline.first("html") {
                body = BodyText.markup(html.child("body") ?? html)
            } else {
                body = BodyText.markup(inline)
            }
        }
        builder.blocks(BodyText.droppingHeadline(body, headline))

        var metadata = ArticleMetadata()
        metadata.date = DateNormalizing.iso(meta?.child("contentcreated")?.text())
            ?? DateNormalizing.iso(itemMeta?.child("versioncreated")?.text())
            ?? DateNormalizing.iso(itemMeta?.child("firstcreated")?.text())
        metadata.byline = names
        if let provider = itemMeta?.child("provider") {
            metadata.source = (provider.child("name")?.text() ?? provider.attribute("literal")
                ?? provider.attribute("qcode").map { $0.split(separator: ":").last.map(String.init) ?? $0 })
                .flatMap(FormatText.clean)
        }
        metadata.url = itemMeta?.children("link").first { $0.attribute("href")?.hasPrefix("http") == true }?
            .attribute("href").flatMap(FormatText.clean)
        guard let article = builder.build(metadata) else { throw .notReadable("NewsML-G2 item without a headline") }
        return article
    }

    /// A package without its items: each reference's title and description.
    private static func references(_ package: XMLElement) -> [ExtractedArticle] {
        var articles: [ExtractedArticle] = []
        for ref in package.all("itemref") {
            var builder = ExtractedTextBuilder()
            builder.headline(ref.child("title")?.text())
            for description in ref.children("description") { builder.line(description.text()) }
            if let article = builder.build(ArticleMetadata()) { articles.append(article) }
        }
        return articles
    }
}
