/// Bodies given as HTML or XHTML markup or as plain text, to blocks.
enum BodyText {
    /// HTML held in a string (escaped or in CDATA inside a feed, a ninjs field, JSON-LD).
    static func html(_ markup: String) throws(LoadFailureReason) -> [ExtractedBlock] {
        let tree = try XMLTree.html(markup)
        guard let root = tree.root else { return [] }
        var collector = BlockCollector(tree: tree, page: true)
        collector.collect(root)
        try tree.checkBudget()
        return collector.blocks
    }

    /// The markup under `element` (an Atom `xhtml` content, a NewsML-G2 `inlineXML`).
    static func markup(_ element: XMLElement, page: Bool = false) -> [ExtractedBlock] {
        var collector = BlockCollector(tree: element.tree, page: page)
        collector.collect(element)
        return collector.blocks
    }

    /// Plain text: paragraphs separated by blank lines; with no blank line, each line is one.
    static func plain(_ text: String) -> [ExtractedBlock] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        let hasBlank = lines.contains { $0.allSatisfy(\.isWhitespace) }
        var blocks: [ExtractedBlock] = []
        var current = ""
        func flush() {
            if let clean = FormatText.clean(current) { blocks.append(ExtractedBlock(text: clean, isHeading: false)) }
            current = ""
        }
        for line in lines {
            if line.allSatisfy(\.isWhitespace) { flush(); continue }
            current += current.isEmpty ? String(line) : " " + line
            if !hasBlank { flush() }
        }
        flush()
        return blocks
    }

    /// The blocks without a first heading that repeats the headline (an `h1` in a page or a body).
    static func droppingHeadline(_ blocks: [ExtractedBlock], _ headline: String?) -> [ExtractedBlock] {
        guard let headline = headline.flatMap(FormatText.clean), let first = blocks.first(where: \.isHeading),
              first.text == headline, let index = blocks.firstIndex(of: first) else { return blocks }
        var result = blocks
        result.remove(at: index)
        return result
    }

    /// A byline line as readers expect it: names given alone get "By ".
    static func bylineLine(_ names: String?) -> String? {
        guard let names = names.flatMap(FormatText.clean) else { return nil }
        return names.lowercased().hasPrefix("by ") ? names : "By " + names
    }

    /// The names of a byline, without a leading "By ".
    static func bylineNames(_ line: String?) -> String? {
        guard let line = line.flatMap(FormatText.clean) else { return nil }
        return line.lowercased().hasPrefix("by ") ? String(line.dropFirst(3)).trimmingSpaces : line
    }
}
