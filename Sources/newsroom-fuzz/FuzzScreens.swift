import NewsModel

/// Screen-buffer invariants, added when the reader's views can be rendered headless.
enum FuzzScreens {
    static func check(_ analyzed: AnalyzedArticle, seed: UInt8) -> [String] { [] }
}
