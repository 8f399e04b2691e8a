/// NITF 3.x: `nitf/head` for dates and rights, `body/body.head` for the headline,
/// subheadline, byline and dateline, `body/body.content` for the text (`hl2` are
/// section headings, `block` groups paragraphs, `media` is dropped).
enum NITFReader {
    static func read(_ root: XMLElement) throws(LoadFailureReason) -> ExtractedArticle {
        var builder = ExtractedTextBuilder()
        let head = root.child("head")
        let body = root.child("body")
        let bodyHead = body?.child("body.head")
        let hedline = bodyHead?.child("hedline")
        builder.headline(hedline?.child("hl1")?.text() ?? head?.child("title")?.text())
        for dek in hedline?.children("hl2") ?? [] { builder.line(dek.text(), role: .dek) }
        let byline = bodyHead?.child("byline")?.text()
        builder.line(byline, role: .byline)
        let dateline = bodyHead?.child("dateline")
        builder.line(dateline?.text(), role: .dateline)
        for content in body?.children("body.content") ?? [] {
            var collector = BlockCollector(tree: root.tree, page: false)
            collector.collect(content)
            builder.blocks(collector.blocks)
        }
        let docdata = head?.child("docdata")
        var metadata = ArticleMetadata()
        metadata.date = DateNormalizing.iso(docdata?.child("date.issue")?.attribute("norm"))
            ?? DateNormalizing.iso(docdata?.child("date.release")?.attribute("norm"))
            ?? DateNormalizing.iso(dateline?.child("story.date")?.attribute("norm"))
        metadata.byline = BodyText.bylineNames(byline)
        metadata.source = docdata?.child("doc.copyright")?.attribute("holder")
            ?? bodyHead?.child("distributor")?.text()
            ?? head?.child("pubdata")?.attribute("name")
        metadata.source = metadata.source.flatMap(FormatText.clean)
        guard let article = builder.build(metadata) else { throw .notReadable("NITF document without a headline") }
        return article
    }
}
