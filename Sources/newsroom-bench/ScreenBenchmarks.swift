import NewsBench
import NewsModel
import NewsTUI

/// The reader's screen figures, without a terminal: a frame of the reader at
/// 200x60 on the seed, a page of scrolling (key to finished frame), and the
/// reflow of a 1 MB article after a resize.
enum ScreenBenchmarks {
    static let probe: (@Sendable (String, String) -> [BenchResult])? = { seedPath, largePath in
        DisplayWidth.prepareLocale()
        var results: [BenchResult] = []
        guard case .success(let seed) = Library.open(seedPath) else { return results }
        let state = AppState(articles: [seed], width: 200, height: 60)
        let frame = Sample((0..<500).map { _ in timeSeconds { blackHole(Renderer.render(state)) } * 1000 })
        results.append(BenchResult("reader frame 200x60, seed", frame.median, "ms", min: frame.min, max: frame.max,
                                   target: "≤ 2"))
        var scrolling = state
        let keys: [Key] = [.pageDown, .pageUp, .character("j"), .character("]"), .character("["), .character("G"), .character("g")]
        let scroll = Sample((0..<500).map { i in
            timeSeconds {
                _ = scrolling.update(.key(keys[i % keys.count]))
                blackHole(Renderer.render(scrolling))
            } * 1000
        })
        results.append(BenchResult("key to frame 200x60, seed (p99)", scroll.percentile(99), "ms", min: scroll.min,
                                   max: scroll.max, target: "≤ 5"))
        guard case .success(let large) = Library.open(largePath) else { return results }
        var big = AppState(articles: [large], width: 200, height: 60)
        _ = big.update(.key(.character("d")))
        let sizes = [(120, 40), (80, 24), (199, 60), (200, 60)]
        let reflow = Sample((0..<12).map { i in
            timeSeconds {
                _ = big.update(.resize(width: sizes[i % sizes.count].0, height: sizes[i % sizes.count].1))
                blackHole(Renderer.render(big))
            } * 1000
        })
        results.append(BenchResult("reflow 1 MB article after resize", reflow.median, "ms", min: reflow.min,
                                   max: reflow.max, target: "≤ 20"))
        return results
    }
}
