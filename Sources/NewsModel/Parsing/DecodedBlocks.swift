/// Each block's display text decoded to scalars once per analysis: the quote and
/// figure extractors both scan the same paragraphs, and decoding (with the array
/// it allocates) was done twice.
///
/// The blocks' scalars share one article-wide buffer, each block a stretch of it:
/// an array per block cost an allocation, a place in an array of arrays and a
/// release per block, more than the figures' scan of a short paragraph.
public struct DecodedBlocks {
    /// Blocks by first source offset, ascending (both extractors read in that order);
    /// blocks of one article do not share a first offset.
    private var starts: [Int] = []
    /// Where each block's scalars end in `storage`; they begin where the previous block's end.
    private var ends: [Int] = []
    private var storage: [Unicode.Scalar] = []

    public init() {}

    /// Room for `scalars` scalars of display text up front (an article's blocks hold at most
    /// as many scalars as its source), so that the buffer is not regrown.
    public init(capacity scalars: Int) {
        storage.reserveCapacity(max(scalars, 0))
        // Paragraphs of news copy run to a few hundred scalars: room for most articles' blocks.
        let blocks = min(max(scalars, 0) / 128 + 8, 1 << 16)
        starts.reserveCapacity(blocks)
        ends.reserveCapacity(blocks)
    }

    /// Where `block`'s scalars lie in `allScalars`, decoded on first use; nil for a block met
    /// out of order (which is not kept: see `withScalars`). The quote extractor reads its blocks
    /// in place through these ranges rather than copying each block's scalars out.
    mutating func decodedRange(of block: TextBlock) -> Range<Int>? {
        let start = block.range.start
        if let range = kept(start: start, count: block.map.displayCount) { return range }
        guard starts.last.map({ $0 < start }) ?? true else { return nil }
        let from = storage.count
        append(block.text)
        starts.append(start)
        ends.append(storage.count)
        return from..<storage.count
    }

    /// Every decoded block's scalars, one after another. Taken once the blocks wanted are decoded:
    /// held while another block is appended, it would make the append copy the whole buffer.
    var allScalars: [Unicode.Scalar] { storage }

    /// The range in `storage` of the block decoded from source offset `start`, if it is kept
    /// and holds `count` scalars (the check keeps a mismatched entry from ever being used).
    @inline(__always)
    private func kept(start: Int, count expected: Int) -> Range<Int>? {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < start { low = mid + 1 } else { high = mid }
        }
        guard low < starts.count, starts[low] == start else { return nil }
        let from = low > 0 ? ends[low - 1] : 0, to = ends[low]
        return to - from == expected ? from..<to : nil
    }

    /// `body` applied to the scalars of `block`'s display text, decoded on first use. The
    /// buffer is valid only inside `body`. Inlined, so that `body` needs no closure context
    /// (through one, the caller's captures were copied for every block).
    @inline(__always)
    mutating func withScalars<R>(of block: TextBlock, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
        let start = block.range.start
        if let range = kept(start: start, count: block.map.displayCount) {
            return storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        // Only appended in order; a block met out of order is decoded again when asked for again.
        guard starts.last.map({ $0 < start }) ?? true else {
            let scalars = ScalarString.scalars(block.text)
            return scalars.withUnsafeBufferPointer(body)
        }
        let from = storage.count
        append(block.text)
        starts.append(start)
        ends.append(storage.count)
        return storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[from..<$0.count])) }
    }

    /// Decodes `text` onto the end of `storage`.
    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            // A string has no more scalars than UTF-8 bytes. Grown by doubling: `reserveCapacity`
            // allocates exactly what it is asked for, and asked per block it would copy the
            // buffer for every block.
            let needed = storage.count + bytes.count
            if needed > storage.capacity { storage.reserveCapacity(max(needed, 2 * storage.capacity)) }
            // Decoded straight into the room reserved (see `UTF8Scalars`).
            storage.append(contentsOf: UTF8Scalars(bytes: bytes))
        }
    }
}
