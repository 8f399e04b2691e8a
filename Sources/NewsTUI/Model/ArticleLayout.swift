/// One screen line of a laid-out article: scalars `start..<end` of a block, or a blank line.
public struct LayoutLine: Sendable, Hashable {
    /// -1 for a blank line between blocks.
    public var block: Int32
    public var start: Int32
    public var end: Int32

    public var isBlank: Bool { block < 0 }
}

/// An article wrapped to one width. Made on open and on resize only; scrolling,
/// searching and drawing use it as it is.
public struct ArticleLayout: Sendable {
    public let width: Int
    public let lines: [LayoutLine]
    /// The first line of each block.
    public let blockLines: [Int]

    /// Columns of text for a screen `width` wide (a one-column margin each side).
    public static func textWidth(forScreen width: Int) -> Int { max(1, width - 2) }

    public init(_ document: ArticleDocument, width: Int) {
        self.width = width
        var lines: [LayoutLine] = []
        var blockLines: [Int] = []
        blockLines.reserveCapacity(document.blocks.count)
        for (i, block) in document.blocks.enumerated() {
            let separated = i > 0 && !(block.kind == .byline && document.blocks[i - 1].kind == .dek)
            if separated { lines.append(LayoutLine(block: -1, start: 0, end: 0)) }
            blockLines.append(lines.count)
            let wrapped = TextWrap.wrap(block.scalars, width: width)
            if wrapped.isEmpty {
                lines.append(LayoutLine(block: Int32(i), start: 0, end: 0))
            }
            for line in wrapped {
                lines.append(LayoutLine(block: Int32(i), start: Int32(line.start), end: Int32(line.end)))
            }
        }
        self.lines = lines
        self.blockLines = blockLines
    }

    /// The line showing offset `offset` of block `block`.
    public func line(block: Int, offset: Int) -> Int {
        guard block >= 0, block < blockLines.count else { return 0 }
        var low = blockLines[block]
        var high = block + 1 < blockLines.count ? blockLines[block + 1] - 1 : lines.count - 1
        // Skip the blank line that separates the next block.
        while high > low, lines[high].isBlank { high -= 1 }
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(lines[mid].start) <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Where line `index` is, as a block and offset that survive a reflow. A blank
    /// line is anchored to the block after it.
    public func anchor(ofLine index: Int) -> ScrollAnchor {
        guard !lines.isEmpty else { return ScrollAnchor(block: 0, offset: 0, blankBefore: false) }
        let index = min(max(index, 0), lines.count - 1)
        let line = lines[index]
        if line.isBlank {
            let next = index + 1 < lines.count ? lines[index + 1] : line
            return ScrollAnchor(block: max(0, Int(next.block)), offset: 0, blankBefore: true)
        }
        return ScrollAnchor(block: Int(line.block), offset: Int(line.start), blankBefore: false)
    }

    /// The line an anchor points to in this layout.
    public func line(of anchor: ScrollAnchor) -> Int {
        let found = line(block: anchor.block, offset: anchor.offset)
        return anchor.blankBefore ? max(0, found - 1) : found
    }

    /// The block of line `index`, or of the next line when it is blank.
    public func block(atLine index: Int) -> Int {
        var i = min(max(index, 0), lines.count - 1)
        while i >= 0, i < lines.count - 1, lines[i].isBlank { i += 1 }
        return i >= 0 && i < lines.count ? max(0, Int(lines[i].block)) : 0
    }
}

/// The reading position: the paragraph (block) at the top of the screen and the
/// offset of the top line in it, so a reflow keeps the same text on top.
public struct ScrollAnchor: Sendable, Hashable {
    public var block: Int
    public var offset: Int
    /// The top line is the blank line just before `block`.
    public var blankBefore: Bool
}
