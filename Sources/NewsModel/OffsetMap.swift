/// Maps positions in a block's display text back to the source and forth.
///
/// Display text differs from the source where whitespace runs were collapsed or
/// Markdown markers removed. Between two anchors the two advance together, so a
/// plain paragraph needs a single anchor and a lookup is a binary search.
public struct OffsetMap: Sendable, Hashable {
    /// Display offsets, ascending, where a run of one-to-one mapping begins.
    private var displayStarts: [Int32] = []
    /// The source offset of each such display offset.
    private var sourceStarts: [Int32] = []
    public private(set) var displayCount = 0

    public init() {}

    /// Records that the next display scalar comes from `source`.
    public mutating func append(source: Int) {
        if let lastDisplay = displayStarts.last, let lastSource = sourceStarts.last,
           Int(lastSource) + (displayCount - Int(lastDisplay)) == source {
            displayCount += 1
            return
        }
        displayStarts.append(Int32(truncatingIfNeeded: displayCount))
        sourceStarts.append(Int32(truncatingIfNeeded: source))
        displayCount += 1
    }

    /// The source offset of display scalar `display` (the end maps past the last one).
    public func source(ofDisplay display: Int) -> Int {
        guard !displayStarts.isEmpty else { return 0 }
        if display >= displayCount {
            return source(ofDisplay: displayCount - 1) + 1 + (display - displayCount)
        }
        let i = lastIndex(in: displayStarts, notAbove: Int32(truncatingIfNeeded: max(display, 0)))
        return Int(sourceStarts[i]) + (max(display, 0) - Int(displayStarts[i]))
    }

    /// The source range of display scalars `lower..<upper`.
    public func sourceRange(ofDisplay lower: Int, _ upper: Int) -> SourceRange {
        if upper <= lower { let s = source(ofDisplay: lower); return SourceRange(s, s) }
        return SourceRange(source(ofDisplay: lower), source(ofDisplay: upper - 1) + 1)
    }

    /// The display offset showing source offset `source`, or the next one shown after it.
    public func display(ofSource source: Int) -> Int {
        guard !sourceStarts.isEmpty else { return 0 }
        let target = Int32(truncatingIfNeeded: source)
        if target < sourceStarts[0] { return 0 }
        let i = lastIndex(in: sourceStarts, notAbove: target)
        let runEnd = i + 1 < displayStarts.count ? Int(displayStarts[i + 1]) : displayCount
        let candidate = Int(displayStarts[i]) + (source - Int(sourceStarts[i]))
        return min(candidate, runEnd)
    }

    private func lastIndex(in values: [Int32], notAbove target: Int32) -> Int {
        var low = 0, high = values.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if values[mid] <= target { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
