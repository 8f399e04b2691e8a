import NewsModel
import NewsTUI

/// Renders the fuzzed article in the reader at a size and after keys chosen from
/// the input's first byte, and checks every frame's promises.
enum FuzzScreens {
    private static let keys: [Key] = [
        .character("j"), .pageDown, .character("]"), .character("]"), .character("\""), .down, .enter,
        .character("#"), .enter, .character("o"), .end, .enter, .character("/"), .character("e"), .enter,
        .character("n"), .character("@"), .character("a"), .escape, .character("?"), .escape, .character("G"),
    ]

    static func check(_ analyzed: AnalyzedArticle, seed: UInt8) -> [String] {
        let width = 20 + Int(seed) % 181, height = 6 + Int(seed >> 3) % 55
        var state = AppState(articles: [analyzed], width: width, height: height)
        var problems = Renderer.render(state).invariantViolations()
        for (i, key) in keys.enumerated() {
            Runner.send(.key(key), to: &state)
            if i % 4 == 3 || i == keys.count - 1 { problems += Renderer.render(state).invariantViolations() }
        }
        _ = state.update(.resize(width: max(1, height * 2), height: max(1, width / 4)))
        problems += Renderer.render(state).invariantViolations()
        return problems.map { "screen \(width)x\(height): \($0)" }
    }
}
