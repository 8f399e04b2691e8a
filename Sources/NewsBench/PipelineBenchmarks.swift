import NewsModel

/// The whole extraction pipeline (parse, quotes, speakers, figures) on text
/// already in memory, so that the figure is the code's, not the disk's.
public enum PipelineBenchmarks {
    public static func analyze(_ text: String, path: String) -> AnalyzedArticle? {
        guard let article = try? ArticleParser.parse(SourceText(text), path: path, format: .plainText) else { return nil }
        return AnalyzedArticle(article)
    }

    /// Runs the pipeline on `text` for about `seconds`, measuring nothing.
    public static func warmUp(_ text: String, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        var quotes = 0
        while start.duration(to: clock.now) < .milliseconds(Int(seconds * 1000)) {
            quotes += analyze(text, path: "warm-up")?.quotes.count ?? 0
        }
        blackHole(quotes)
    }

    /// Throughput of each set of texts on one core and on all cores, median of `runs`. The runs
    /// go round the sets in turn: a slow spell of the shared host then costs one sample of each
    /// figure, not every sample of one.
    public static func throughput(_ sets: [(label: String, texts: [String])], runs: Int) -> [[BenchResult]] {
        var single = [[Double]](repeating: [], count: sets.count)
        var parallel = [[Double]](repeating: [], count: sets.count)
        for _ in 0..<runs {
            for (k, set) in sets.enumerated() {
                single[k].append(timeSeconds {
                    var quotes = 0
                    for (i, text) in set.texts.enumerated() { quotes += analyze(text, path: String(i))?.quotes.count ?? 0 }
                    blackHole(quotes)
                })
                parallel[k].append(timeSeconds {
                    let results = parallelMap(Array(set.texts.enumerated())) { analyze($0.1, path: String($0.0))?.figures.count ?? 0 }
                    blackHole(results.count)
                })
            }
        }
        return sets.indices.map { k in
            let bytes = Double(sets[k].texts.reduce(0) { $0 + $1.utf8.count })
            let one = Sample(single[k].map { bytes / 1e6 / $0 })
            let all = Sample(parallel[k].map { bytes / 1e6 / $0 })
            let perSecond = Sample(single[k].map { Double(sets[k].texts.count) / $0 })
            let label = sets[k].label
            return [
                BenchResult("pipeline \(label), 1 core", one.median, "MB/s", min: one.min, max: one.max, target: "≥ 20 (aim 50)"),
                BenchResult("pipeline \(label), 1 core", perSecond.median, "articles/s", min: perSecond.min, max: perSecond.max),
                BenchResult("pipeline \(label), all cores", all.median, "MB/s", min: all.min, max: all.max),
            ]
        }
    }
}

extension PipelineBenchmarks {
    /// One stage over every text, for profilers: "parse", "quotes", "figures" or "all".
    public static func profile(_ texts: [String], stage: String) -> Int {
        var sum = 0
        for (i, text) in texts.enumerated() {
            guard let article = try? ArticleParser.parse(SourceText(text), path: String(i), format: .plainText) else { continue }
            switch stage {
            case "parse": sum += article.paragraphCount
            case "quotes": sum += QuoteExtractor.extract(article).quotes.count
            case "figures": sum += FigureExtractor.extract(article).figures.count
            default: sum += AnalyzedArticle(article).quotes.count
            }
        }
        return sum
    }

    /// Parsing alone (no extraction) of one article, many times: median and spread in µs.
    public static func parseOnly(_ text: String, label: String, repetitions: Int) -> BenchResult {
        let source = text
        let sample = Sample((0..<repetitions).map { _ in
            timeSeconds {
                blackHole(try? ArticleParser.parse(SourceText(source), path: label, format: .plainText).paragraphCount)
            } * 1e6
        })
        return BenchResult("parse \(label) (no extraction)", sample.median, "µs", min: sample.min, max: sample.max)
    }

    /// Full analysis of one article, many times: median and spread in µs.
    public static func analyzeOne(_ text: String, label: String, repetitions: Int) -> BenchResult {
        let sample = Sample((0..<repetitions).map { _ in timeSeconds { blackHole(analyze(text, path: label)) } * 1e6 })
        return BenchResult("parse + extract \(label)", sample.median, "µs", min: sample.min, max: sample.max)
    }
}

/// Keeps the optimizer from dropping work whose result is unused.
@inline(never)
public func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
