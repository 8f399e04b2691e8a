/// Finds direct quotations and their speakers. (Implemented by the quotes work.)
public enum QuoteExtractor {
    public struct Result: Sendable {
        public var quotes: [Quote]
        public var speakers: [Speaker]
        public var warnings: [String]
    }

    public static func extract(_ article: Article) -> Result {
        Result(quotes: [], speakers: [], warnings: [])
    }
}
