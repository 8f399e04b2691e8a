/// An article's text as the extractors read it, decoded once: every block they scan (the
/// headline, the dek, the dateline, section headings and paragraphs) in reading order, each a
/// stretch of one article-wide buffer of display scalars. Built once per analysis; the quote
/// and figure extractors each read the blocks they scan from it, so neither decodes text again
/// and neither depends on the order in which the other visits blocks.
///
/// One buffer rather than an array per block: an array per block cost an allocation, a place in
/// an array of arrays and a release per block, more than the figures' scan of a short paragraph.
public struct AnalysisDocument: Sendable {
    /// What a block is in the article: each extractor picks the roles it reads.
    public enum Role: Sendable {
        case headline, dek, dateline, heading, paragraph
    }

    /// A block as the extractors need it: its text is in `scalars`, so it keeps only its offset map
    /// (without the display `String`, which each copy of the block would retain and release).
    struct Block: Sendable {
        let map: OffsetMap
        let role: Role
        let section: Int
        /// The article-wide index of a paragraph; for the dateline, of the paragraph it was cut
        /// from (the first); nil for the other blocks.
        let paragraph: Int?
        /// Where the block's display scalars lie in `scalars`.
        let scalars: Range<Int>
    }

    public let article: Article
    let blocks: [Block]
    /// Every block's display scalars, block after block.
    let scalars: [Unicode.Scalar]

    public init(_ article: Article) {
        var builder = Builder(capacity: article.source.scalarCount, blocks: 3 + article.sections.count + article.paragraphCount)
        builder.add(article.headline, role: .headline, section: 0, paragraph: nil)
        if let dek = article.dek { builder.add(dek, role: .dek, section: 0, paragraph: nil) }
        // The dateline is cut from the start of the body: it is read before the first block after it.
        var dateline = article.dateline
        let datelineParagraph: Int? = article.paragraphCount > 0 ? 0 : nil
        func addDateline(before start: Int) {
            guard let d = dateline, d.range.start <= start else { return }
            builder.add(d, role: .dateline, section: 0, paragraph: datelineParagraph)
            dateline = nil
        }
        for section in article.sections {
            if let heading = section.heading {
                addDateline(before: heading.range.start)
                builder.add(heading, role: .heading, section: section.index, paragraph: nil)
            }
            for (i, block) in section.paragraphs.enumerated() {
                addDateline(before: block.range.start)
                builder.add(block, role: .paragraph, section: section.index, paragraph: section.firstParagraph + i)
            }
        }
        addDateline(before: Int.max)
        self.article = article
        blocks = builder.blocks
        scalars = builder.scalars
    }

    /// `body` applied to the display scalars of every block (see `Block.scalars`), read in place:
    /// valid only inside `body`.
    @inline(__always)
    func withScalars<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
        scalars.withUnsafeBufferPointer(body)
    }

    private struct Builder {
        var blocks: [Block] = []
        var scalars: [Unicode.Scalar] = []

        /// Room for `capacity` scalars up front (an article's blocks hold at most as many scalars
        /// as its source), so that the buffer is not regrown.
        init(capacity: Int, blocks count: Int) {
            scalars.reserveCapacity(max(capacity, 0))
            blocks.reserveCapacity(count)
        }

        mutating func add(_ block: TextBlock, role: Role, section: Int, paragraph: Int?) {
            let from = scalars.count
            var text = block.text
            text.withUTF8 { bytes in
                // A string has no more scalars than UTF-8 bytes. Grown by doubling: `reserveCapacity`
                // allocates exactly what it is asked for, and asked per block it would copy the
                // buffer for every block.
                let needed = scalars.count + bytes.count
                if needed > scalars.capacity { scalars.reserveCapacity(max(needed, 2 * scalars.capacity)) }
                // Decoded straight into the room reserved (see `UTF8Scalars`).
                scalars.append(contentsOf: UTF8Scalars(bytes: bytes))
            }
            blocks.append(Block(map: block.map, role: role, section: section, paragraph: paragraph,
                                scalars: from..<scalars.count))
        }
    }
}
