extension ArticleParser {
    /// An extracted text whose structure its format gave (see `ExtractedTextBuilder`): the first
    /// line is the headline, `layout` names the dek, byline, dateline and heading lines, every
    /// other block is a paragraph. Nothing is guessed, so a paragraph that looks like a title or
    /// starts with `#` stays a paragraph.
    static func parseLaidOut(
        _ source: SourceText, scalars: [Unicode.Scalar], blocks: [ArraySlice<SourceLine>], layout: ExtractedLayout,
        path: String, format: ArticleFormat, warnings: [String], metadata: ArticleMetadata
    ) throws(ParseError) -> Article {
        let builder = BlockBuilder(scalars: scalars, markdown: false, source: source.string)
        guard let first = blocks.first, let headline = builder.build([first[first.startIndex]]) else { throw .empty }
        var dek: TextBlock?, byline: TextBlock?, dateline: TextBlock?
        var sections: [Section] = []
        var heading: TextBlock?
        var paragraphs: [TextBlock] = []
        var paragraphTotal = 0
        var sectionStart = 0

        func closeSection(nextStart: Int) {
            if heading != nil || !paragraphs.isEmpty || !sections.isEmpty {
                sections.append(Section(
                    index: sections.count, heading: heading,
                    range: SourceRange(sections.isEmpty ? 0 : sectionStart, nextStart),
                    paragraphs: paragraphs, firstParagraph: paragraphTotal))
                paragraphTotal += paragraphs.count
            }
            paragraphs = []
        }

        // The headline's block may hold more lines only if the text was not built by a reader.
        let rest = first.dropFirst().isEmpty ? Array(blocks.dropFirst()) : [first.dropFirst()] + blocks.dropFirst()
        for block in rest {
            guard let text = builder.build(block) else { continue }
            switch layout.roles[block[block.startIndex].contentStart] {
            case .dek: dek = text
            case .byline: byline = text
            case .dateline: dateline = text
            case .heading:
                closeSection(nextStart: text.range.start)
                sectionStart = text.range.start
                heading = text
            case nil:
                paragraphs.append(text)
            }
        }
        closeSection(nextStart: source.scalarCount)
        if sections.isEmpty {
            sections.append(Section(index: 0, heading: nil, range: SourceRange(0, source.scalarCount),
                                    paragraphs: [], firstParagraph: 0))
        }
        return Article(path: path, format: format, source: source, headline: headline, dek: dek, byline: byline,
                       dateline: dateline, sections: sections, warnings: warnings, metadata: metadata)
    }
}
