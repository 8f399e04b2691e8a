import ArgumentParser
import NewsModel
import NewsTUI

/// `newsroom read --benchmark`: the reader's costs without a terminal, for the
/// numbers the issue asks for (first frame, key to frame, reflow). Reports; asserts nothing.
enum ReadBenchmark {
    /// Loads `paths` the way the reader does (entries, the full article only when opened).
    static func run(_ paths: [String], started: Double) throws {
        func ms(_ seconds: Double) -> String {
            let tenths = Int((seconds * 10_000).rounded())
            return "\(tenths / 10).\(tenths % 10) ms"
        }
        var t = Clock.now()
        let loaded = Library.load(paths)
        for warning in loaded.warnings { Output.warning(warning.path, warning.message) }
        for failure in loaded.failures { Output.failure(failure.path, failure.reason.description) }
        let entries = loaded.entries
        guard !entries.isEmpty else { throw ExitCode(ExitStatus.usage) }
        let loadSeconds = Clock.now() - t
        t = Clock.now()
        var state = AppState(entries: entries, width: 80, height: 24)
        _ = Renderer.render(state)
        let frameSeconds = Clock.now() - t
        print("articles: \(entries.count)")
        print("load+parse+analyze (all, into library entries): \(ms(loadSeconds)), state+first frame: \(ms(frameSeconds))")
        print("first frame after start (without curses, everything loaded): \(ms(t - started + frameSeconds))")
        let seed = entries.firstIndex { $0.path.hasSuffix("seed-article.txt") } ?? 0
        t = Clock.now()
        state.update(.key(.character("@")))
        for c in "said" { state.update(.key(.character(c))) }
        let speakerSeconds = Clock.now() - t
        t = Clock.now()
        guard case .success(let seedArticle) = Library.open(entries[seed].path) else { return }
        print("speaker search typed over the library (index built on the first key): \(ms(speakerSeconds)); "
              + "opening an article (read+analyze again): \(ms(Clock.now() - t))")

        var reader = AppState(articles: [seedArticle], width: 200, height: 60)
        let keys: [Key] = Array(repeating: .character("j"), count: 30) + Array(repeating: .character("k"), count: 30)
            + [" ", "b", "d", "u", "]", "]", "]", "[", "G", "g", "/", "d", "r", "o", "n", "e", "s"].map { Key.character($0) }
            + [.enter, .character("n"), .character("N"), .character("o"), .escape, .character("\""), .escape,
               .character("#"), .escape, .character("?"), .escape, .tab, .tab, .escape]
        var frames = [Renderer.render(reader)]
        var updateTimes: [Double] = []
        for key in keys {
            let start = Clock.now()
            reader.update(.key(key))
            frames.append(Renderer.render(reader))
            updateTimes.append(Clock.now() - start)
        }
        let drawTimes = MainActor.assumeIsolated { CursesTerminal.measureDraws(frames, width: 200, height: 60) }.dropFirst()
        let total = zip(updateTimes, drawTimes).map { $0 + $1 }
        let mean = total.reduce(0, +) / Double(max(1, total.count))
        print("key to frame at 200x60 on \(seedArticle.article.path): update+render \(ms(updateTimes.reduce(0, +) / Double(keys.count))), "
              + "with the curses draw (headless) mean \(ms(mean)), worst \(ms(total.max() ?? 0)) over \(keys.count) keys")

        var text = "A one-megabyte article for the reflow benchmark\n\nBy A. Writer\n\n"
        let sentence = "The harbour authority said on Tuesday that 1,250 containers had been moved, about 12% more than a year ago, and \u{201c}the queue is shorter\u{201d}, according to its director. "
        var paragraph = 0
        while text.utf8.count < 1_000_000 {
            paragraph += 1
            if paragraph % 25 == 0 { text += "Section \(paragraph / 25) of the long report\n\n" }
            text += String(repeating: sentence, count: 6) + "\n\n"
        }
        guard let big = try? ArticleParser.parse(SourceText(text), path: "big.txt", format: .plainText) else { return }
        t = Clock.now()
        var large = AppState(articles: [AnalyzedArticle(big)], width: 200, height: 60)
        let openSeconds = Clock.now() - t
        large.update(.key(.character("d")))
        var reflows: [String] = []
        for (w, h) in [(120, 40), (80, 24), (199, 60)] {
            t = Clock.now()
            large.update(.resize(width: w, height: h))
            _ = Renderer.render(large)
            reflows.append("\(w)x\(h) \(ms(Clock.now() - t))")
        }
        print("1 MB article (\(text.utf8.count) bytes, \(large.reader?.layout.lines.count ?? 0) lines at 199): open+analyze+layout \(ms(openSeconds)); resize reflow+frame: " + reflows.joined(separator: ", "))
    }
}
