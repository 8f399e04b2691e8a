/// Structural promises of an analyzed article, checked by the fuzzer and the
/// tests on every input: an empty result means every promise holds.
extension AnalyzedArticle {
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        let source = article.source
        let count = source.scalarCount
        func inText(_ r: SourceRange) -> Bool { r.start >= 0 && r.end <= count && r.start <= r.end }

        // Sections tile the text in order, and paragraphs lie inside them in order.
        if article.sections.isEmpty { problems.append("no sections") }
        var expectedStart = 0
        var paragraphIndex = 0
        var lastParagraphEnd = 0
        for (i, section) in article.sections.enumerated() {
            if section.index != i { problems.append("section \(i) has index \(section.index)") }
            if section.range.start != expectedStart { problems.append("section \(i) starts at \(section.range.start), not \(expectedStart)") }
            expectedStart = section.range.end
            if section.firstParagraph != paragraphIndex { problems.append("section \(i) first paragraph \(section.firstParagraph) != \(paragraphIndex)") }
            paragraphIndex += section.paragraphs.count
            for block in [section.heading].compactMap({ $0 }) + section.paragraphs {
                if !section.range.contains(block.range) { problems.append("block \(block.range) outside section \(i)") }
                if block.range.start < lastParagraphEnd { problems.append("block \(block.range) out of order") }
                lastParagraphEnd = block.range.end
            }
        }
        if expectedStart != count { problems.append("sections end at \(expectedStart), text at \(count)") }

        for block in [article.headline, article.dek, article.byline, article.dateline].compactMap({ $0 })
            + article.sections.flatMap({ [$0.heading].compactMap { $0 } + $0.paragraphs }) {
            if !inText(block.range) { problems.append("block \(block.range) outside the text") }
            if block.text.isEmpty { problems.append("empty block at \(block.range)") }
            // Markdown markers at either end belong to the range but not to the display text.
            if block.map.source(ofDisplay: 0) < block.range.start { problems.append("block \(block.range) map starts before its range") }
            let lastSource = block.map.source(ofDisplay: block.map.displayCount - 1)
            if lastSource >= block.range.end || lastSource < block.range.start {
                problems.append("block \(block.range) map ends at \(lastSource)")
            }
        }

        // Quotes: inside the text, exact text, valid speaker, never partly overlapping.
        for (i, quote) in quotes.enumerated() {
            guard inText(quote.range) else { problems.append("quote \(i) \(quote.range) outside the text"); continue }
            if source.slice(quote.range) != quote.text { problems.append("quote \(i) text differs from its range") }
            if let s = quote.speaker, !speakers.indices.contains(s) { problems.append("quote \(i) speaker \(s) out of range") }
            if !article.sections.indices.contains(quote.section) { problems.append("quote \(i) section \(quote.section)") }
            if let p = quote.paragraph, p < 0 || p >= paragraphIndex { problems.append("quote \(i) paragraph \(p)") }
            for part in quote.parts where !quote.range.contains(part) { problems.append("quote \(i) part \(part) outside it") }
            if i > 0, quotes[i - 1].range.start > quote.range.start { problems.append("quotes out of order at \(i)") }
        }
        for (i, a) in quotes.enumerated() {
            for b in quotes[(i + 1)...] {
                if b.range.start >= a.range.end { break }
                if a.range.overlaps(b.range), !a.range.contains(b.range), !b.range.contains(a.range) {
                    problems.append("quotes \(a.range) and \(b.range) overlap")
                }
            }
        }

        // Figures: inside the text and their sentence, exact text.
        for (i, figure) in figures.enumerated() {
            guard inText(figure.range) else { problems.append("figure \(i) \(figure.range) outside the text"); continue }
            if source.slice(figure.range) != figure.text { problems.append("figure \(i) text differs from its range") }
            if !inText(figure.sentence) { problems.append("figure \(i) sentence outside the text") }
            if let v = figure.value, !v.isFinite { problems.append("figure \(i) value not finite") }
            if !article.sections.indices.contains(figure.section) { problems.append("figure \(i) section \(figure.section)") }
        }
        for conflict in conflicts where !(figures.indices.contains(conflict.first) && figures.indices.contains(conflict.second)) {
            problems.append("conflict \(conflict.first)/\(conflict.second) out of range")
        }
        return problems
    }
}
