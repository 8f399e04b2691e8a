/// Case-insensitive search over what the reader shows.
public enum TextSearch {
    /// Folds one scalar for matching; keeps offsets aligned (one scalar in, one out).
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 32)) : scalar }
        guard scalar.properties.changesWhenLowercased else { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? (lower.first ?? scalar) : scalar
    }

    public static func fold(_ text: String) -> [Unicode.Scalar] { text.unicodeScalars.map(fold) }

    /// Every match of `query` in `haystack`, left to right, not overlapping.
    public static func matches(of query: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Range<Int>] {
        let m = query.count, n = haystack.count
        guard m > 0, n >= m, let first = query.first else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i <= n - m {
            if fold(haystack[i]) == first {
                var k = 1
                while k < m, fold(haystack[i + k]) == query[k] { k += 1 }
                if k == m { result.append(i..<(i + m)); i += m; continue }
            }
            i += 1
        }
        return result
    }

    /// Matches kept at most: a one-letter search in a 10 MB article would
    /// otherwise hold millions of ranges.
    public static let matchLimit = 100_000

    /// The matches in the document in reading order, at most `limit` of them.
    public static func matches(of query: String, in document: ArticleDocument, limit: Int = matchLimit) -> [DocumentRange] {
        let folded = fold(query)
        guard !folded.isEmpty else { return [] }
        var result: [DocumentRange] = []
        for (i, block) in document.blocks.enumerated() {
            for range in matches(of: folded, in: block.scalars) {
                if result.count >= limit { return result }
                result.append(DocumentRange(block: i, start: range.lowerBound, end: range.upperBound))
            }
        }
        return result
    }

    /// How often `query` (already folded) occurs in `text`, not overlapping.
    public static func count(of query: [Unicode.Scalar], in text: String) -> Int {
        query.isEmpty ? 0 : matches(of: query, in: Array(text.unicodeScalars)).count
    }

    /// Whether `text` contains `query` (already folded).
    public static func contains(_ text: String, _ query: [Unicode.Scalar]) -> Bool {
        query.isEmpty || !matches(of: query, in: Array(text.unicodeScalars)).isEmpty
    }
}
