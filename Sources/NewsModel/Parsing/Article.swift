/// A run of article text as a reader sees it, with where it came from.
public struct TextBlock: Sendable, Hashable {
    /// Display text: whitespace runs collapsed to one space, Markdown markers removed.
    public let text: String
    /// From the first to the last character of the block in the source.
    public let range: SourceRange
    /// Display offsets to source offsets and back.
    public let map: OffsetMap

    public init(text: String, range: SourceRange, map: OffsetMap) {
        self.text = text
        self.range = range
        self.map = map
    }
}

public struct Section: Sendable {
    public let index: Int
    public let heading: TextBlock?
    /// Sections tile the article: from the heading (the start of the text for the
    /// first section) to where the next section begins.
    public let range: SourceRange
    public let paragraphs: [TextBlock]
    /// Article-wide index of the first paragraph of this section.
    public let firstParagraph: Int
}

public enum ArticleFormat: String, Sendable {
    case plainText = "text"
    case markdown
    case nitf, newsml, ninjs, rss, atom, html
}

/// A parsed article. Immutable; every element carries its range in `source`.
public struct Article: Sendable {
    /// The path given by the user, or `-` for standard input.
    public let path: String
    public let format: ArticleFormat
    public let source: SourceText
    public let headline: TextBlock
    public let dek: TextBlock?
    public let byline: TextBlock?
    /// A dateline such as "KYIV, March 19 (Reuters) -", cut from the first paragraph.
    public let dateline: TextBlock?
    public let sections: [Section]
    /// Problems found while decoding or parsing that did not stop the article loading.
    public let warnings: [String]
    /// Date, byline, source and address given by a structured format (none for plain text).
    public let metadata: ArticleMetadata

    public init(
        path: String, format: ArticleFormat, source: SourceText, headline: TextBlock,
        dek: TextBlock?, byline: TextBlock?, dateline: TextBlock?, sections: [Section],
        warnings: [String], metadata: ArticleMetadata = ArticleMetadata()
    ) {
        self.metadata = metadata
        self.path = path
        self.format = format
        self.source = source
        self.headline = headline
        self.dek = dek
        self.byline = byline
        self.dateline = dateline
        self.sections = sections
        self.warnings = warnings
    }

    public var paragraphCount: Int { sections.reduce(0) { $0 + $1.paragraphs.count } }

    /// Every paragraph in reading order with its section and article-wide index.
    public var paragraphs: [(section: Int, index: Int, block: TextBlock)] {
        var result: [(section: Int, index: Int, block: TextBlock)] = []
        result.reserveCapacity(paragraphCount)
        for section in sections {
            for (i, block) in section.paragraphs.enumerated() {
                result.append((section.index, section.firstParagraph + i, block))
            }
        }
        return result
    }

    /// The section holding source offset `offset`.
    public func sectionIndex(containing offset: Int) -> Int {
        var low = 0, high = sections.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sections[mid].range.start <= offset { low = mid } else { high = mid - 1 }
        }
        return max(low, 0)
    }
}
