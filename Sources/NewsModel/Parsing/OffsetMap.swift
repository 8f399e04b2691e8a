/// Maps positions in a block's display text back to the source and forth.
///
/// Display text differs from the source where whitespace runs were collapsed or
/// Markdown markers removed. Between two anchors the two advance together, so a
/// plain paragraph needs a single anchor and a lookup is a binary search.
public struct OffsetMap: Sendable, Hashable {
    /// The first run's source offset; most blocks are a single run and need no array.
    private var firstSource: Int32 = 0
    /// Further runs as (display start, source start) pairs, flattened, ascending.
    private var runs: [Int32] = []
    public private(set) var displayCount = 0
    /// The source offset that would continue the last run (derived from the fields above).
    private var continuation = 0

    public init() {}

    private var runCount: Int { displayCount == 0 ? 0 : 1 + runs.count / 2 }
    private func displayStart(_ run: Int) -> Int { run == 0 ? 0 : Int(runs[2 * run - 2]) }
    private func sourceStart(_ run: Int) -> Int { run == 0 ? Int(firstSource) : Int(runs[2 * run - 1]) }

    /// Records that the next display scalar comes from `source`.
    public mutating func append(source: Int) {
        if displayCount == 0 {
            firstSource = Int32(truncatingIfNeeded: source)
        } else if continuation != source {
            runs.append(Int32(truncatingIfNeeded: displayCount))
            runs.append(Int32(truncatingIfNeeded: source))
        }
        continuation = source + 1
        displayCount += 1
    }

    /// Records that the next `count` display scalars come from `source..<source + count`.
    public mutating func append(source: Int, count: Int) {
        guard count > 0 else { return }
        append(source: source)
        displayCount += count - 1
        continuation = source + count
    }

    /// The source offset of display scalar `display` (the end maps past the last one).
    public func source(ofDisplay display: Int) -> Int {
        guard displayCount > 0 else { return 0 }
        if display >= displayCount {
            return source(ofDisplay: displayCount - 1) + 1 + (display - displayCount)
        }
        let display = max(display, 0)
        let run = lastRun { displayStart($0) <= display }
        return sourceStart(run) + (display - displayStart(run))
    }

    /// The source range of display scalars `lower..<upper`.
    public func sourceRange(ofDisplay lower: Int, _ upper: Int) -> SourceRange {
        if upper <= lower { let s = source(ofDisplay: lower); return SourceRange(s, s) }
        return SourceRange(source(ofDisplay: lower), source(ofDisplay: upper - 1) + 1)
    }

    /// The display offset showing source offset `source`, or the next one shown after it.
    public func display(ofSource source: Int) -> Int {
        guard displayCount > 0, source >= sourceStart(0) else { return 0 }
        let run = lastRun { sourceStart($0) <= source }
        let runEnd = run + 1 < runCount ? displayStart(run + 1) : displayCount
        return min(displayStart(run) + (source - sourceStart(run)), runEnd)
    }

    /// The last run for which `isAtOrBefore` holds (runs are ascending in both offsets).
    private func lastRun(_ isAtOrBefore: (Int) -> Bool) -> Int {
        var low = 0, high = runCount - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if isAtOrBefore(mid) { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
