/// A half-open range of Unicode scalar offsets into an article's decoded text.
///
/// Offsets count code points, so a range slices the same text in any language
/// that indexes decoded strings by code point (Python's `str[start:end]`).
public struct SourceRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: SourceRange) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: SourceRange) -> Bool { start < other.end && other.start < end }

    public static func < (a: SourceRange, b: SourceRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "\(start)..<\(end)" }
}
