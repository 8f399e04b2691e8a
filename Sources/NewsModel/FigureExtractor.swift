/// Finds figures and conflicting figures. (Implemented by the figures work.)
public enum FigureExtractor {
    public struct Result: Sendable {
        public var figures: [Figure]
        public var conflicts: [FigureConflict]
    }

    public static func extract(_ article: Article) -> Result {
        Result(figures: [], conflicts: [])
    }
}
