/// Each block's display text decoded to scalars once per analysis: the quote and
/// figure extractors both scan the same paragraphs, and decoding (with the array
/// it allocates) was done twice.
public struct DecodedBlocks {
    /// Blocks by first source offset, ascending (both extractors read in that order);
    /// blocks of one article do not share a first offset.
    private var starts: [Int] = []
    private var decoded: [[Unicode.Scalar]] = []

    public init() {}

    /// The scalars of `block`'s display text, decoded on first use.
    mutating func scalars(of block: TextBlock) -> [Unicode.Scalar] {
        let start = block.range.start
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < start { low = mid + 1 } else { high = mid }
        }
        // The count check keeps a mismatched entry from ever being used.
        if low < starts.count, starts[low] == start, decoded[low].count == block.map.displayCount {
            return decoded[low]
        }
        let scalars = ScalarString.scalars(block.text)
        // Only appended in order; a block met out of order is decoded again when asked for again.
        if starts.last.map({ $0 < start }) ?? true {
            starts.append(start)
            decoded.append(scalars)
        }
        return scalars
    }
}
