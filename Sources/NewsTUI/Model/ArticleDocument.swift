import NewsModel

/// A run of a block's text drawn in a style: a quote in its speaker's colour, a figure.
public struct StyledSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var style: Style
}

/// Where something is in a document: block and scalar offsets in its shown text.
public struct DocumentRange: Sendable, Hashable, Comparable {
    public var block: Int
    public var start: Int
    public var end: Int

    public init(block: Int, start: Int, end: Int) {
        self.block = block
        self.start = start
        self.end = end
    }

    public static func < (a: DocumentRange, b: DocumentRange) -> Bool {
        (a.block, a.start, a.end) < (b.block, b.start, b.end)
    }
}

/// One block of an article as the reader shows it: its sanitized scalars, ready to wrap.
public struct DocumentBlock: Sendable {
    public enum Kind: Sendable { case headline, dek, byline, heading, paragraph }

    public let kind: Kind
    public let section: Int
    /// Sanitized text, with the dateline in front of the first paragraph.
    public let scalars: [Unicode.Scalar]
    public let source: TextBlock
    /// Scalars in front of the block's own text (the dateline).
    let prefix: Int
    /// Offset in `scalars` of each display offset of `source.text` (one past
    /// the end included); nil when sanitizing changed nothing.
    let sanitizedOffsets: [Int]?
    /// Quotes and figures, sorted by start.
    public internal(set) var spans: [StyledSpan] = []
    var longestSpan = 0

    init(kind: Kind, section: Int, source: TextBlock, prefix: String = "") {
        self.kind = kind
        self.section = section
        self.source = source
        var scalars = Array(TerminalText.sanitize(prefix).unicodeScalars)
        self.prefix = scalars.count
        var offsets: [Int] = []
        var changed = false
        let text = source.text.unicodeScalars
        for scalar in text where TerminalText.replacement(for: scalar) != nil { changed = true; break }
        if changed { offsets.reserveCapacity(source.text.unicodeScalars.count + 1) }
        for scalar in text {
            if changed { offsets.append(scalars.count - self.prefix) }
            if let replacement = TerminalText.replacement(for: scalar) {
                scalars.append(contentsOf: replacement.unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        if changed { offsets.append(scalars.count - self.prefix) }
        self.scalars = scalars
        self.sanitizedOffsets = changed ? offsets : nil
    }

    /// Offset in `scalars` of display offset `display` of the block's text.
    public func offset(ofDisplay display: Int) -> Int {
        guard let map = sanitizedOffsets else { return prefix + min(max(display, 0), scalars.count - prefix) }
        return prefix + map[min(max(display, 0), map.count - 1)]
    }

    /// Offset in `scalars` showing source offset `source`.
    public func offset(ofSource offset: Int) -> Int {
        self.offset(ofDisplay: source.map.display(ofSource: offset))
    }
}

/// An analyzed article turned into blocks once when it is opened; layouts for
/// each width are made from it without touching the model again.
public struct ArticleDocument: Sendable {
    public let blocks: [DocumentBlock]
    /// The first block of each section.
    public let sectionBlocks: [Int]
    /// Where each quote of the article is shown (its first part); nil when not found.
    public let quoteRanges: [DocumentRange?]
    public let figureRanges: [DocumentRange?]

    /// `theme`: the styles of quotes (their speakers' colours) and figures.
    public init(_ analyzed: AnalyzedArticle, theme: Theme = .standard) {
        let article = analyzed.article
        var blocks: [DocumentBlock] = []
        blocks.append(DocumentBlock(kind: .headline, section: 0, source: article.headline))
        if let dek = article.dek { blocks.append(DocumentBlock(kind: .dek, section: 0, source: dek)) }
        if let byline = article.byline { blocks.append(DocumentBlock(kind: .byline, section: 0, source: byline)) }
        var sectionBlocks: [Int] = []
        /// The block that shows the dateline in front of its text.
        var datelineBlock: Int?
        for section in article.sections {
            sectionBlocks.append(section.index == 0 ? 0 : blocks.count)
            if let heading = section.heading {
                blocks.append(DocumentBlock(kind: .heading, section: section.index, source: heading))
            }
            for (i, paragraph) in section.paragraphs.enumerated() {
                let prefix = section.index == 0 && i == 0 ? Presentation.datelineLead(article.dateline) : ""
                if !prefix.isEmpty { datelineBlock = blocks.count }
                blocks.append(DocumentBlock(kind: .paragraph, section: section.index, source: paragraph, prefix: prefix))
            }
        }
        if sectionBlocks.isEmpty { sectionBlocks = [0] }

        /// A range in the dateline ("KYIV, March 19 (Reuters) -"), shown as the
        /// prefix of the first paragraph: its offsets count the sanitized prefix.
        func locateInDateline(_ range: SourceRange) -> DocumentRange? {
            guard let dateline = article.dateline, let b = datelineBlock,
                  dateline.range.start <= range.start, range.start < dateline.range.end else { return nil }
            let scalars = Array(dateline.text.unicodeScalars)
            func shown(_ source: Int) -> Int {
                let display = min(max(0, dateline.map.display(ofSource: source)), scalars.count)
                return TerminalText.sanitize(String(String.UnicodeScalarView(scalars[..<display]))).unicodeScalars.count
            }
            let start = shown(range.start)
            return DocumentRange(block: b, start: start, end: max(start, shown(min(range.end, dateline.range.end))))
        }

        func locate(_ range: SourceRange) -> DocumentRange? {
            if let located = locateInDateline(range) { return located }
            var low = 0, high = blocks.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if blocks[mid].source.range.start <= range.start { low = mid } else { high = mid - 1 }
            }
            guard low < blocks.count, blocks[low].source.range.start <= range.start,
                  range.start <= blocks[low].source.range.end else { return nil }
            let block = blocks[low]
            let start = block.offset(ofSource: range.start)
            let end = max(start, block.offset(ofSource: min(range.end, block.source.range.end)))
            return DocumentRange(block: low, start: start, end: end)
        }

        var quoteRanges: [DocumentRange?] = []
        for quote in analyzed.quotes {
            let parts = quote.parts.isEmpty ? [quote.range] : quote.parts
            var first: DocumentRange?
            for part in parts {
                guard let located = locate(part) else { continue }
                if first == nil { first = located }
                if quote.kind != .scare, let speaker = quote.speaker {
                    blocks[located.block].spans.append(
                        StyledSpan(start: located.start, end: located.end, style: theme.speaker(speaker)))
                }
            }
            quoteRanges.append(first)
        }
        var figureRanges: [DocumentRange?] = []
        for figure in analyzed.figures {
            let located = locate(figure.range)
            if let located {
                blocks[located.block].spans.append(StyledSpan(start: located.start, end: located.end, style: theme.figure))
            }
            figureRanges.append(located)
        }
        for i in blocks.indices where !blocks[i].spans.isEmpty {
            blocks[i].spans.sort { $0.start < $1.start }
            blocks[i].longestSpan = blocks[i].spans.reduce(0) { max($0, $1.end - $1.start) }
        }
        self.blocks = blocks
        self.sectionBlocks = sectionBlocks
        self.quoteRanges = quoteRanges
        self.figureRanges = figureRanges
    }
}
